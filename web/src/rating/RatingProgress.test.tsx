import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../relationship/perspective';
import { stepIndex } from '../relationship/steps';
import { answered, RatingProgress } from './RatingProgress';
import { inLanguage } from '../i18n/testing';

describe('the rating progress', () => {
  afterEach(cleanup);

  it('ticks the Season step once a season is marked, or once the person moved past it with none', () => {
    const draft = emptyDraft();
    expect(answered(draft, 'season', stepIndex('season'))).toBe(false);
    expect(answered(draft, 'season', stepIndex('review'))).toBe(true);
    expect(answered({ ...draft, season: { kind: 'grief', note: '', private: false } }, 'season', 0)).toBe(true);
  });

  it('says so to a screen reader on the review step', () => {
    render(<RatingProgress current={stepIndex('review')} draft={emptyDraft()} onStep={() => undefined} />, inLanguage());
    const steps = screen.getAllByRole('button').map((b) => b.textContent);
    expect(steps).toContain('Step 6: Season (answered)');
    expect(steps).toContain('Step 5: Overall');
  });
});
