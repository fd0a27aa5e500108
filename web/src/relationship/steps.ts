// The rating's steps, in order: the one place that knows which step shows which answer.
import { DIMENSIONS } from '../method';
import type { DimensionKey } from '../types';

export type StepId = DimensionKey | 'overall' | 'season' | 'review';

export interface Step {
  id: StepId;
  title: string;
}

export const STEPS: readonly Step[] = [
  ...DIMENSIONS.map((d) => ({ id: d.key, title: d.title })),
  { id: 'overall', title: 'Overall' },
  { id: 'season', title: 'Season' },
  { id: 'review', title: 'Review' },
];

export const LAST_STEP = STEPS.length - 1;

export const stepIndex = (id: StepId): number => STEPS.findIndex((s) => s.id === id);

export const isDimensionStep = (id: StepId): id is DimensionKey => DIMENSIONS.some((d) => d.key === id);

/** Which step shows a field path such as `dimensions.depth.note`, `picture.text` or `season.kind`. */
export function stepForField(path: string): StepId {
  const m = /^dimensions\.(\w+)/.exec(path);
  if (m) return DIMENSIONS.find((d) => d.key === m[1])?.key ?? DIMENSIONS[0].key;
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
