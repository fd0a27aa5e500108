import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import type { Invitation } from '../types';
import { createIntl } from 'react-intl';
import { CATALOGUES } from '../i18n/catalogues';
import { inLanguage } from '../i18n/testing';

// What the invite preview answers, and every call that would create or join something.
let preview: () => Promise<Invitation> = () => new Promise(() => undefined);
let made: string[] = [];
vi.mock('../api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../api')>();
  return {
    ...original,
    api: {
      ...original.api,
      invitation: () => preview(),
      createPerson: (name: string) => {
        made.push(`person ${name}`);
        return Promise.reject(new Error('not in this test'));
      },
      acceptInvite: (code: string) => {
        made.push(`accept ${code}`);
        return Promise.reject(new Error('not in this test'));
      },
    },
  };
});

const { ApiError } = await import('../api');
const { Join } = await import('./Join');

describe('Join', () => {
  beforeEach(() => {
    made = [];
  });
  afterEach(cleanup);

  it('says a used invite was used before anything else: no kind words, no name asked, nothing made', async () => {
    preview = () => Promise.reject(new ApiError(410, { status: 410 }));
    render(<Join code="c1" hasIdentity={false} onIdentity={() => undefined} />, inLanguage());
    expect(await screen.findByRole('heading', { level: 1, name: 'This invite has already been used' })).toBeTruthy();
    expect(screen.queryByText(/cares about your relationship/)).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(made).toEqual([]);
  });

  it('says a taken-back (or unknown) invite opens nothing, also to a person this browser knows', async () => {
    preview = () => Promise.reject(new ApiError(404, { status: 404 }));
    render(<Join code="c1" hasIdentity onIdentity={() => undefined} />, inLanguage());
    expect(await screen.findByRole('heading', { level: 1, name: 'This invite link no longer opens anything' })).toBeTruthy();
    expect(screen.getByText(/may have taken it back/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Join/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to my relationships' })).toBeTruthy();
    expect(made).toEqual([]);
  });

  it('asks no name while the preview has not answered', () => {
    preview = () => new Promise(() => undefined);
    render(<Join code="c1" hasIdentity={false} onIdentity={() => undefined} />, inLanguage());
    expect(screen.getByText('Opening the invite…')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('an open invite names who sends it, then asks a name', async () => {
    preview = () => Promise.resolve({ inviterName: 'Jon', kind: 'partner', label: '' });
    render(<Join code="c1" hasIdentity={false} onIdentity={() => undefined} />, inLanguage());
    expect(await screen.findByRole('heading', { level: 1, name: 'Jon invites you to reflect on your relationship as partners together' })).toBeTruthy();
    expect(screen.getByLabelText('What should they see as your name?')).toBeTruthy();
    expect(made).toEqual([]);
  });

  it('speaks Arabic to an Arabic reader, the inviter’s name kept in its own direction', async () => {
    const ar = createIntl({ locale: 'ar', messages: CATALOGUES.ar });
    preview = () => Promise.resolve({ inviterName: 'Jon', kind: 'closeFriend', label: '' });
    render(<Join code="c1" hasIdentity={false} onIdentity={() => undefined} />, inLanguage('ar'));
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(ar.formatMessage({ id: 'screens.Join.title' }, { name: 'Jon', kind: 'closeFriend' }));
    expect(heading.textContent).toContain('صداقتكما');
    expect(heading.querySelector('bdi')?.textContent).toBe('Jon');
    expect(screen.getByLabelText(CATALOGUES.ar['screens.Join.nameLabel'])).toBeTruthy();
    expect(screen.getByRole('button', { name: CATALOGUES.ar['screens.Join.join'] })).toBeTruthy();
  });
});
