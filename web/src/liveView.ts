// Folding hub events into what a screen shows. Pure: returns new objects or a signal to re-fetch.
import type { RelationshipSummary, RelationshipView, RevealedEvent, Status, StatusChangedEvent } from './types';

export type Applied<T> = { kind: 'updated'; value: T } | { kind: 'unchanged' } | { kind: 'refetch' };

const progress: Record<Status, number> = { notStarted: 0, inProgress: 1, submitted: 2 };

/**
 * Within one round a status only moves forward. An event sent just before this page watched can arrive after the
 * fresh view it got, so an older status never replaces a newer one.
 */
function later(shown: Status, incoming: Status | undefined): Status {
  return incoming !== undefined && progress[incoming] > progress[shown] ? incoming : shown;
}

export function applyStatusChanged(view: RelationshipView, e: StatusChangedEvent): Applied<RelationshipView> {
  if (e.relationshipId !== view.relationshipId) return { kind: 'unchanged' };
  if (e.roundNumber > view.round.number) return { kind: 'refetch' };
  if (e.roundNumber < view.round.number) return { kind: 'unchanged' };
  const mine = e.statuses[view.me.personId];
  const partnerId = view.partner?.personId;
  const theirs = partnerId ? e.statuses[partnerId] : undefined;
  // A status for someone we don't know yet means the partner has just joined.
  const unknown = Object.keys(e.statuses).some((id) => id !== view.me.personId && id !== partnerId);
  if (unknown) return { kind: 'refetch' };
  const round = {
    ...view.round,
    myStatus: later(view.round.myStatus, mine),
    partnerStatus: later(view.round.partnerStatus, theirs),
  };
  if (round.myStatus === view.round.myStatus && round.partnerStatus === view.round.partnerStatus) {
    return { kind: 'unchanged' };
  }
  return { kind: 'updated', value: { ...view, round } };
}

export function applyRevealed(view: RelationshipView, e: RevealedEvent): Applied<RelationshipView> {
  if (e.relationshipId !== view.relationshipId) return { kind: 'unchanged' };
  if (e.roundNumber !== view.round.number) return { kind: 'refetch' };
  if (view.round.revealed) return { kind: 'unchanged' };
  const mine = e.perspectives[view.me.personId];
  const theirsId = view.partner?.personId ?? Object.keys(e.perspectives).find((id) => id !== view.me.personId);
  const theirs = theirsId ? e.perspectives[theirsId] : undefined;
  if (!mine || !theirs) return { kind: 'refetch' };
  const reveal = { revealedAt: e.revealedAt, mine, theirs };
  const history = view.history.some((h) => h.number === e.roundNumber)
    ? view.history
    : [...view.history, { number: e.roundNumber, ...reveal }];
  return {
    kind: 'updated',
    value: {
      ...view,
      round: { ...view.round, myStatus: 'submitted', partnerStatus: 'submitted', revealed: true, reveal },
      history,
    },
  };
}

export function applyStatusToSummary(
  s: RelationshipSummary,
  myId: string,
  e: StatusChangedEvent,
): RelationshipSummary {
  if (e.relationshipId !== s.relationshipId || e.roundNumber < s.roundNumber) return s;
  const newRound = e.roundNumber > s.roundNumber;
  const mine = e.statuses[myId];
  const theirs = Object.entries(e.statuses).find(([id]) => id !== myId)?.[1];
  return {
    ...s,
    roundNumber: e.roundNumber,
    revealed: newRound ? false : s.revealed,
    myStatus: newRound ? (mine ?? 'notStarted') : later(s.myStatus, mine),
    partnerStatus: newRound ? (theirs ?? 'notStarted') : later(s.partnerStatus, theirs),
  };
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
  };
}

/** Which of two views of the same relationship to show: never step back from a newer round or a reveal. */
export function preferView(current: RelationshipView | null, incoming: RelationshipView): RelationshipView {
  if (!current || current.relationshipId !== incoming.relationshipId) return incoming;
  if (incoming.round.number < current.round.number) return current;
  if (incoming.round.number === current.round.number && current.round.revealed && !incoming.round.revealed) return current;
  return incoming;
}
