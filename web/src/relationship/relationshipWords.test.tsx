import { cleanup, render, screen } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../i18n/catalogues';
import type { Language } from '../i18n/languages';
import { inLanguage } from '../i18n/testing';
import { compareDimension } from './comparison';
import { RevealBody } from './RevealBody';
import { SafetyCheck } from './SafetyCheck';
import type { Perspective } from '../types';

const intlIn = (language: Language) => createIntl({ locale: language, messages: CATALOGUES[language] });

/** An element whose whole text (names in their <bdi> included) is exactly this. */
const whole = (tag: string, text: string) => (_: string, el: Element | null) => el?.tagName === tag && el.textContent === text;

const mine: Perspective = { dimensions: { depth: { score: 2, leans: 'me' } }, overall: 3 };
const theirs: Perspective = { dimensions: { depth: { score: 2, leans: 'me' } }, overall: 2, picture: { kind: 'boundary', text: 'Abends Zeit für mich' } };

const safety = (language: Language) =>
  render(<SafetyCheck partnerName="Sam" busy={false} onYes={() => undefined} onNo={() => undefined} onBack={() => undefined} />, inLanguage(language));

describe('the relationship in the reader’s language', () => {
  afterEach(cleanup);

  it('asks the safety question in English word for word as before', () => {
    safety('en');
    expect(screen.getByRole('heading', { name: 'Do you feel safe sharing this with Sam?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'No, keep it private' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Not now: go back to my answers' })).toBeTruthy();
  });

  it('asks it in German, the name as written', () => {
    safety('de');
    const de = intlIn('de');
    expect(screen.getByRole('heading', { name: de.formatMessage({ id: 'relationship.SafetyCheck.question' }, { name: 'Sam' }) })).toBeTruthy();
    expect(screen.getByRole('button', { name: de.formatMessage({ id: 'relationship.SafetyCheck.no' }) })).toBeTruthy();
    expect(screen.queryByText(/safe/)).toBeNull();
  });

  it('reads a reveal in Arabic: its headings, where to start, and the other’s picture as written', () => {
    const { container } = render(<RevealBody mine={mine} theirs={theirs} partnerName="Sam" />, inLanguage('ar'));
    const ar = intlIn('ar');
    expect(screen.getByRole('heading', { name: ar.formatMessage({ id: 'relationship.RevealBody.picturesTitle' }, { viewer: 'you' }) })).toBeTruthy();
    expect(screen.getByRole('heading', { name: ar.formatMessage({ id: 'relationship.StartingPoints.title' }) })).toBeTruthy();
    expect(screen.getByText(whole('P', ar.formatMessage({ id: 'relationship.RevealBody.noPicture' })))).toBeTruthy();
    expect(screen.getByText('Abends Zeit für mich')).toBeTruthy();
    const eachSelf = ar.formatMessage({ id: 'relationship.lean.eachSelf' }, { viewer: 'you', self: '', other: 'Sam' });
    expect(container.textContent).toContain(eachSelf);
    expect(container.textContent).not.toMatch(/Where to start|The pictures you each hold|You each feel/);
  });

  it('words both leanings for a named pair in Spanish, neither of them “you”', () => {
    const es = intlIn('es');
    const row = compareDimension(es, 'depth', mine, theirs, { self: 'Alex', other: 'Sam' });
    expect(row.leansReading).toBe(es.formatMessage({ id: 'relationship.lean.eachSelf' }, { viewer: 'named', self: 'Alex', other: 'Sam' }));
    expect(row.leansReading).toContain('Alex');
    expect(row.leansReading).not.toMatch(/\bTú\b|\bvosotros\b/);
  });
});
