import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Invite } from '../types';
import { inLanguage } from '../i18n/testing';

// What the server answers to each press, and what it was asked.
let answer: () => Promise<Invite> = () => Promise.reject(new Error('no answer set'));
let asked: [string, boolean][] = [];
vi.mock('../api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../api')>();
  return {
    ...original,
    api: {
      ...original.api,
      invite: (id: string, replace: boolean) => {
        asked.push([id, replace]);
        return answer();
      },
    },
  };
});

const { ApiError } = await import('../api');
const { InviteButton } = await import('./InviteButton');

describe('InviteButton', () => {
  beforeEach(() => {
    asked = [];
  });
  afterEach(cleanup);

  it('hands on the new link at once', async () => {
    answer = () => Promise.resolve({ inviteCode: 'code-1', inviteUrl: 'https://elsewhere.example/join/code-1' });
    const onInvited = vi.fn();
    render(<InviteButton relationshipId="r1" label="Invite Jon now" onInvited={onInvited} />, inLanguage());
    fireEvent.click(screen.getByRole('button', { name: 'Invite Jon now' }));
    await waitFor(() => expect(onInvited).toHaveBeenCalledWith(`${window.location.origin}/join/code-1`));
    expect(asked).toEqual([['r1', false]]);
  });

  it('never asks for a second code while an invite is out: the refusal shows the invite that is out', async () => {
    answer = () => Promise.reject(new ApiError(409, { status: 409, detail: 'An invite for Jon is already out.' }));
    const onInvited = vi.fn();
    const onAlreadyOut = vi.fn();
    render(<InviteButton relationshipId="r1" label="Invite Jon now" onInvited={onInvited} onAlreadyOut={onAlreadyOut} />, inLanguage());
    fireEvent.click(screen.getByRole('button', { name: 'Invite Jon now' }));
    await waitFor(() => expect(onAlreadyOut).toHaveBeenCalledOnce());
    expect(asked).toEqual([['r1', false]]);
    expect(onInvited).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('replaces the open invite only when its label asked for a new link', async () => {
    answer = () => Promise.resolve({ inviteCode: 'code-2', inviteUrl: '' });
    render(<InviteButton relationshipId="r1" label="Make a new invite link (the old one stops working)" replace onInvited={vi.fn()} />, inLanguage());
    fireEvent.click(screen.getByRole('button', { name: /old one stops working/ }));
    await waitFor(() => expect(asked).toEqual([['r1', true]]));
  });
});
