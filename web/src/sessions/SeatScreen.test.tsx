import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { inLanguage } from '../i18n/testing';

const calls = { seat: vi.fn(), claim: vi.fn(), me: vi.fn(), createPerson: vi.fn() };
vi.mock('./sessionApi', () => ({ sessionApi: { seat: (c: string) => calls.seat(c), claim: (c: string) => calls.claim(c) } }));
vi.mock('../api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../api')>();
  return { ...original, api: { ...original.api, me: () => calls.me(), createPerson: (n: string) => calls.createPerson(n) } };
});

const { SeatScreen } = await import('./SeatScreen');

const seat = { sessionTitle: 'The Riveras', facilitatorName: 'Dr Lee', participantName: 'Sam', kind: 'family' as const };

describe('the seat page', () => {
  beforeEach(() => {
    Object.values(calls).forEach((c) => c.mockReset());
    calls.me.mockResolvedValue({ personId: 'p', displayName: 'Samantha', relationships: [] });
  });
  afterEach(cleanup);

  it('says who facilitates and what they will and will not see, before anything is taken', async () => {
    calls.seat.mockResolvedValue(seat);
    render(<SeatScreen code="c1" hasIdentity={false} onIdentity={() => undefined} />, inLanguage());
    expect(await screen.findByRole('heading', { level: 1, name: 'Dr Lee invites you to “The Riveras”' })).toBeTruthy();
    const terms = screen.getByRole('region', { name: 'What Dr Lee will and won’t see' }).textContent ?? '';
    expect(terms).toContain('Never what you write');
    expect(terms).toContain('at the same moment');
    expect(terms).toContain('“only for me”');
    expect(terms).toContain('cannot rate for you, or change anything you write');
    expect((screen.getByRole('textbox', { name: 'Your name in Reciprocity' }) as HTMLInputElement).value).toBe('Sam');
    expect(calls.claim).not.toHaveBeenCalled();
  });

  it('takes the seat with the identity already in this browser', async () => {
    calls.seat.mockResolvedValue(seat);
    calls.claim.mockResolvedValue({ sessionId: 'sess-1' });
    render(<SeatScreen code="c1" hasIdentity onIdentity={() => undefined} />, inLanguage());
    const button = await screen.findByRole('button', { name: 'Take this seat as Samantha' });
    await act(async () => fireEvent.click(button));
    expect(calls.claim).toHaveBeenCalledWith('c1');
    expect(window.location.pathname).toBe('/sessions/sess-1');
  });

  it('takes the seat under a new name, then hands over the personal link', async () => {
    calls.seat.mockResolvedValue(seat);
    calls.createPerson.mockResolvedValue({ personId: 'n', displayName: 'Sam', accessKey: 'key-1' });
    calls.claim.mockResolvedValue({ sessionId: 'sess-1' });
    const onIdentity = vi.fn();
    render(<SeatScreen code="c1" hasIdentity={false} onIdentity={onIdentity} />, inLanguage());
    const take = await screen.findByRole('button', { name: 'Take my seat' });
    await act(async () => fireEvent.click(take));
    expect(calls.createPerson).toHaveBeenCalledWith('Sam');
    expect(onIdentity).toHaveBeenCalledWith('key-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'You have taken your seat' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the session' }).getAttribute('href')).toBe('/sessions/sess-1');
  });

  it('a seat kept from an earlier session offers no other name: this browser’s person, or a way to sign in first', async () => {
    calls.seat.mockResolvedValue({ ...seat, carriedForward: true });
    render(<SeatScreen code="c1" hasIdentity onIdentity={() => undefined} />, inLanguage());
    expect(await screen.findByRole('button', { name: 'Take this seat as Samantha' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /another name/ })).toBeNull();
    cleanup();

    render(<SeatScreen code="c1" hasIdentity={false} onIdentity={() => undefined} />, inLanguage());
    expect((await screen.findByRole('link', { name: 'sign in with your email' })).getAttribute('href')).toBe('/sign-in');
    expect(screen.queryByRole('textbox', { name: 'Your name in Reciprocity' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Take my seat' })).toBeNull();
  });

  it('a seat someone else took: a kind page, not a form', async () => {
    calls.seat.mockRejectedValue(new ApiError(410, { status: 410 }));
    calls.claim.mockRejectedValue(new ApiError(410, { status: 410 }));
    render(<SeatScreen code="c1" hasIdentity onIdentity={() => undefined} />, inLanguage());
    expect(await screen.findByRole('heading', { level: 1, name: 'This seat has already been taken' })).toBeTruthy();
    expect(screen.getByText(/ask your facilitator for a new link/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a seat this person took already simply opens the session', async () => {
    calls.seat.mockRejectedValue(new ApiError(410, { status: 410 }));
    calls.claim.mockResolvedValue({ sessionId: 'sess-2' });
    render(<SeatScreen code="c1" hasIdentity onIdentity={() => undefined} />, inLanguage());
    await vi.waitFor(() => expect(window.location.pathname).toBe('/sessions/sess-2'));
  });

  it('an unknown or revoked seat: a kind page', async () => {
    calls.seat.mockRejectedValue(new ApiError(404, { status: 404 }));
    render(<SeatScreen code="nope" hasIdentity={false} onIdentity={() => undefined} />, inLanguage());
    expect(await screen.findByRole('heading', { level: 1, name: 'This seat link doesn’t open anything' })).toBeTruthy();
    expect(calls.claim).not.toHaveBeenCalled();
  });
});
