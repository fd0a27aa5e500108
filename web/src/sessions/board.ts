// Folding session events into the board the facilitator sees. Pure: returns a new view or a signal to fetch again.
import type { IntlShape } from 'react-intl';
import type { MessageId } from '../i18n/messageIds';
import type { Applied } from '../relationship/liveView';
import type { PairRevealedEvent, PairStatusChangedEvent, SeatStatus, SessionPair, SessionView } from './types';

const unchanged = { kind: 'unchanged' } as const;
const refetch = { kind: 'refetch' } as const;

/**
 * Withdrawn and kept private sit beside inProgress: a seat moves there only from another status at the same step, which
 * only a fresh view can place.
 */
const progress: Record<SeatStatus, number> = { notStarted: 0, inProgress: 1, withdrawn: 1, keptPrivate: 1, submitted: 2 };

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

export type PairStanding = 'leftOut' | 'waitingForSeats' | 'rating' | 'ready' | 'opened';

export function pairStanding(p: SessionPair): PairStanding {
  if (p.leftOut) return 'leftOut';
  if (!p.relationshipId) return 'waitingForSeats';
  if (p.revealed) return 'opened';
  if (p.ready) return 'ready';
  return 'rating';
}

export const readyPairs = (view: SessionView): SessionPair[] => view.pairs.filter((p) => pairStanding(p) === 'ready');

/** The pairs a check-in waits for: begun, not left out, and not yet opened in this check-in. */
export const pairsToOpen = (view: SessionView): SessionPair[] => view.pairs.filter((p) => p.relationshipId && !p.leftOut && !p.revealed);

/** The next check-in can start once every begun pair still in the room has been opened in this one. */
export function canStartNextCheckIn(view: SessionView): boolean {
  const inTheRoom = view.pairs.filter((p) => p.relationshipId && !p.leftOut);
  return inTheRoom.length > 0 && pairsToOpen(view).length === 0;
}

/** Why the next check-in cannot start yet, in a sentence naming the pairs it waits for; null when it can. */
export function whyNotNextCheckIn(view: SessionView, intl: IntlShape): string | null {
  if (canStartNextCheckIn(view)) return null;
  const names = new Map(view.participants.map((p) => [p.seatId, p.name]));
  const someone = intl.formatMessage({ id: 'sessions.board.someone' });
  const waiting = pairsToOpen(view).map((p) =>
    intl.formatMessage({ id: 'sessions.pair.names' }, { a: names.get(p.seats[0]) ?? someone, b: names.get(p.seats[1]) ?? someone }),
  );
  if (waiting.length === 0) {
    return intl.formatMessage({ id: view.pairs.some((p) => p.leftOut) ? 'sessions.board.whyNot.everyPairLeftOut' : 'sessions.board.whyNot.noPairBegun' });
  }
  const kept = pairsToOpen(view).some((p) => Object.values(p.statuses).includes('keptPrivate'));
  return intl.formatMessage(
    { id: 'sessions.board.whyNot.waiting' },
    { count: waiting.length, pairs: waiting.join(intl.formatMessage({ id: 'sessions.list.pairSeparator' })), kept: String(kept) },
  );
}

export const SEAT_STATUS_WORDS: Record<SeatStatus, MessageId> = {
  notStarted: 'sessions.seatStatus.notStarted',
  inProgress: 'sessions.seatStatus.inProgress',
  submitted: 'sessions.seatStatus.submitted',
  withdrawn: 'sessions.seatStatus.withdrawn',
  keptPrivate: 'sessions.seatStatus.keptPrivate',
};

export const PAIR_STANDING_WORDS: Record<PairStanding, MessageId> = {
  leftOut: 'sessions.pairStanding.leftOut',
  waitingForSeats: 'sessions.pairStanding.waitingForSeats',
  rating: 'sessions.pairStanding.rating',
  ready: 'sessions.pairStanding.ready',
  opened: 'sessions.pairStanding.opened',
};
