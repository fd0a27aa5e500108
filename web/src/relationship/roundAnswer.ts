// What a round's steps answer (docs/api.md, "A lean round"), folded into the view a screen holds. Pure.
import { isSealed, type Applied } from './liveView';
import type { HistoryEntry, Perspective, RelationshipView, RoundView, Status } from '../types';

/** A draft save's acknowledgement: the round's statuses, and the fields this save named as the server now holds them. */
export interface DraftSaved {
  relationshipId: string;
  round: Pick<RoundView, 'number' | 'myStatus' | 'partnerStatus' | 'revealed' | 'ready'>;
  saved: Perspective;
}

/** A submit, withdraw, confirm or new round: the view without its history. */
export type RoundAnswer = Omit<RelationshipView, 'history'> & { history?: HistoryEntry[] };

/**
 * The answer becomes the view, keeping the history this page holds; a reveal the step brought is the history's newest
 * entry, as the server's `GET …/history` then has it.
 */
export function withRoundAnswer(held: RelationshipView, answer: RoundAnswer): RelationshipView {
  const { round } = answer;
  const known = held.relationshipId === answer.relationshipId ? held.history : [];
  const reveal = round.revealed ? round.reveal : null;
  const history: HistoryEntry[] =
    reveal && !known.some((h) => h.number === round.number)
      ? [...known, { number: round.number, solo: round.solo === true, revealedAt: reveal.revealedAt, mine: reveal.mine, theirs: reveal.theirs }]
      : known;
  return { ...answer, history };
}

const progress: Record<Status, number> = { notStarted: 0, inProgress: 1, submitted: 2, confirmed: 3 };
const later = (shown: Status, told: Status): Status => (progress[told] > progress[shown] ? told : shown);

/**
 * A draft save moves statuses only. Within a round a status moves forward (a withdrawal comes as an event, which
 * fetches the view), so the later of the shown status and the answer's is kept; an answer for another round says
 * the view is out of date.
 */
export function applyDraftSaved(view: RelationshipView, saved: DraftSaved): Applied<RelationshipView> {
  if (saved.relationshipId !== view.relationshipId || saved.round.number < view.round.number) return { kind: 'unchanged' };
  if (saved.round.number > view.round.number || saved.round.revealed !== view.round.revealed) return { kind: 'refetch' };
  const myStatus = later(view.round.myStatus, saved.round.myStatus);
  const partnerStatus = view.round.solo ? view.round.partnerStatus : later(view.round.partnerStatus, saved.round.partnerStatus);
  const ready = view.round.solo !== true && isSealed(myStatus) && isSealed(partnerStatus);
  if (myStatus === view.round.myStatus && partnerStatus === view.round.partnerStatus && ready === (view.round.ready ?? false))
    return { kind: 'unchanged' };
  return { kind: 'updated', value: { ...view, round: { ...view.round, myStatus, partnerStatus, ready } } };
}
