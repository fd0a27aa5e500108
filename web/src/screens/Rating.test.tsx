import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Perspective, RelationshipView } from '../types';
import { inLanguage } from '../i18n/testing';

const NO_PICTURE = { kind: 'mutualPattern' as const, text: '', private: false };

const saveDraft = vi.fn<(id: string, patch: Perspective) => Promise<unknown>>();
/** What a draft save answers: the round's statuses and the fields it named, never the whole view. */
const saved = (patch: Perspective) => ({
  relationshipId: 'rel-1',
  round: { number: 1, myStatus: 'inProgress', partnerStatus: 'inProgress', revealed: false, ready: false },
  saved: patch,
});
vi.mock('../api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../api')>();
  return { ...original, api: { ...original.api, saveDraft: (id: string, patch: Perspective) => saveDraft(id, patch) } };
});

const { Rating } = await import('./Rating');

/** Resolves with the patch of the next draft save, whenever the saver's debounce lets it go (the test's own timeout bounds it). */
function nextSave(): Promise<Perspective> {
  return new Promise((resolve) =>
    saveDraft.mockImplementationOnce((_id, patch) => {
      resolve(patch);
      return Promise.resolve(saved(patch));
    }),
  );
}

const untouched = (note = '') => ({ note, private: false, picture: NO_PICTURE });
const initiationNote = (note: string): Perspective => ({
  dimensions: { initiation: untouched(note), depth: untouched(), crisisResponse: untouched(), maintenance: untouched() },
});

const view: RelationshipView = {
  relationshipId: 'rel-1',
  kind: 'partner',
  label: 'Us',
  me: { personId: 'me', displayName: 'Alex' },
  partner: { personId: 'them', displayName: 'Sam' },
  round: { number: 1, myStatus: 'inProgress', partnerStatus: 'inProgress', myDraft: { overall: 3 }, revealed: false, reveal: null },
  history: [],
};

describe('Rating screen', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    saveDraft.mockReset();
    saveDraft.mockImplementation((_id, patch) => Promise.resolve(saved(patch)));
  });
  afterEach(cleanup);

  it('saves a typed note and says so', async () => {
    render(<Rating view={view} partnerName="Sam" onView={() => undefined} />, inLanguage());
    expect(screen.getByText('Sam is working on theirs.')).toBeTruthy();
    const saved = nextSave();
    fireEvent.change(screen.getByLabelText('A note (optional)'), { target: { value: 'We both call on Sundays' } });
    expect(await saved).toEqual(initiationNote('We both call on Sundays'));
    expect(saveDraft).toHaveBeenCalledTimes(1);
    expect(saveDraft).toHaveBeenCalledWith('rel-1', initiationNote('We both call on Sundays'));
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
  });

  it('takes only the statuses from a save’s answer into the view', async () => {
    const onView = vi.fn();
    saveDraft.mockImplementation((_id, patch) => {
      const answer = saved(patch);
      return Promise.resolve({ ...answer, round: { ...answer.round, partnerStatus: 'submitted' } });
    });
    render(<Rating view={view} partnerName="Sam" onView={onView} />, inLanguage());
    fireEvent.change(screen.getByLabelText('A note (optional)'), { target: { value: 'We both call on Sundays' } });
    await waitFor(() => expect(onView).toHaveBeenCalledWith({ ...view, round: { ...view.round, partnerStatus: 'submitted', ready: false } }));
    expect((screen.getByLabelText('A note (optional)') as HTMLTextAreaElement).value).toBe('We both call on Sundays');
  });

  it('keeps words that were not saved yet across a reload of the screen', async () => {
    saveDraft.mockReturnValue(new Promise(() => undefined)); // the network never answers
    const first = render(<Rating view={view} partnerName="Sam" onView={() => undefined} />, inLanguage());
    fireEvent.change(screen.getByLabelText('A note (optional)'), { target: { value: 'half a thought' } });
    first.unmount();
    const resent = nextSave();
    render(<Rating view={view} partnerName="Sam" onView={() => undefined} />, inLanguage());
    expect((screen.getByLabelText('A note (optional)') as HTMLTextAreaElement).value).toBe('half a thought');
    expect(await resent).toEqual(initiationNote('half a thought'));
  });

  it('shows a gentle hint when the picture reads as an accusation', async () => {
    render(<Rating view={view} partnerName="Sam" onView={() => undefined} />, inLanguage());
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Step 5:\s?Overall/ })));
    fireEvent.click(screen.getByRole('radio', { name: /^2/ }));
    expect(screen.getByText('A picture to work toward (needed for an overall 1 or 2)')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('What it would look like'), { target: { value: 'You always cancel' } });
    expect(screen.getByText(/reads a little like an accusation \(“you always”\)/)).toBeTruthy();
  });

  it('lists missing answers on submit, each leading to its step', async () => {
    render(<Rating view={view} partnerName="Sam" onView={() => undefined} />, inLanguage());
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Step 7:\s?Review/ })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Share my view' })));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Please choose a rating for “Reaching out”.');
    expect(alert.textContent).not.toContain('overall'); // already answered in the saved draft
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Please choose a rating for “In a crisis”.' })));
    expect(screen.getByRole('heading', { level: 2, name: 'In a crisis' })).toBeTruthy();
  });

  it('offers a picture for a dimension at 1 or 2, with the method’s guidance, never required', async () => {
    render(<Rating view={view} partnerName="Sam" onView={() => undefined} />, inLanguage());
    expect(screen.queryByRole('group', { name: /A picture for reaching out/ })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /^2/ }));
    const picture = screen.getByRole('group', { name: 'A picture for reaching out (optional)' });
    expect(picture.textContent).toMatch(/something to build toward/);
    fireEvent.change(screen.getByLabelText('What it would look like'), { target: { value: 'Taking turns to call' } });
    await waitFor(() =>
      expect(saveDraft).toHaveBeenLastCalledWith('rel-1', {
        dimensions: {
          ...initiationNote('').dimensions,
          initiation: { score: 2, note: '', private: false, picture: { kind: 'mutualPattern', text: 'Taking turns to call', private: false } },
        },
      }),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Step 7:\s?Review/ })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Share my view' })));
    expect(screen.getByRole('alert').textContent).not.toMatch(/picture for/);
  });

  it('keeps a note only for its author when asked', async () => {
    render(<Rating view={view} partnerName="Sam" onView={() => undefined} />, inLanguage());
    fireEvent.change(screen.getByLabelText('A note (optional)'), { target: { value: 'I am tired of asking' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /^Only for me\s*\(this note\)$/ }));
    expect(screen.getAllByText('Kept with your answers and shown only to you, never to Sam.').length).toBeGreaterThan(0);
    await waitFor(() =>
      expect(saveDraft).toHaveBeenLastCalledWith('rel-1', {
        dimensions: { ...initiationNote('').dimensions, initiation: { note: 'I am tired of asking', private: true, picture: NO_PICTURE } },
      }),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Step 7:\s?Review/ })));
    expect(screen.getByText('Only you see this')).toBeTruthy();
  });

  it('speaks of a solo round as the person’s own', async () => {
    const solo: RelationshipView = { ...view, partner: null, solo: true, round: { ...view.round, solo: true } };
    render(<Rating view={solo} partnerName="Mum" onView={() => undefined} />, inLanguage());
    expect(screen.getByText('Just for you: nobody else will ever see this check-in.')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Step 7:\s?Review/ })));
    expect(screen.getByRole('button', { name: 'Finish my reflection' })).toBeTruthy();
    expect(screen.getByText(/stays yours even if you invite Mum later/)).toBeTruthy();
  });
});
