import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionPair, SessionView } from './types';
import { inLanguage } from '../i18n/testing';

vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api: { me: async () => ({ personId: 'ben', displayName: 'Ben', relationships: [] }) },
}));

const { ParticipantSession } = await import('./ParticipantSession');

const pair = (pairId: string, seats: [string, string], over: Partial<SessionPair> = {}): SessionPair => ({
  pairId,
  seats,
  relationshipId: pairId,
  roundNumber: 1,
  statuses: { [seats[0]]: 'inProgress', [seats[1]]: 'submitted' },
  ready: false,
  revealed: false,
  revealedAt: null,
  ...over,
});

const view: SessionView = {
  sessionId: 'sess',
  title: 'The Riveras',
  kind: 'family',
  role: 'participant',
  facilitator: { personId: 'f', displayName: 'Dr Lee' },
  checkIn: 1,
  participants: [
    { seatId: 's1', name: 'Ana', personId: 'ana', claimed: true },
    { seatId: 's2', name: 'Ben', personId: 'ben', claimed: true },
    { seatId: 's3', name: 'Cy', personId: 'cy', claimed: true },
  ],
  pairs: [pair('p1', ['s1', 's2'], { leftOut: true, leftOutReason: null }), pair('p2', ['s2', 's3'])],
  notes: null,
  earlierNotes: null,
};

describe('a participant’s session', () => {
  afterEach(cleanup);

  it('says plainly that the facilitator left a pair out, and nothing of why', async () => {
    render(<ParticipantSession view={view} onView={() => undefined} />, inLanguage());
    const leftOut = await screen.findByRole('link', { name: /With Ana/ });
    expect(leftOut.textContent).toContain('Your facilitator has left this pair out of the session: it is not opened here.');
    expect(screen.getByRole('link', { name: /With Cy/ }).textContent).not.toContain('left this pair out');
  });

  it('words a pair whose other seat has left in German with the dative after “mit”, not the nominative', async () => {
    // Cy's seat is no longer in the session: no name is known for the other person of Ben's pair.
    const gone: SessionView = { ...view, participants: view.participants.filter((p) => p.seatId !== 's3') };
    render(<ParticipantSession view={gone} onView={() => undefined} />, inLanguage('de'));
    const card = await screen.findByRole('link', { name: /^Mit der anderen Person/ });
    expect(card.querySelector('.card-title')?.textContent).toBe('Mit der anderen Person');
    expect(document.body.textContent).not.toContain('Mit die andere Person');
  });
});
