// The rating's steps, in order: the one place that knows which step shows which answer.
import type { IntlShape } from 'react-intl';
import { DIMENSION_KEYS } from '../method';
import { partTitle } from './partTitle';
import type { DimensionKey } from '../types';

export type StepId = DimensionKey | 'overall' | 'season' | 'review';

export interface Step {
  id: StepId;
}

export const STEPS: readonly Step[] = [...DIMENSION_KEYS.map((key) => ({ id: key })), { id: 'overall' }, { id: 'season' }, { id: 'review' }];

/** A step's title in the reader's words: the dimension's title, "Overall", "Season", "Review". */
export const stepTitle = (intl: IntlShape, id: StepId): string =>
  id === 'season' || id === 'review' ? intl.formatMessage({ id: 'relationship.steps.title' }, { step: id }) : partTitle(intl, id);

export const LAST_STEP = STEPS.length - 1;

export const stepIndex = (id: StepId): number => STEPS.findIndex((s) => s.id === id);

export const isDimensionStep = (id: StepId): id is DimensionKey => DIMENSION_KEYS.some((key) => key === id);

/** Which step shows a field path such as `dimensions.depth.note`, `picture.text` or `season.kind`. */
export function stepForField(path: string): StepId {
  const m = /^dimensions\.(\w+)/.exec(path);
  if (m) return DIMENSION_KEYS.find((key) => key === m[1]) ?? DIMENSION_KEYS[0];
  if (path.startsWith('season')) return 'season';
  return 'overall';
}

// Where a person was in a round, kept for this tab so a refresh returns to the same step.
const key = (relationshipId: string, round: number) => `reciprocity.step.${relationshipId}.${round}`;

export function rememberedStep(relationshipId: string, round: number): number {
  const stored = Number(sessionStorage.getItem(key(relationshipId, round)) ?? NaN);
  return Number.isInteger(stored) && stored >= 0 && stored <= LAST_STEP ? stored : 0;
}

export function rememberStep(relationshipId: string, round: number, index: number): void {
  sessionStorage.setItem(key(relationshipId, round), String(index));
}

export function forgetStep(relationshipId: string, round: number): void {
  sessionStorage.removeItem(key(relationshipId, round));
}
