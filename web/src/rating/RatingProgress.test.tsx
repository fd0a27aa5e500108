import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../relationship/perspective';
import { STEPS, stepIndex } from '../relationship/steps';
import { createIntl } from 'react-intl';
import { CATALOGUES } from '../i18n/catalogues';
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

  it('reads the same in English as before', () => {
    render(<RatingProgress current={stepIndex('review')} draft={emptyDraft()} onStep={() => undefined} />, inLanguage());
    expect(screen.getByRole('navigation', { name: 'Your progress' })).toBeTruthy();
    expect(screen.getByText(`Step ${STEPS.length} of ${STEPS.length}`)).toBeTruthy();
  });

  it('speaks German to a German reader', () => {
    const de = createIntl({ locale: 'de', messages: CATALOGUES.de });
    render(<RatingProgress current={stepIndex('review')} draft={emptyDraft()} onStep={() => undefined} />, inLanguage('de'));
    expect(screen.getByRole('navigation', { name: CATALOGUES.de['rating.RatingProgress.label'] })).toBeTruthy();
    expect(screen.getByText(de.formatMessage({ id: 'rating.RatingProgress.count' }, { step: STEPS.length, steps: STEPS.length }))).toBeTruthy();
    const season = screen.getAllByRole('button').find((b) => b.textContent?.includes(de.formatMessage({ id: 'rating.RatingProgress.answered' })));
    expect(season?.textContent).toMatch(/^Schritt 6:/);
  });

  it('counts the answers still to give in every Arabic plural form', () => {
    const ar = createIntl({ locale: 'ar', messages: CATALOGUES.ar });
    const say = (count: number) => ar.formatMessage({ id: 'rating.ReviewStep.toGive' }, { count });
    expect(new Set([0, 1, 2, 3, 11, 100].map(say)).size).toBe(6);
    expect(say(2)).toBe('بقيت إجابتان.');
  });
});
