import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionPair, SessionView } from './types';
import { inLanguage } from '../i18n/testing';

const calls = { release: vi.fn(), leaveOut: vi.fn() };
vi.mock('./sessionApi', () => ({
  sessionApi: {
    release: (s: string, p: string) => calls.release(s, p),
    leaveOut: (s: string, p: string, r: string) => calls.leaveOut(s, p, r),
  },
}));

const { PairBoard } = await import('./PairBoard');

const pair = (pairId: string, seats: [string, string], over: Partial<SessionPair> = {}): SessionPair => ({
  pairId,
  seats,
  relationshipId: `r-${pairId}`,
  roundNumber: 1,
  statuses: { [seats[0]]: 'notStarted', [seats[1]]: 'notStarted' },
  ready: false,
  revealed: false,
  revealedAt: null,
  ...over,
});

const view = (pairs: SessionPair[]): SessionView => ({
  sessionId: 'sess',
  title: 'The Riveras',
  kind: 'family',
  role: 'facilitator',
  facilitator: { personId: 'f', displayName: 'Dr Lee' },
  checkIn: 1,
  participants: [
    { seatId: 's1', name: 'Sam', personId: 'a', claimed: true },
    { seatId: 's2', name: 'Alex', personId: 'b', claimed: true },
    { seatId: 's3', name: 'Kim', personId: null, claimed: false },
  ],
  pairs,
  notes: 'only mine',
});

describe('the pairs on the board', () => {
  beforeEach(() => Object.values(calls).forEach((c) => c.mockReset()));
  afterEach(cleanup);

  it('shows each person’s status in words and what each pair waits for; only a ready pair can be opened', () => {
    render(
      <PairBoard
        view={view([
          pair('p1', ['s1', 's2'], { statuses: { s1: 'submitted', s2: 'withdrawn' } }),
          pair('p2', ['s1', 's3'], { relationshipId: null }),
          pair('p3', ['s2', 's3'], { relationshipId: null }),
        ])}
        onView={() => undefined}
        onChanged={() => undefined}
      />,
      inLanguage(),
    );
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Sam and Alex', 'Sam and Kim', 'Alex and Kim']);
    const statuses = [...document.querySelectorAll('[data-seat-status]')].map((li) => li.textContent);
    expect(statuses).toEqual(['Sam: Finished', 'Alex: Took it back to change something']);
    expect(screen.getAllByText('Opens once both have taken their seats')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /Open this pair/ })).toBeNull();
    expect((screen.getByRole('button', { name: 'Open the ready pairs, one at a time' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens one pair, then asks for the board again', async () => {
    calls.release.mockResolvedValue({ relationshipId: 'r-p1', roundNumber: 1, revealedAt: 'now' });
    const onChanged = vi.fn();
    render(<PairBoard view={view([pair('p1', ['s1', 's2'], { statuses: { s1: 'submitted', s2: 'submitted' }, ready: true })])} onView={() => undefined} onChanged={onChanged} />, inLanguage());
    expect(screen.getByText('Both finished: ready for you to open')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open this pair: Sam and Alex' })));
    expect(calls.release).toHaveBeenCalledWith('sess', 'p1');
    expect(onChanged).toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Opened for Sam and Alex.');
  });

  it('opens the ready pairs of a family one at a time, asking for each by name', async () => {
    calls.release.mockResolvedValue({ relationshipId: 'r', roundNumber: 1, revealedAt: 'now' });
    const done = { ready: true, statuses: { s1: 'submitted', s2: 'submitted', s3: 'submitted' } } as const;
    render(
      <PairBoard
        view={view([pair('p1', ['s1', 's2'], done), pair('p2', ['s1', 's3'], done)])}
        onView={() => undefined}
        onChanged={() => undefined}
      />,
      inLanguage(),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open the ready pairs, one at a time' })));
    expect(calls.release).not.toHaveBeenCalled();
    expect(screen.getByText('Open Sam and Alex now?')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open Sam and Alex' })));
    expect(calls.release).toHaveBeenCalledTimes(1);
    expect(calls.release).toHaveBeenCalledWith('sess', 'p1');
    expect(screen.getByText('Open Sam and Kim now?')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Not yet' })));
    expect(calls.release).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/now\?/)).toBeNull();
  });

  it('tells the facilitator plainly that someone chose to keep their answers private, and lets them leave the pair out with a reason for them alone', async () => {
    const onView = vi.fn();
    const leftOut = view([pair('p1', ['s1', 's2'], { leftOut: true, leftOutReason: 'not for this room' })]);
    calls.leaveOut.mockResolvedValue(leftOut);
    render(<PairBoard view={view([pair('p1', ['s1', 's2'], { statuses: { s1: 'keptPrivate', s2: 'submitted' } })])} onView={onView} onChanged={() => undefined} />, inLanguage());
    expect([...document.querySelectorAll('[data-seat-status]')].map((li) => li.textContent)).toEqual(['Sam: Chose to keep their answers private for now', 'Alex: Finished']);
    expect(screen.getByText(/Sam chose not to share in this pair for now/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Leave this pair out: Sam and Alex' }));
    fireEvent.change(screen.getByLabelText('Why (optional, only you see this)'), { target: { value: '  not for this room ' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Leave this pair out' })));
    expect(calls.leaveOut).toHaveBeenCalledWith('sess', 'p1', 'not for this room');
    expect(onView).toHaveBeenCalledWith(leftOut);

    cleanup();
    render(<PairBoard view={leftOut} onView={() => undefined} onChanged={() => undefined} />, inLanguage());
    expect(screen.getByText('Left out of this session')).toBeTruthy();
    expect(screen.getByText('Your reason, for you alone: “not for this room”')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Leave this pair out/ })).toBeNull();
  });

  it('an opened pair links to the shared screen and shows no statuses', () => {
    render(<PairBoard view={view([pair('p1', ['s1', 's2'], { revealed: true, revealedAt: '2026-12-01T10:00:00Z', statuses: { s1: 'submitted', s2: 'submitted' } })])} onView={() => undefined} onChanged={() => undefined} />, inLanguage());
    expect(screen.getByRole('link', { name: 'Show Sam and Alex on the shared screen' }).getAttribute('href')).toBe('/sessions/sess/present?pair=p1');
    expect(screen.queryByText(/Finished/)).toBeNull();
  });
});
