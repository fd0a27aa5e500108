import { cleanup, render, screen } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../i18n/catalogues';
import { inLanguage } from '../i18n/testing';
import type { SessionView } from '../sessions/types';
import { HouseholdCard, waitingWords } from './PracticeLead';
import { PreReadConsent } from './PreReadConsent';
import type { Household } from './types';

const household = (over: Partial<Household> = {}): Household => ({
  householdId: 'h1',
  name: 'Miller',
  kind: 'couple',
  nextSession: null,
  archived: false,
  sessions: [],
  seatsWaiting: 0,
  pairsReady: 0,
  ...over,
});

const view = {
  sessionId: 's1',
  title: 'First meeting',
  kind: 'couple',
  role: 'participant',
  facilitator: { personId: 'f', displayName: 'Dr. Rivera' },
  checkIn: 1,
  participants: [
    { seatId: 'a', name: 'Alex', preReadShared: false },
    { seatId: 'b', name: 'Sam', preReadShared: true },
  ],
  pairs: [],
  notes: null,
  startedAt: null,
} as unknown as SessionView;

/** A paragraph whose whole text (names in their <bdi> included) is exactly this. */
const whole = (text: string) => (_: string, el: Element | null) => el?.tagName === 'P' && el.textContent === text;

const intlIn = (language: 'en' | 'ar' | 'de') => createIntl({ locale: language, messages: CATALOGUES[language] });

describe('the practice in the reader’s language', () => {
  afterEach(cleanup);

  it('reads in English word for word as before', () => {
    render(<HouseholdCard household={household({ seatsWaiting: 2, pairsReady: 1 })} />, inLanguage());
    expect(screen.getByText('A couple · no session yet')).toBeTruthy();
    expect(screen.getByText('Waiting: 2 seats not taken yet, a pair ready to open')).toBeTruthy();
    expect(waitingWords(intlIn('en'), { seatsWaiting: 0, pairsReady: 0 })).toBe('Nothing waiting');
    expect(waitingWords(intlIn('en'), { seatsWaiting: 1, pairsReady: 3 })).toBe('Waiting: a seat not taken yet, 3 pairs ready to open');
  });

  it('counts seats in Arabic with Arabic plural forms', () => {
    const ar = intlIn('ar');
    const two = ar.formatMessage({ id: 'practice.waiting.seats' }, { seats: 2 });
    expect(two).not.toBe(ar.formatMessage({ id: 'practice.waiting.seats' }, { seats: 11 }));
    render(<HouseholdCard household={household({ seatsWaiting: 2 })} />, inLanguage('ar'));
    expect(screen.getByText(two)).toBeTruthy();
  });

  it('asks for a pre-read in German, the facilitator’s name as written', () => {
    render(<PreReadConsent view={view} mySeat="a" onView={() => undefined} />, inLanguage('de'));
    const de = intlIn('de');
    expect(screen.getByRole('heading', { name: de.formatMessage({ id: 'practice.PreReadConsent.title' }) })).toBeTruthy();
    expect(screen.getByText(de.formatMessage({ id: 'practice.PreReadConsent.notShared' }))).toBeTruthy();
    expect(
      screen.getByRole('button', { name: de.formatMessage({ id: 'practice.PreReadConsent.share' }, { facilitator: 'Dr. Rivera' }) }),
    ).toBeTruthy();
    expect(screen.getByText(whole(de.formatMessage({ id: 'practice.PreReadConsent.otherShared' }, { name: 'Sam', facilitator: 'Dr. Rivera' })))).toBeTruthy();
    expect(screen.queryByText(/pre-read/)).toBeNull();
  });
});
