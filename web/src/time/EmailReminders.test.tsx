import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../types';
import { EmailReminders } from './EmailReminders';
import { inLanguage } from '../i18n/testing';

const state: { me: Me; saved: string[]; removed: number } = { me: { personId: 'p', displayName: 'Alex', relationships: [] }, saved: [], removed: 0 };

vi.mock('../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../api')>();
  return {
    ...actual,
    api: {
      me: async () => state.me,
      setEmail: async (email: string) => {
        state.saved.push(email);
        return { email: null, pendingEmail: email, pendingUntil: '2026-12-06T18:00:00Z' };
      },
      removeEmail: async () => {
        state.removed++;
      },
    },
  };
});

describe('reminders by email', () => {
  beforeEach(() => {
    state.saved = [];
    state.removed = 0;
  });
  afterEach(cleanup);

  it('promises plainly what is sent, takes an address and removes it', async () => {
    state.me = { personId: 'p', displayName: 'Alex', relationships: [], email: null, remindersAvailable: true };
    render(<EmailReminders />, inLanguage());
    expect(await screen.findByText(/never shown to anyone/, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('At most one email a day.')).toBeTruthy();
    expect(screen.getByText(/Never any of what you or anyone else wrote/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Your email address'), { target: { value: ' alex@example.org ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send me reminders' }));
    expect(
      await screen.findByText(
        'We sent an email to alex@example.org. Please open the link in it to confirm: reminders start once you confirm.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Waiting for you to confirm/)).toBeTruthy();
    expect(state.saved).toEqual(['alex@example.org']);
    cleanup();
    state.me = { ...state.me, email: 'alex@example.org' };
    render(<EmailReminders />, inLanguage());
    fireEvent.click(await screen.findByRole('button', { name: 'Remove my email address' }, { timeout: 10_000 }));
    expect(await screen.findByText(/Your email address is removed/)).toBeTruthy();
    expect(state.removed).toBe(1);
  }, 30_000); // a loaded machine renders slowly; the findBy waits are bounded

  it('says kindly that no emails are sent when the service has no mail server, and offers no form', async () => {
    state.me = { personId: 'p', displayName: 'Alex', relationships: [], email: null, remindersAvailable: false };
    render(<EmailReminders />, inLanguage());
    expect(await screen.findByText(/doesn’t send emails/, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  }, 30_000);

  it('without a mail server, an address waiting for its confirmation is named and can be removed', async () => {
    state.me = { personId: 'p', displayName: 'Alex', relationships: [], email: null, pendingEmail: 'alex@example.org', remindersAvailable: false };
    render(<EmailReminders />, inLanguage());
    expect(await screen.findByText('alex@example.org', undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/nothing is sent to it/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove my email address' }));
    expect(await screen.findByText(/Your email address is removed/)).toBeTruthy();
    expect(state.removed).toBe(1);
  }, 30_000);
});
