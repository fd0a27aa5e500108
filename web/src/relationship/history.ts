// A relationship's rounds before the current one. A solo round and a shared round may carry the same number
// (shared rounds count from 1 for both people), so a round is told apart by its number and whether it is solo.
import type { HistoryEntry, RelationshipView } from '../types';

const isCurrent = (h: HistoryEntry, v: RelationshipView): boolean =>
  h.number === v.round.number && (h.solo === true) === (v.round.solo === true);

/** Earlier rounds, newest first. */
export const earlierRounds = (v: RelationshipView): HistoryEntry[] => v.history.filter((h) => !isCurrent(h, v)).reverse();
