import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIntl } from 'react-intl';
import { ApiError } from '../api';
import { CATALOGUES } from '../i18n/catalogues';
import { DraftSaver, mergeLocal, readLocalCopy, saveStateWords, writeLocalCopy, clearLocalCopy, type SaveState } from './draftSaver';
import { emptyDraft, normalize, type LocalDraft, type TopField } from './perspective';
import type { Perspective } from '../types';

const en = createIntl({ locale: 'en', messages: CATALOGUES.en });

const NO_PICTURE = { kind: 'mutualPattern' as const, text: '', private: false };

function setup(
  opts: { fail?: (n: number) => unknown; held?: (d: LocalDraft) => Set<TopField>; dirty?: TopField[]; settleWithinMs?: number } = {},
) {
  const sent: Perspective[] = [];
  const persisted: { draft: LocalDraft; dirty: TopField[] }[] = [];
  const states: SaveState['kind'][] = [];
  let resolveNext: (() => void) | null = null;
  let manual = false;
  const saver = new DraftSaver(
    emptyDraft(),
    {
      send: (patch) => {
        sent.push(patch);
        const err = opts.fail?.(sent.length);
        if (err) return Promise.reject(err);
        if (manual) return new Promise<void>((r) => (resolveNext = r));
        return Promise.resolve();
      },
      persist: (draft, dirty) => persisted.push({ draft, dirty }),
      held: opts.held,
      settleWithinMs: opts.settleWithinMs,
    },
    opts.dirty,
  );
  saver.subscribe((s) => states.push(s.kind));
  return {
    saver,
    sent,
    persisted,
    states,
    holdResponses: () => (manual = true),
    release: () => resolveNext?.(),
  };
}

/** A draft PUT's dimensions as the saver sends them: all four, each with its note. */
const untouched = (note = '') => ({ note, private: false, picture: NO_PICTURE });
const withInitiationNote = (note: string): Perspective => ({
  dimensions: { initiation: untouched(note), depth: untouched(), crisisResponse: untouched(), maintenance: untouched() },
});

const withNote = (d: LocalDraft, note: string): LocalDraft => ({
  ...d,
  dimensions: { ...d.dimensions, initiation: { ...d.dimensions.initiation, note } },
});

