import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, friendlyError } from './api';
import { intlFor } from './i18n/intlFor';
import { inLanguage } from './i18n/testing';
import type { RelationshipView } from './types';
import { conflictDetail, fieldFirst, useAction, useViewAction } from './useAction';

afterEach(() => vi.restoreAllMocks());

/** A promise the test settles when it chooses. */
function held() {
  let settle!: { resolve: () => void; reject: (e: unknown) => void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

const englishIntl = intlFor('en');

const conflict = new ApiError(409, { status: 409, title: 'Conflict', detail: 'That pair is already open.' });
const invalid = new ApiError(400, { status: 400, title: 'Invalid', errors: { notes: ['Notes are too long.'] } });

describe('useAction', () => {
  it('is busy while the request runs, and not after', async () => {
    const { result } = renderHook(() => useAction(), inLanguage());
    const request = held();
    let ran!: Promise<boolean>;
    act(() => {
      ran = result.current.run(() => request.promise);
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      request.resolve();
      expect(await ran).toBe(true);
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toBeNull();
  });

  it('shows a refusal in kind words by default, and clears it when the next request starts', async () => {
    const { result } = renderHook(() => useAction(), inLanguage());
    await act(async () => {
      expect(await result.current.run(() => Promise.reject(conflict))).toBe(false);
    });
    expect(result.current.error).toBe(friendlyError(conflict, englishIntl));
    expect(result.current.busy).toBe(false);
    const request = held();
    act(() => void result.current.run(() => request.promise));
    expect(result.current.error).toBeNull();
    await act(async () => request.resolve());
  });

  it('says what the explanation says, and nothing when it dealt with the refusal itself', async () => {
    const { result } = renderHook(() => useAction((e) => (e === conflict ? null : 'Not this time.')), inLanguage());
    await act(async () => void (await result.current.run(() => Promise.reject(new Error('x')))));
    expect(result.current.error).toBe('Not this time.');
    await act(async () => void (await result.current.run(() => Promise.reject(conflict))));
    expect(result.current.error).toBeNull();
  });
});

describe('explanations', () => {
  it('conflictDetail gives a 409 in the server’s words', () => {
    expect(conflictDetail(conflict, englishIntl)).toBe('That pair is already open.');
    expect(conflictDetail(new Error('x'), englishIntl)).toBe(friendlyError(new Error('x'), englishIntl));
  });

  it('fieldFirst gives the field’s message, else the fallback', () => {
    expect(invalid.fieldErrors.notes).toEqual(['Notes are too long.']);
    expect(fieldFirst('notes')(invalid, englishIntl)).toBe('Notes are too long.');
    expect(fieldFirst()(invalid, englishIntl)).toBe('Notes are too long.');
    expect(fieldFirst('reason')(invalid, englishIntl)).toBe(friendlyError(invalid, englishIntl));
    expect(fieldFirst(undefined, conflictDetail)(conflict, englishIntl)).toBe('That pair is already open.');
  });
});

describe('useViewAction', () => {
  const fresh = { relationshipId: 'r', round: { number: 2 } } as RelationshipView;

  it('hands on the view a step answers with', async () => {
    const onView = vi.fn();
    const { result } = renderHook(() => useViewAction('r', onView), inLanguage());
    await act(async () => void (await result.current.run(() => Promise.resolve(fresh))));
    expect(onView).toHaveBeenCalledWith(fresh);
  });

  it('on a 409 shows where the relationship stands now, with no error', async () => {
    const onView = vi.fn();
    const fetch = vi.spyOn(api, 'relationship').mockResolvedValue(fresh);
    const { result } = renderHook(() => useViewAction('r', onView), inLanguage());
    await act(async () => void (await result.current.run(() => Promise.reject(conflict))));
    expect(fetch).toHaveBeenCalledWith('r');
    expect(onView).toHaveBeenCalledWith(fresh);
    expect(result.current.error).toBeNull();
  });

  it('says the 409 in kind words when the view cannot be fetched either', async () => {
    vi.spyOn(api, 'relationship').mockRejectedValue(new ApiError(0, { title: 'Network error' }));
    const { result } = renderHook(() => useViewAction('r', vi.fn()), inLanguage());
    await act(async () => void (await result.current.run(() => Promise.reject(conflict))));
    expect(result.current.error).toBe(friendlyError(conflict, englishIntl));
  });
});
