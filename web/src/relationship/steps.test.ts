import { beforeEach, describe, expect, it } from 'vitest';
import { LAST_STEP, rememberedStep, rememberStep, stepForField, stepIndex, STEPS } from './steps';

describe('rating steps', () => {
  beforeEach(() => sessionStorage.clear());

  it('go through the four dimensions, then overall, season and review', () => {
    expect(STEPS.map((s) => s.id)).toEqual(['initiation', 'depth', 'crisisResponse', 'maintenance', 'overall', 'season', 'review']);
    expect(LAST_STEP).toBe(stepIndex('review'));
  });

  it('know which step shows a field', () => {
    expect(stepForField('dimensions.initiation.score')).toBe('initiation');
    expect(stepForField('dimensions.maintenance.note')).toBe('maintenance');
    expect(stepForField('dimensions.depth.picture.text')).toBe('depth');
    expect(stepForField('overall')).toBe('overall');
    expect(stepForField('picture.text')).toBe('overall');
    expect(stepForField('season.note')).toBe('season');
  });

  it('remember the step per relationship and round, ignoring nonsense', () => {
    expect(rememberedStep('r', 1)).toBe(0);
    rememberStep('r', 1, 5);
    expect(rememberedStep('r', 1)).toBe(5);
    expect(rememberedStep('r', 2)).toBe(0);
    sessionStorage.setItem('reciprocity.step.r.3', '99');
    expect(rememberedStep('r', 3)).toBe(0);
  });
});
