// Folding hub events into what a screen shows. Pure: returns new objects or a signal to fetch again.
import type {
  RelationshipSummary,
  RelationshipView,
  RevealedEvent,
  RevealPolicyChangedEvent,
  Status,
  StatusChangedEvent,
} from '../types';

export type Applied<T> = { kind: 'updated'; value: T } | { kind: 'unchanged' } | { kind: 'refetch' };

const unchanged = { kind: 'unchanged' } as const;
const refetch = { kind: 'refetch' } as const;

const progress: Record<Status, number> = { notStarted: 0, inProgress: 1, submitted: 2, confirmed: 3 };

/** Submitted, with or without the "open it now" on top. */
export const isSealed = (s: Status): boolean => progress[s] >= progress.submitted;

/**
 * How an event's status compares with the one shown. Backwards means a withdrawal, or an event that was sent
 * before the view this page holds: either way only a fresh view can say which.
 */
const direction = (shown: Status, incoming: Status | undefined): 'same' | 'forward' | 'backward' =>
  incoming === undefined || incoming === shown ? 'same' : progress[incoming] > progress[shown] ? 'forward' : 'backward';

export function applyStatusChanged(view: RelationshipView, e: StatusChangedEvent): Applied<RelationshipView> {
  if (e.relationshipId !== view.relationshipId || e.roundNumber < view.round.number) return unchanged;
  if (e.roundNumber > view.round.number) return refetch;
  const partnerId = view.partner?.personId;
  // A status for someone we don't know yet means the partner has just joined.
  if (Object.keys(e.statuses).some((id) => id !== view.me.personId && id !== partnerId)) return refetch;
  // Every event names both participants: one without the partner means they were removed.
  if (partnerId && !(partnerId in e.statuses)) return refetch;
  // My own status changed elsewhere (another tab or device): my answers on this page are not the latest.
  if (direction(view.round.myStatus, e.statuses[view.me.personId]) !== 'same') return refetch;
  const theirs = partnerId ? e.statuses[partnerId] : undefined;
  const moved = direction(view.round.partnerStatus, theirs);
  if (moved === 'backward') return refetch;
  if (moved === 'same' || theirs === undefined) return unchanged;
  const ready = !view.round.solo && isSealed(view.round.myStatus) && isSealed(theirs);
  return { kind: 'updated', value: { ...view, round: { ...view.round, partnerStatus: theirs, ready } } };
}

export function applyRevealed(view: RelationshipView, e: RevealedEvent): Applied<RelationshipView> {
  if (e.relationshipId !== view.relationshipId) return unchanged;
  if (e.roundNumber !== view.round.number) return refetch;
  if (view.round.revealed) return unchanged;
  const mine = e.perspectives[view.me.personId];
  const solo = view.round.solo === true;
  const theirsId = view.partner?.personId ?? Object.keys(e.perspectives).find((id) => id !== view.me.personId);
  const theirs = solo ? null : theirsId ? e.perspectives[theirsId] : undefined;
  if (!mine || theirs === undefined) return refetch;
  const reveal = { revealedAt: e.revealedAt, mine, theirs };
  const history = view.history.some((h) => h.number === e.roundNumber)
    ? view.history
    : [...view.history, { number: e.roundNumber, solo, ...reveal }];
  const sealed = (s: Status): Status => (isSealed(s) ? s : 'submitted');
  return {
    kind: 'updated',
    value: {
      ...view,
      round: {
        ...view.round,
        myStatus: sealed(view.round.myStatus),
        partnerStatus: solo ? view.round.partnerStatus : sealed(view.round.partnerStatus),
        ready: false,
        revealed: true,
        reveal,
      },
      history,
    },
  };
}

export function applyRevealPolicyChanged<T extends RelationshipView | RelationshipSummary>(
  target: T,
  e: RevealPolicyChangedEvent,
): Applied<T> {
  if (e.relationshipId !== target.relationshipId || e.revealPolicy === target.revealPolicy) return unchanged;
  return { kind: 'updated', value: { ...target, revealPolicy: e.revealPolicy } };
}

export function applyStatusToSummary(
  s: RelationshipSummary,
  myId: string,
  e: StatusChangedEvent,
): Applied<RelationshipSummary> {
  if (e.relationshipId !== s.relationshipId || e.roundNumber < s.roundNumber) return unchanged;
  const mine = e.statuses[myId];
  const theirs = Object.entries(e.statuses).find(([id]) => id !== myId)?.[1];
  if (e.roundNumber > s.roundNumber) {
    const myStatus = mine ?? 'notStarted';
    const partnerStatus = theirs ?? 'notStarted';
    return { kind: 'updated', value: { ...s, roundNumber: e.roundNumber, revealed: false, ready: false, myStatus, partnerStatus } };
  }
  const moves = [direction(s.myStatus, mine), direction(s.partnerStatus, theirs)];
  if (moves.includes('backward')) return refetch;
  if (!moves.includes('forward')) return unchanged;
  const myStatus = mine ?? s.myStatus;
  const partnerStatus = theirs ?? s.partnerStatus;
  const ready = !s.solo && !s.revealed && isSealed(myStatus) && isSealed(partnerStatus);
  return { kind: 'updated', value: { ...s, myStatus, partnerStatus, ready } };
}

export function summaryFromView(v: RelationshipView): RelationshipSummary {
  return {
    relationshipId: v.relationshipId,
    kind: v.kind,
    label: v.label,
    partnerName: v.partner?.displayName ?? null,
    roundNumber: v.round.number,
    myStatus: v.round.myStatus,
    partnerStatus: v.round.partnerStatus,
    revealed: v.round.revealed,
    solo: v.solo,
    revealPolicy: v.revealPolicy,
    ready: v.round.ready,
    nextCheckIn: v.nextCheckIn,
    partnerJoined: !!v.partner,
  };
}

/** Which of two views of the same relationship to show: never step back from a newer round or a reveal. */
export function preferView(current: RelationshipView | null, incoming: RelationshipView): RelationshipView {
  if (!current || current.relationshipId !== incoming.relationshipId) return incoming;
  // Shared rounds are counted afresh from 1 after an invite, so a first shared round follows a solo one whatever its number.
  const sharedNow = (v: RelationshipView) => v.round.solo !== true && v.solo !== true;
  if (sharedNow(current) !== sharedNow(incoming)) return sharedNow(current) ? current : incoming;
  if (incoming.round.number < current.round.number) return current;
  if (incoming.round.number === current.round.number && current.round.revealed && !incoming.round.revealed) return current;
  return incoming;
}

/** Traces of a conversation (thanks, small things) into the view whose revealed round they belong to; others unchanged. */
export function withTraces(view: RelationshipView, t: { roundNumber: number; appreciations: Record<string, string>; smallThings: Record<string, string> }): RelationshipView {
  const { round } = view;
  if (round.number !== t.roundNumber || !round.revealed || !round.reveal) return view;
  return { ...view, round: { ...round, reveal: { ...round.reveal, appreciations: t.appreciations, smallThings: t.smallThings } } };
}
