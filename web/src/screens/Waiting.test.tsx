import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RelationshipView } from '../types';
import { inLanguage } from '../i18n/testing';

const calls = { withdraw: vi.fn(), confirm: vi.fn(), openTogether: vi.fn() };
vi.mock('../api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../api')>();
  return {
    ...original,
    api: {
      ...original.api,
      withdraw: (id: string) => calls.withdraw(id),
      confirm: (id: string) => calls.confirm(id),
      openTogether: (id: string) => calls.openTogether(id),
    },
  };
});

const { Waiting } = await import('./Waiting');

const mine = {
  dimensions: { initiation: { score: 4, leans: 'me' as const, note: 'I plan our weekends', private: true } },
  overall: 3,
};
const waiting = (over: Partial<RelationshipView> = {}, round: Partial<RelationshipView['round']> = {}): RelationshipView => ({
  relationshipId: 'rel-1',
  kind: 'partner',
  label: 'Us',
  me: { personId: 'me', displayName: 'Alex' },
  partner: { personId: 'them', displayName: 'Sam' },
  revealPolicy: 'auto',
  round: { number: 1, myStatus: 'submitted', partnerStatus: 'inProgress', myDraft: mine, revealed: false, reveal: null, ...round },
  history: [],
  ...over,
});

describe('Waiting screen', () => {
  beforeEach(() => {
    sessionStorage.clear();
    Object.values(calls).forEach((c) => c.mockReset());
  });
  afterEach(cleanup);

  it('shows my own answers, read-only, and lets me take them back to edit', async () => {
    const onView = vi.fn();
    const earlier = { number: 1, revealedAt: '2026-01-01T00:00:00Z', mine: { overall: 2 }, theirs: { overall: 3 } };
    const held = waiting({ history: [earlier] }, { number: 2 });
    // The answer is the view without its history: the history this page holds stays.
    const { history, ...back } = waiting({ history: [earlier] }, { number: 2, myStatus: 'inProgress' });
    calls.withdraw.mockResolvedValue(back);
    render(<Waiting view={held} partnerName="Sam" onView={onView} />, inLanguage());
    expect(screen.getByText('“I plan our weekends”')).toBeTruthy();
    expect(screen.getByText('Only you see this')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Take it back to edit' })));
    expect(calls.withdraw).toHaveBeenCalledWith('rel-1');
    expect(onView).toHaveBeenCalledWith({ ...back, history });
    expect(sessionStorage.getItem('reciprocity.step.rel-1.2')).toBe('6'); // back on the review step
  });

  it('offers to open it together instead, kindly, while it would open by itself', async () => {
    calls.openTogether.mockResolvedValue(waiting({ revealPolicy: 'together' }));
    const onView = vi.fn();
    render(<Waiting view={waiting()} partnerName="Sam" onView={onView} />, inLanguage());
    expect(screen.queryByRole('button', { name: 'Open it now' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Let’s open it together instead' })));
    expect(calls.openTogether).toHaveBeenCalledWith('rel-1');
    expect(onView).toHaveBeenCalled();
  });

  it('asks both to open a together round once both finished, and shows the other’s readiness', async () => {
    const view = waiting({ revealPolicy: 'together' }, { partnerStatus: 'confirmed', ready: true });
    const { history: _history, ...answer } = view;
    calls.confirm.mockResolvedValue(answer);
    render(<Waiting view={view} partnerName="Sam" onView={() => undefined} />, inLanguage());
    expect(screen.getByRole('status').textContent).toBe('Sam is ready to open it.');
    expect(screen.queryByRole('button', { name: 'Let’s open it together instead' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open it now' })));
    expect(calls.confirm).toHaveBeenCalledWith('rel-1');
  });

  it('waits for the other person after my "open it now", and offers no button before both finished', () => {
    const confirmed = waiting({ revealPolicy: 'together' }, { myStatus: 'confirmed', partnerStatus: 'submitted', ready: true });
    const { unmount } = render(<Waiting view={confirmed} partnerName="Sam" onView={() => undefined} />, inLanguage());
    expect(screen.getByText(/as soon as Sam says “open it now” too/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open it now' })).toBeNull();
    unmount();
    render(<Waiting view={waiting({ revealPolicy: 'together' })} partnerName="Sam" onView={() => undefined} />, inLanguage());
    expect(screen.queryByRole('button', { name: 'Open it now' })).toBeNull();
  });
});
