import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionView } from './types';
import { inLanguage } from '../i18n/testing';
import { sentenceText } from './sentenceText';

const calls = {
  addParticipant: vi.fn(),
  reissueSeat: vi.fn(),
  revokeSeat: vi.fn(),
  choosePairs: vi.fn(),
  saveNotes: vi.fn(),
  nextCheckIn: vi.fn(),
};
vi.mock('./sessionApi', () => ({
  sessionApi: new Proxy({}, { get: (_, name: string) => (...args: unknown[]) => calls[name as keyof typeof calls](...args) }),
}));

const { Board } = await import('./Board');

const view = (over: Partial<SessionView> = {}): SessionView => ({
  sessionId: 'sess',
  title: 'The Riveras',
  kind: 'family',
  role: 'facilitator',
  facilitator: { personId: 'f', displayName: 'Dr Lee' },
  checkIn: 1,
  participants: [],
  pairs: [],
  notes: '',
  ...over,
});

const three = view({
  participants: [
    { seatId: 's1', name: 'Maria', personId: 'a', claimed: true },
    { seatId: 's2', name: 'Luis', personId: null, claimed: false },
    { seatId: 's3', name: 'Ana', personId: null, claimed: false },
  ],
  pairs: [
    { pairId: 'p1', seats: ['s1', 's2'], relationshipId: null, roundNumber: 1, statuses: {}, ready: false, revealed: false, revealedAt: null },
    { pairId: 'p2', seats: ['s1', 's3'], relationshipId: null, roundNumber: 1, statuses: {}, ready: false, revealed: false, revealedAt: null },
    { pairId: 'p3', seats: ['s2', 's3'], relationshipId: null, roundNumber: 1, statuses: {}, ready: false, revealed: false, revealedAt: null },
  ],
});

