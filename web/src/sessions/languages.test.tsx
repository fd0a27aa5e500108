// The facilitator's board and a seat's page read in the person's own language: every word from the catalogue, the
// names people typed left as written. The expected words are read from the catalogues by id, never copied.
import { cleanup, render, screen, within } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../i18n/catalogues';
import type { MessageId } from '../i18n/messageIds';
import { inLanguage } from '../i18n/testing';
import type { Language } from '../i18n/languages';
import type { SessionView } from './types';

vi.mock('./sessionApi', () => ({ sessionApi: {} }));
const { Board } = await import('./Board');

const say = (language: Language, id: MessageId, values?: Record<string, string | number>) =>
  createIntl({ locale: language, messages: CATALOGUES[language] }).formatMessage({ id }, values);

const view: SessionView = {
  sessionId: 'sess',
  title: 'Familie Öztürk',
  kind: 'family',
  role: 'facilitator',
  facilitator: { personId: 'f', displayName: 'Dr Lee' },
  checkIn: 2,
  participants: [
    { seatId: 's1', name: 'Maria', personId: 'a', claimed: true },
    { seatId: 's2', name: 'سارة', personId: 'b', claimed: true },
  ],
  pairs: [
    { pairId: 'p1', seats: ['s1', 's2'], relationshipId: 'r1', roundNumber: 2, statuses: { s1: 'submitted', s2: 'inProgress' }, ready: false, revealed: false, revealedAt: null },
  ],
  notes: '',
};

describe('the sessions in the person’s language', () => {
  afterEach(cleanup);

  it('the board reads in German, names as they were typed', () => {
    render(<Board view={view} onView={() => undefined} refetch={() => undefined} />, inLanguage('de'));
    expect(screen.getByRole('heading', { name: say('de', 'sessions.PairBoard.title') })).toBeTruthy();
    expect(screen.getByRole('heading', { name: say('de', 'sessions.Board.checkInTitle', { checkIn: 2 }) })).toBeTruthy();
    expect(screen.getByRole('button', { name: say('de', 'sessions.Board.nextCheckIn') })).toBeTruthy();
    const pair = within(screen.getByRole('heading', { name: say('de', 'sessions.pair.names', { a: 'Maria', b: 'سارة' }) }).closest('li')!);
    expect(pair.getByText(say('de', 'sessions.pairStanding.rating'))).toBeTruthy();
    expect(pair.getByRole('button', { name: say('de', 'sessions.LeaveOut.askLabel', { a: 'Maria', b: 'سارة' }) })).toBeTruthy();
    // A name sits in an isolate of its own inside the German sentence.
    expect([...document.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(expect.arrayContaining(['Familie Öztürk', 'Maria', 'سارة']));
    expect(document.body.textContent).not.toContain('Start the next check-in');
  });

  it('the board reads in Arabic, its pair’s statuses in Arabic words', () => {
    render(<Board view={view} onView={() => undefined} refetch={() => undefined} />, inLanguage('ar'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('button', { name: say('ar', 'sessions.Board.nextCheckIn') })).toBeTruthy();
    const statuses = [...document.querySelectorAll('[data-seat-status]')].map((li) => li.textContent);
    expect(statuses).toEqual([
      say('ar', 'sessions.PairBoard.seatStatus', { name: 'Maria', status: say('ar', 'sessions.seatStatus.submitted') }),
      say('ar', 'sessions.PairBoard.seatStatus', { name: 'سارة', status: say('ar', 'sessions.seatStatus.inProgress') }),
    ]);
  });

  it('the board still reads in English word for word', () => {
    render(<Board view={view} onView={() => undefined} refetch={() => undefined} />, inLanguage());
    expect(screen.getByRole('heading', { name: 'The pairs' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start the next check-in' })).toBeTruthy();
    expect(screen.getByText('A family session · check-in 2')).toBeTruthy();
    expect([...document.querySelectorAll('[data-seat-status]')].map((li) => li.textContent)).toEqual(['Maria: Finished', 'سارة: Working on it']);
    expect(document.getElementById('check-in-why')!.textContent).toBe(
      'It waits for this pair to be opened in this check-in: Maria and سارة. Open it once both have finished, or leave it out.',
    );
  });
});
