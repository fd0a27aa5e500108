import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../i18n/catalogues';
import { neighbourStep, ROOM_STEPS, roomStepTitle } from './room';

describe('the shared screen’s steps', () => {
  it('start with the starting points, then the four dimensions in the method’s order', () => {
    expect(ROOM_STEPS).toEqual(['startingPoints', 'initiation', 'depth', 'crisisResponse', 'maintenance']);
    expect(ROOM_STEPS.map((step) => roomStepTitle(step, createIntl({ locale: 'en', messages: CATALOGUES.en })))).toEqual(['Where to start', 'Reaching out', 'Depth', 'In a crisis', 'Upkeep']);
  });

  it('go back and on one step at a time, and stop at either end', () => {
    expect(neighbourStep('startingPoints', -1)).toBeNull();
    expect(neighbourStep('startingPoints', 1)).toBe('initiation');
    expect(neighbourStep('depth', -1)).toBe('initiation');
    expect(neighbourStep('maintenance', 1)).toBeNull();
  });
});
