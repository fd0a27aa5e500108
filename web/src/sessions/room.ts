// The shared screen's steps: the pair's starting points first, then the four dimensions in the method's order.
import type { IntlShape } from 'react-intl';
import { DIMENSION_KEYS, methodWordsFor } from '../method';
import type { RoomStep } from './types';

export const ROOM_STEPS: RoomStep[] = ['startingPoints', ...DIMENSION_KEYS];

/** A step's title: the dimension's own name (the method's words), or the starting points'. */
export const roomStepTitle = (step: RoomStep, intl: IntlShape): string =>
  step === 'startingPoints' ? intl.formatMessage({ id: 'sessions.room.startingPoints' }) : methodWordsFor(intl).dimensionText(step).title;

/** The step before or after this one; null at either end. */
export function neighbourStep(step: RoomStep, by: -1 | 1): RoomStep | null {
  const at = ROOM_STEPS.indexOf(step) + by;
  return at >= 0 && at < ROOM_STEPS.length ? ROOM_STEPS[at] : null;
}
