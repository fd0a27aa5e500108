// Across check-ins and the next check-in, in the person's own language: words from the catalogue (read by id, never
// copied), dates in the language's own calendar words, names left as typed.
import { cleanup, render, screen } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../i18n/catalogues';
import type { MessageId } from '../i18n/messageIds';
import type { Language } from '../i18n/languages';
import { inLanguage } from '../i18n/testing';
import type { DimensionKey, PointOfView, RelationshipView, SeasonKind, TimelinePoint } from '../types';
import { dateWords } from './checkIn';
import { DimensionTimeline } from './DimensionTimeline';
import { NextCheckInPanel } from './NextCheckInPanel';
import { readingsOverTime } from './readings';
import GERMAN from '../words/method-words.de.json';
import SPANISH from '../words/method-words.es.json';

const intlOf = (language: Language) => createIntl({ locale: language, messages: CATALOGUES[language] });
const say = (language: Language, id: MessageId, values?: Record<string, string | number>) => intlOf(language).formatMessage({ id }, values);

const relationship = (over: Partial<RelationshipView>): RelationshipView =>
  ({
    relationshipId: 'r',
    kind: 'familyMember',
    label: 'Ami',
    me: { personId: 'me', displayName: 'Ana' },
    partner: { personId: 'ben', displayName: 'سارة' },
    round: { number: 1, revealed: true },
    history: [],
    revealPolicy: 'auto',
    nextCheckIn: null,
    ...over,
  }) as RelationshipView;

function pov(depth: number, season: SeasonKind = 'none'): PointOfView {
  const scores: Record<DimensionKey, number> = { initiation: 3, depth, crisisResponse: 3, maintenance: 3 };
  return { scores, leans: {}, overall: 3, season };
}
const points: TimelinePoint[] = [
  { number: 1, revealedAt: '2026-02-10T10:00:00Z', solo: false, mine: pov(2, 'grief'), theirs: pov(4) },
  { number: 2, revealedAt: '2026-03-10T10:00:00Z', solo: false, mine: pov(2), theirs: pov(2, 'illness') },
];

describe('time in the person’s language', () => {
  afterEach(cleanup);

  it('the next check-in reads in Arabic, the agreed day in Arabic calendar words', () => {
    const next = { date: '2027-01-15', proposedBy: 'ben', agreed: false } as RelationshipView['nextCheckIn'];
    render(<NextCheckInPanel view={relationship({ nextCheckIn: next })} partnerName="سارة" onView={() => undefined} />, inLanguage('ar'));
    expect(screen.getByRole('heading', { name: say('ar', 'time.NextCheckIn.title') })).toBeTruthy();
    expect(screen.getByRole('button', { name: say('ar', 'time.NextCheckIn.agree') })).toBeTruthy();
    const day = dateWords('2027-01-15', intlOf('ar'));
    expect(day).not.toBe(dateWords('2027-01-15', intlOf('en')));
    expect(document.querySelector('.check-in-date')!.textContent).toBe(say('ar', 'time.NextCheckIn.proposedToMe', { partner: 'سارة', date: day }));
  });

  it('a dimension’s timeline reads in German, its table and season band too', () => {
    render(<DimensionTimeline points={points} dimension="depth" partnerName="Sam" />, inLanguage('de'));
    expect(screen.getByRole('table', { name: say('de', 'time.timeline.caption', { title: GERMAN.dimensions.depth.title }) })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: say('de', 'time.timeline.season') })).toBeTruthy();
    expect(document.querySelector('.timeline-season text')!.textContent).toBe(say('de', 'time.chart.season.grief'));
    expect(screen.getByRole('cell', { name: say('de', 'time.readings.seasonOf', { who: say('de', 'time.you'), season: say('de', 'time.season.grief') }) })).toBeTruthy();
  });

  it('a reading is one whole sentence in the reader’s language', () => {
    const [reading] = readingsOverTime(points, { me: 'you', them: 'Sam' }, intlOf('es'));
    expect(reading.text.startsWith(SPANISH.dimensions.depth.title)).toBe(true);
    expect(reading.text).toContain('(1 y 2)');
    expect(reading.text).not.toMatch(/ check-ins| of you| season/);
  });

  it('still reads in English word for word', () => {
    const next = { date: '2027-01-15', proposedBy: 'ben', agreed: false } as RelationshipView['nextCheckIn'];
    render(<NextCheckInPanel view={relationship({ nextCheckIn: next })} partnerName="Sam" onView={() => undefined} />, inLanguage());
    expect(screen.getByRole('heading', { name: 'When to check in again' })).toBeTruthy();
    expect(document.querySelector('.check-in-date')!.textContent).toBe('Sam suggests checking in again on Friday, January 15, 2027.');
    expect(readingsOverTime(points, { me: 'you', them: 'Sam' }, intlOf('en'))[0].text).toBe(
      'Depth was rated 1–2 by at least one of you in both check-ins (1 and 2), each time during a season (you: grief; Sam: illness).',
    );
  });
});