describe('DraftSaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps a local copy at once and saves within a second, only the changed field', async () => {
    const { saver, sent, persisted, states } = setup();
    saver.update({ ...saver.current, overall: 3 });
    expect(persisted.at(-1)?.dirty).toEqual(['overall']);
    expect(states).toEqual(['pending']);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([{ overall: 3 }]);
    expect(states.at(-1)).toBe('saved');
    expect(persisted.at(-1)?.dirty).toEqual([]);
    expect(saveStateWords(en, saver.saveState)).toBe('Saved');
  });

  it('saves at least once a second while someone keeps typing', async () => {
    const { saver, sent } = setup();
    let d = saver.current;
    for (let i = 1; i <= 10; i++) {
      d = withNote(d, 'x'.repeat(i));
      saver.update(d);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent[0]).toEqual(withInitiationNote('xxxxx')); // sent 900 ms after the first key
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.at(-1)).toEqual(withInitiationNote('x'.repeat(10)));
  });

  it('loses no keystroke typed while a save is in flight', async () => {
    const t = setup();
    t.holdResponses();
    t.saver.update(withNote(t.saver.current, 'first'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.sent).toHaveLength(1);
    t.saver.update(withNote(t.saver.current, 'first and second'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.sent).toHaveLength(1); // one request at a time
    t.release();
    await vi.advanceTimersByTimeAsync(10);
    expect(t.sent).toHaveLength(2);
    expect(t.sent[1]).toEqual(withInitiationNote('first and second'));
    t.release();
    await vi.advanceTimersByTimeAsync(10);
    expect(t.saver.saveState.kind).toBe('saved');
  });

  it('keeps the change and retries when offline', async () => {
    const t = setup({ fail: (n) => (n === 1 ? new ApiError(0, {}) : undefined) });
    t.saver.update({ ...t.saver.current, overall: 2 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.saver.saveState.kind).toBe('offline');
    expect(t.persisted.at(-1)?.dirty).toEqual(['overall']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.sent).toHaveLength(2);
    expect(t.saver.saveState.kind).toBe('saved');
  });

  it('takes a 503 for a server that is recovering: it keeps saying "Saving…" and tries again after the Retry-After', async () => {
    const t = setup({ fail: (n) => (n === 1 ? new ApiError(503, { title: 'Recovering' }, 3000) : undefined) });
    t.saver.update({ ...t.saver.current, overall: 2 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.saver.saveState.kind).toBe('recovering');
    expect(saveStateWords(en, t.saver.saveState)).toBe('Saving…');
    expect(t.states).not.toContain('failed');
    expect(t.persisted.at(-1)?.dirty).toEqual(['overall']);
    await vi.advanceTimersByTimeAsync(2400); // the save went out at 500 ms: the next one is due at 3,500
    expect(t.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(t.sent).toEqual([{ overall: 2 }, { overall: 2 }]);
    expect(t.saver.saveState.kind).toBe('saved');
  });

  it('waits for a recovering server before a submit, then saves', async () => {
    const t = setup({ fail: (n) => (n <= 2 ? new ApiError(503, {}, 1000) : undefined) });
    t.saver.update({ ...t.saver.current, overall: 3 });
    const settled = t.saver.settle();
    await vi.advanceTimersByTimeAsync(2500);
    await expect(settled).resolves.toMatchObject({ kind: 'saved' });
    expect(t.sent).toHaveLength(3);
  });

  it('gives up waiting for a server that stays unavailable, and says it is still recovering', async () => {
    const t = setup({ fail: () => new ApiError(503, {}, 1000), settleWithinMs: 4000 });
    t.saver.update({ ...t.saver.current, overall: 3 });
    const settled = t.saver.settle();
    await vi.advanceTimersByTimeAsync(4500);
    await expect(settled).resolves.toMatchObject({ kind: 'recovering' });
    expect(t.saver.hasUnsaved).toBe(true);
    expect(t.sent.length).toBeGreaterThanOrEqual(3);
    expect(t.sent.length).toBeLessThanOrEqual(6);
  });

  it('stops on a validation problem until the next change', async () => {
    const problem = new ApiError(400, { errors: { 'Dimensions.Initiation.Note': ['Too long.'] } });
    const t = setup({ fail: (n) => (n === 1 ? problem : undefined) });
    t.saver.update(withNote(t.saver.current, 'bad'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.sent).toHaveLength(1);
    const s = t.saver.saveState;
    expect(s.kind).toBe('invalid');
    if (s.kind === 'invalid') expect(s.error.fieldErrors['dimensions.initiation.note']).toEqual(['Too long.']);
    t.saver.update(withNote(t.saver.current, 'good'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.sent).toHaveLength(2);
    expect(t.saver.saveState.kind).toBe('saved');
  });

  it('reports a closed round (409) and stops saving', async () => {
    const t = setup({ fail: () => new ApiError(409, {}) });
    t.saver.update({ ...t.saver.current, overall: 5 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.saver.saveState.kind).toBe('closed');
    t.saver.update({ ...t.saver.current, overall: 4 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.sent).toHaveLength(1);
  });

  it('holds back fields that fail local checks, and sends the rest', async () => {
    const t = setup({ held: (d) => new Set<TopField>(d.picture.text.includes('\u0001') ? ['picture'] : []) });
    t.saver.update({ ...t.saver.current, overall: 1, picture: { kind: 'boundary', text: 'a\u0001', private: false } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.sent).toEqual([{ overall: 1 }]);
    expect(t.saver.hasUnsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(t.saver.saveState.kind).toBe('held');
    await expect(t.saver.settle()).resolves.toMatchObject({ kind: 'held' });
  });

  it('sends fields left unsaved by a previous page at once', async () => {
    const t = setup({ dirty: ['season'] });
    await vi.advanceTimersByTimeAsync(0);
    expect(t.sent).toEqual([{ season: { kind: 'none', note: '', private: false } }]);
  });

  it('sends a deleted note as an empty one, even on a dimension without a score, so the server clears it', async () => {
    // The server keeps what a save leaves out (docs/api.md, "Drafts merge"): a note must be sent as "" to go.
    const saved = normalize({ dimensions: { depth: { note: 'half a thought' } }, overall: 3 });
    const sent: Perspective[] = [];
    const saver = new DraftSaver(saved, { send: async (patch) => void sent.push(patch), persist: () => undefined });
    saver.update({ ...saved, dimensions: { ...saved.dimensions, depth: { ...saved.dimensions.depth, note: '' } } });
    await saver.settle();
    expect(sent).toEqual([{ dimensions: withInitiationNote('').dimensions }]);
  });

  it('settles everything before a submit', async () => {
    const t = setup();
    t.saver.update({ ...t.saver.current, overall: 4 });
    const settled = await t.saver.settle();
    expect(settled.kind).toBe('saved');
    expect(t.sent).toEqual([{ overall: 4 }]);
    expect(t.saver.hasUnsaved).toBe(false);
  });
});

describe('local copy', () => {
  beforeEach(() => localStorage.clear());

  it('is stored per person, relationship and round, and laid over the server draft', () => {
    const server = emptyDraft();
    server.overall = 5;
    const local = emptyDraft();
    local.overall = 2;
    local.picture.text = 'typed before the refresh';
    writeLocalCopy('alex', 'r', 1, { draft: local, dirty: ['picture'] }, localStorage);
    const copy = readLocalCopy('alex', 'r', 1, localStorage);
    expect(readLocalCopy('alex', 'r', 2, localStorage)).toBeNull();
    const merged = mergeLocal(server, copy);
    expect(merged.draft.overall).toBe(5); // saved already: the server's copy wins
    expect(merged.draft.picture.text).toBe('typed before the refresh');
    expect(merged.dirty).toEqual(['picture']);
    expect(mergeLocal(server, { draft: local, dirty: [] }).draft).toBe(server);
    clearLocalCopy('alex', 'r', 1, localStorage);
    expect(readLocalCopy('alex', 'r', 1, localStorage)).toBeNull();
  });

  it('never reaches another person on the same browser, in the same relationship and round', () => {
    const alexDraft = emptyDraft();
    alexDraft.picture.text = 'alex-unsent-words';
    writeLocalCopy('alex', 'r', 1, { draft: alexDraft, dirty: ['picture'] }, localStorage);
    expect(readLocalCopy('sam', 'r', 1, localStorage)).toBeNull();
    const samForm = mergeLocal(emptyDraft(), readLocalCopy('sam', 'r', 1, localStorage));
    expect(samForm.draft.picture.text).toBe('');
    expect(samForm.dirty).toEqual([]);
  });

  it('keeps only the fields the server does not have yet, and nothing once it has them all', () => {
    const d = emptyDraft();
    d.overall = 2;
    d.picture.text = 'saved-already';
    d.season.note = 'not-sent-yet';
    writeLocalCopy('alex', 'r', 1, { draft: d, dirty: ['season'] }, localStorage);
    const raw = localStorage.getItem('reciprocity.draft.alex.r.1') ?? '';
    expect(raw).toContain('not-sent-yet');
    expect(raw).not.toContain('saved-already');
    writeLocalCopy('alex', 'r', 1, { draft: d, dirty: [] }, localStorage);
    expect(localStorage.length).toBe(0);
  });

  it('is dropped once the server acknowledged the text', async () => {
    const storage = localStorage;
    let ack: () => void = () => undefined;
    const saver = new DraftSaver(emptyDraft(), {
      send: () => new Promise<void>((r) => (ack = r)),
      persist: (draft, dirty) => writeLocalCopy('alex', 'r', 1, { draft, dirty }, storage),
      quietMs: 0,
      maxWaitMs: 0,
    });
    saver.update(withNote(saver.current, 'on its way'));
    expect(readLocalCopy('alex', 'r', 1, storage)?.dirty).toEqual(['dimensions']);
    const settled = saver.settle();
    await Promise.resolve();
    expect(readLocalCopy('alex', 'r', 1, storage)).not.toBeNull(); // not acknowledged yet: still kept
    ack();
    await settled;
    expect(readLocalCopy('alex', 'r', 1, storage)).toBeNull();
    expect(JSON.stringify({ ...storage })).not.toContain('on its way');
  });
});