describe('the facilitator’s board', () => {
  beforeEach(() => {
    localStorage.clear();
    Object.values(calls).forEach((c) => c.mockReset());
  });
  afterEach(cleanup);

  it('adds a person and shows their seat link, kept on this device until they take it', async () => {
    calls.addParticipant.mockResolvedValue({ seatId: 's9', seatCode: 'code-9', seatUrl: '/seat/code-9' });
    const refetch = vi.fn();
    const { rerender } = render(<Board view={view()} onView={() => undefined} refetch={refetch} />, inLanguage());
    fireEvent.change(screen.getByRole('textbox', { name: 'Name of a person taking part' }), { target: { value: 'Sam' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add this person' })));
    expect(calls.addParticipant).toHaveBeenCalledWith('sess', 'Sam');
    expect(refetch).toHaveBeenCalled();
    rerender(<Board view={view({ participants: [{ seatId: 's9', name: 'Sam', personId: null, claimed: false }] })} onView={() => undefined} refetch={refetch} />);
    const link = `${window.location.origin}/seat/code-9`;
    expect((screen.getByRole('textbox', { name: 'Sam’s seat link' }) as HTMLInputElement).value).toBe(link);
    expect(localStorage.getItem('reciprocity.seat.s9')).toBe(link);
    rerender(<Board view={view({ participants: [{ seatId: 's9', name: 'Sam', personId: 'p', claimed: true }] })} onView={() => undefined} refetch={refetch} />);
    expect(screen.getByText('Has taken their seat')).toBeTruthy();
    expect(localStorage.getItem('reciprocity.seat.s9')).toBeNull();
  });

  it('a seat whose link this device lost: a new link, or remove the person', async () => {
    calls.reissueSeat.mockResolvedValue({ seatId: 's2', seatCode: 'fresh', seatUrl: '/seat/fresh' });
    calls.revokeSeat.mockResolvedValue(undefined);
    const refetch = vi.fn();
    render(<Board view={three} onView={() => undefined} refetch={refetch} />, inLanguage());
    const luis = within(document.querySelector('[data-seat="Luis"]') as HTMLElement);
    expect(luis.getByText(sentenceText(/no longer has Luis’s link/))).toBeTruthy();
    await act(async () => fireEvent.click(luis.getByRole('button', { name: 'Make a new link for Luis' })));
    expect(calls.reissueSeat).toHaveBeenCalledWith('sess', 's2');
    expect((luis.getByRole('textbox', { name: 'Luis’s seat link' }) as HTMLInputElement).value).toBe(`${window.location.origin}/seat/fresh`);
    const ana = within(document.querySelector('[data-seat="Ana"]') as HTMLElement);
    await act(async () => fireEvent.click(ana.getByRole('button', { name: 'Remove Ana' })));
    expect(calls.revokeSeat).toHaveBeenCalledWith('sess', 's3');
    expect(refetch).toHaveBeenCalled();
  });

  it('every pair by default; leaving one out sends the pairs chosen', async () => {
    calls.choosePairs.mockResolvedValue(three);
    render(<Board view={three} onView={() => undefined} refetch={() => undefined} />, inLanguage());
    const chooser = within(screen.getByRole('region', { name: 'Which pairs reflect together' }));
    const boxes = chooser.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, true, true]);
    expect((chooser.getByRole('button', { name: 'Keep these pairs' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(chooser.getByRole('checkbox', { name: 'Luis and Ana' }));
    await act(async () => fireEvent.click(chooser.getByRole('button', { name: 'Keep these pairs' })));
    expect(calls.choosePairs).toHaveBeenCalledWith('sess', { pairs: [['s1', 's2'], ['s1', 's3']] });
  });

  it('saves the facilitator’s notes and says so', async () => {
    calls.saveNotes.mockResolvedValue(view({ notes: 'They laughed a lot' }));
    const onView = vi.fn();
    render(<Board view={view()} onView={onView} refetch={() => undefined} />, inLanguage());
    fireEvent.change(screen.getByRole('textbox', { name: 'Notes on check-in 1' }), { target: { value: 'They laughed a lot' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save notes' })));
    expect(calls.saveNotes).toHaveBeenCalledWith('sess', 'They laughed a lot');
    expect(onView).toHaveBeenCalled();
    expect(screen.getByText('Saved.')).toBeTruthy();
  });

  it('offers the next check-in only once every opened pair has been opened', async () => {
    const opened = view({
      participants: three.participants,
      pairs: [{ pairId: 'p1', seats: ['s1', 's2'], relationshipId: 'r', roundNumber: 1, statuses: {}, ready: false, revealed: true, revealedAt: 'x' }],
    });
    calls.nextCheckIn.mockResolvedValue({ ...opened, checkIn: 2 });
    const onView = vi.fn();
    const { rerender } = render(<Board view={{ ...opened, pairs: [{ ...opened.pairs[0], revealed: false }] }} onView={onView} refetch={() => undefined} />, inLanguage());
    expect((screen.getByRole('button', { name: 'Start the next check-in' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(<Board view={opened} onView={onView} refetch={() => undefined} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Start the next check-in' })));
    expect(calls.nextCheckIn).toHaveBeenCalledWith('sess');
    expect(onView).toHaveBeenCalledWith({ ...opened, checkIn: 2 });
  });

  it('says why the next check-in cannot start, naming the pair, and a pair left out no longer holds it back', () => {
    const pending = view({
      participants: three.participants,
      pairs: [
        { pairId: 'p1', seats: ['s1', 's2'], relationshipId: 'r1', roundNumber: 1, statuses: {}, ready: false, revealed: true, revealedAt: 'x' },
        { pairId: 'p2', seats: ['s1', 's3'], relationshipId: 'r2', roundNumber: 1, statuses: { s1: 'keptPrivate', s3: 'submitted' }, ready: false, revealed: false, revealedAt: null },
      ],
    });
    const { rerender } = render(<Board view={pending} onView={() => undefined} refetch={() => undefined} />, inLanguage());
    const start = screen.getByRole('button', { name: 'Start the next check-in' }) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    expect(document.getElementById(start.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /^It waits for this pair to be opened in this check-in: Maria and Ana\. .*leave it out\. Someone chose to keep their answers private/,
    );
    rerender(<Board view={{ ...pending, pairs: [pending.pairs[0], { ...pending.pairs[1], leftOut: true, leftOutReason: '' }] }} onView={() => undefined} refetch={() => undefined} />);
    expect((screen.getByRole('button', { name: 'Start the next check-in' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('each check-in has its own notes: a new one starts empty, the earlier ones stay readable', () => {
    const { rerender } = render(<Board view={view({ notes: 'First: calm' })} onView={() => undefined} refetch={() => undefined} />, inLanguage());
    expect((screen.getByRole('textbox', { name: 'Notes on check-in 1' }) as HTMLTextAreaElement).value).toBe('First: calm');
    rerender(<Board view={view({ checkIn: 2, notes: '', earlierNotes: [{ checkIn: 1, notes: 'First: calm' }] })} onView={() => undefined} refetch={() => undefined} />);
    expect((screen.getByRole('textbox', { name: 'Notes on check-in 2' }) as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByText('Your notes on check-in 1')).toBeTruthy();
    expect(screen.getByText('First: calm')).toBeTruthy();
  });

  it('the pair chooser does not call a pair that has only begun “opened”', () => {
    const begun = view({
      participants: [...three.participants, { seatId: 's4', name: 'Tom', personId: null, claimed: false }],
      pairs: [{ pairId: 'p1', seats: ['s1', 's2'], relationshipId: 'r1', roundNumber: 1, statuses: {}, ready: false, revealed: false, revealedAt: null }],
    });
    render(<Board view={begun} onView={() => undefined} refetch={() => undefined} />, inLanguage());
    const chooser = within(screen.getByRole('region', { name: 'Which pairs reflect together' }));
    expect(chooser.queryByText(/Already opened/)).toBeNull();
    expect(chooser.getByText('Begun: to leave it out, use its card among the pairs.')).toBeTruthy();
  });
});
