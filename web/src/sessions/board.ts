// Folding session events into the board the facilitator sees. Pure: returns a new view or a signal to fetch again.
import type { Applied } from '../liveView';
import type { PairRevealedEvent, PairStatusChangedEvent, SeatStatus, SessionPair, SessionView } from './types';

const unchanged = { kind: 'unchanged' } as const;
const refetch = { kind: 'refetch' } as const;

/** Withdrawn sits beside inProgress: a seat moves there only from submitted, which only a fresh view can place. */
const progress: Record<SeatStatus, number> = { notStarted: 0, inProgress: 1, withdrawn: 1, submitted: 2 };

const movesForward = (shown: SeatStatus | undefined, incoming: SeatStatus): boolean | 'same' =>
  shown === incoming ? 'same' : shown === undefined || progress[incoming] > progress[shown];

const withPair = (view: SessionView, pairId: string, fn: (p: SessionPair) => SessionPair): SessionView => ({
  ...view,
  pairs: view.pairs.map((p) => (p.pairId === pairId ? fn(p) : p)),
});

/**
 * Statuses only. An event for an older round, or for a round already opened, came late and changes nothing; one for
 * a newer round starts that round; a status that moves back (a withdrawal, or an event older than the view) or a
 * seat the board does not know means only a fresh view can say where things stand.
 */
export function applyPairStatusChanged(view: SessionView, e: PairStatusChangedEvent): Applied<SessionView> {
  if (e.sessionId !== view.sessionId) return unchanged;
  const pair = view.pairs.find((p) => p.pairId === e.pairId);
  if (!pair) return refetch;
  if (Object.keys(e.statuses).some((seat) => !pair.seats.includes(seat))) return refetch;
  if (e.roundNumber < pair.roundNumber) return unchanged;
  if (e.roundNumber > pair.roundNumber) {
    return {
      kind: 'updated',
      value: withPair(view, pair.pairId, (p) => ({ ...p, roundNumber: e.roundNumber, statuses: { ...e.statuses }, ready: e.ready, revealed: false, revealedAt: null })),
    };
  }
  if (pair.revealed) return unchanged;
  const moves = Object.entries(e.statuses).map(([seat, status]) => movesForward(pair.statuses[seat], status));
  if (moves.includes(false)) return refetch;
  if (moves.every((m) => m === 'same') && e.ready === pair.ready) return unchanged;
  return { kind: 'updated', value: withPair(view, pair.pairId, (p) => ({ ...p, statuses: { ...p.statuses, ...e.statuses }, ready: e.ready })) };
}

/** The release: the pair is opened, for its two members and the facilitator at the same moment. */
export function applyPairRevealed(view: SessionView, e: PairRevealedEvent): Applied<SessionView> {
  if (e.sessionId !== view.sessionId) return unchanged;
  const pair = view.pairs.find((p) => p.pairId === e.pairId);
  if (!pair) return refetch;
  if (e.roundNumber < pair.roundNumber || (e.roundNumber === pair.roundNumber && pair.revealed)) return unchanged;
  if (e.roundNumber > pair.roundNumber) return refetch;
  const sealed = Object.fromEntries(pair.seats.map((seat) => [seat, 'submitted' as SeatStatus]));
  return {
    kind: 'updated',
    value: withPair(view, pair.pairId, (p) => ({ ...p, relationshipId: p.relationshipId ?? e.relationshipId, statuses: sealed, ready: false, revealed: true, revealedAt: e.revealedAt })),
  };
}

/** Which of two copies of the board to show: a Watch answer may be older than an event already applied. */
export function preferSession(current: SessionView | null, incoming: SessionView): SessionView {
  if (!current || current.sessionId !== incoming.sessionId) return incoming;
  if (incoming.checkIn < current.checkIn) return current;
  return incoming;
}

export type PairStanding = 'waitingForSeats' | 'rating' | 'ready' | 'opened';

export function pairStanding(p: SessionPair): PairStanding {
  if (!p.relationshipId) return 'waitingForSeats';
  if (p.revealed) return 'opened';
  if (p.ready) return 'ready';
  return 'rating';
}

export const readyPairs = (view: SessionView): SessionPair[] => view.pairs.filter((p) => pairStanding(p) === 'ready');

/** The next check-in can start once every opened pair has been opened in this one. */
export function canStartNextCheckIn(view: SessionView): boolean {
  const opened = view.pairs.filter((p) => p.relationshipId);
  return opened.length > 0 && opened.every((p) => p.revealed);
}

export const SEAT_STATUS_WORDS: Record<SeatStatus, string> = {
  notStarted: 'Not started yet',
  inProgress: 'Working on it',
  submitted: 'Finished',
  withdrawn: 'Took it back to change something',
};

export const PAIR_STANDING_WORDS: Record<PairStanding, string> = {
  waitingForSeats: 'Opens once both have taken their seats',
  rating: 'Each is reflecting on their own',
  ready: 'Both finished: ready for you to open',
  opened: 'Opened',
};
