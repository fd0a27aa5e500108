// Saves a draft within a second of any change: the changed top-level fields only, one request at a
// time, with a copy on this device first so that a refresh or a lost connection loses no word.
import type { IntlShape } from 'react-intl';
import { ApiError } from '../api';
import { changedFields, toPatch, type LocalDraft, type TopField } from './perspective';
import type { Perspective } from '../types';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'recovering' } // the server said "not now" (503): tried again quietly after the wait it named
  | { kind: 'saved'; at: number }
  | { kind: 'offline' }
  | { kind: 'held' } // only fields that fail local checks are unsaved
  | { kind: 'invalid'; error: ApiError }
  | { kind: 'closed'; error: ApiError }
  | { kind: 'failed'; error: unknown };

export interface SaverDeps {
  send: (patch: Perspective, keepalive: boolean) => Promise<unknown>;
  /** Writes the local copy; `dirty` lists fields the server does not have yet. */
  persist: (draft: LocalDraft, dirty: TopField[]) => void;
  /** Fields that must not be sent now (they fail local validation). */
  held?: (draft: LocalDraft) => Set<TopField>;
  quietMs?: number; // wait for a pause in typing this long…
  maxWaitMs?: number; // …but never longer than this after the first unsaved change
  retryMs?: number;
  /** Longest wait between tries while the server is recovering, whatever its Retry-After says. */
  longestRetryMs?: number;
  /** How long settle() waits for a recovering server before it gives up and reports it. */
  settleWithinMs?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class DraftSaver {
  private draft: LocalDraft;
  private dirty = new Set<TopField>();
  private inFlight = false;
  private timer: unknown = null;
  private firstUnsavedAt: number | null = null;
  private state: SaveState = { kind: 'idle' };
  private listeners = new Set<(s: SaveState) => void>();
  private disposed = false;
  private readonly d: Required<SaverDeps>;

  constructor(initial: LocalDraft, deps: SaverDeps, initiallyDirty: TopField[] = []) {
    this.d = {
      held: () => new Set(),
      quietMs: 500,
      maxWaitMs: 900,
      retryMs: 2000,
      longestRetryMs: 10_000,
      settleWithinMs: 15_000,
      now: () => Date.now(),
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      // an option passed as undefined keeps its default
      ...(Object.fromEntries(Object.entries(deps).filter(([, v]) => v !== undefined)) as SaverDeps),
    };
    this.draft = initial;
    for (const f of initiallyDirty) this.dirty.add(f);
    if (this.dirty.size > 0) this.schedule(0);
  }

  get current(): LocalDraft {
    return this.draft;
  }

  get saveState(): SaveState {
    return this.state;
  }

  get hasUnsaved(): boolean {
    return this.dirty.size > 0 || this.inFlight;
  }

  subscribe(fn: (s: SaveState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  update(next: LocalDraft): void {
    if (this.disposed || this.state.kind === 'closed') return;
    const changed = changedFields(this.draft, next);
    this.draft = next;
    if (changed.length === 0) return;
    for (const f of changed) this.dirty.add(f);
    this.d.persist(this.draft, [...this.dirty]);
    if (this.firstUnsavedAt === null) this.firstUnsavedAt = this.d.now();
    const waited = this.d.now() - this.firstUnsavedAt;
    this.schedule(Math.max(0, Math.min(this.d.quietMs, this.d.maxWaitMs - waited)));
    if (!this.inFlight) this.setState({ kind: 'pending' });
  }

  /** Sends what is unsaved now. With keepalive the request outlives the page (used on pagehide). */
  async flush(keepalive = false): Promise<void> {
    this.clearTimer();
    if (this.disposed && !keepalive) return;
    if (this.inFlight && !keepalive) return; // the running save re-flushes when it ends
    const held = this.d.held(this.draft);
    const fields = [...this.dirty].filter((f) => !held.has(f));
    if (fields.length === 0) {
      if (this.dirty.size > 0) this.setState({ kind: 'held' });
      else if (this.state.kind === 'pending') this.setState({ kind: 'saved', at: this.d.now() });
      return;
    }
    for (const f of fields) this.dirty.delete(f);
    this.firstUnsavedAt = this.dirty.size > 0 ? this.d.now() : null;
    const patch = toPatch(this.draft, fields);
    this.inFlight = true;
    this.setState({ kind: 'saving' });
    try {
      await this.d.send(patch, keepalive);
      this.inFlight = false;
      if (this.dirty.size === 0) {
        this.d.persist(this.draft, []);
        this.setState({ kind: 'saved', at: this.d.now() });
      } else {
        this.setState({ kind: 'pending' });
        this.schedule(0);
      }
    } catch (e) {
      this.inFlight = false;
      for (const f of fields) this.dirty.add(f);
      this.d.persist(this.draft, [...this.dirty]);
      if (e instanceof ApiError && e.status === 409) {
        this.setState({ kind: 'closed', error: e });
      } else if (e instanceof ApiError && e.status === 400) {
        this.setState({ kind: 'invalid', error: e }); // waits for the next change
      } else if (e instanceof ApiError && e.isRecovering) {
        // Not a failure: the service is failing over or cannot save for a moment. The words stay "Saving…".
        this.setState({ kind: 'recovering' });
        this.schedule(Math.min(e.retryAfterMs ?? this.d.retryMs, this.d.longestRetryMs));
      } else {
        const offline = e instanceof ApiError && e.isNetwork;
        this.setState(offline ? { kind: 'offline' } : { kind: 'failed', error: e });
        this.schedule(this.d.retryMs);
      }
    }
  }

  /**
   * Saves everything now; resolves once nothing is unsaved, or with the state that stopped it. A recovering server is
   * waited for (its retries run on their timer) for up to settleWithinMs.
   */
  async settle(): Promise<SaveState> {
    const giveUpAt = this.d.now() + this.d.settleWithinMs;
    for (let i = 0; i < 50; i++) {
      if (this.inFlight) {
        await this.nextState(() => !this.inFlight);
        continue;
      }
      if (this.state.kind === 'recovering') {
        if (this.d.now() >= giveUpAt) return this.state;
        await this.nextState(() => this.state.kind !== 'recovering', giveUpAt - this.d.now());
        continue;
      }
      const before = this.dirty.size;
      if (before === 0) return this.state;
      await this.flush();
      if (['invalid', 'held', 'closed', 'failed', 'offline'].includes(this.state.kind)) return this.state;
      if (this.saveState.kind === 'recovering') continue; // flush() just met a 503: waited for above
      if (this.dirty.size >= before) return this.state; // only held (locally invalid) fields remain
    }
    return this.state;
  }

  /** Resolves at the first state change that satisfies `done`, or after `withinMs` when given. */
  private nextState(done: () => boolean, withinMs?: number): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: unknown = null;
      const off = this.subscribe(() => {
        if (done()) finish();
      });
      const finish = () => {
        off();
        if (timer !== null) this.d.clearTimer(timer);
        resolve();
      };
      if (withinMs !== undefined) timer = this.d.setTimer(finish, withinMs);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.listeners.clear();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = this.d.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.d.clearTimer(this.timer);
    this.timer = null;
  }

  private setState(s: SaveState): void {
    this.state = s;
    for (const fn of this.listeners) fn(s);
  }
}

export function saveStateWords(intl: IntlShape, s: SaveState): string {
  return intl.formatMessage({ id: 'relationship.SaveIndicator.state' }, { state: s.kind });
}

// The local copy, per person, relationship and round: on a shared browser one person's unsent words never meet
// another's form. It holds only what the server does not have yet, and goes once the server has it all.
const localKey = (personId: string, relationshipId: string, round: number) =>
  `reciprocity.draft.${personId}.${relationshipId}.${round}`;

export interface LocalCopy {
  /** Only the fields listed in `dirty` are kept. */
  draft: Partial<LocalDraft>;
  dirty: TopField[];
}

export function readLocalCopy(personId: string, relationshipId: string, round: number, storage: Storage = localStorage): LocalCopy | null {
  try {
    const raw = storage.getItem(localKey(personId, relationshipId, round));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

/** Keeps the unsent fields of a draft on this device; with nothing unsent, removes the copy. */
export function writeLocalCopy(
  personId: string,
  relationshipId: string,
  round: number,
  copy: { draft: LocalDraft | Partial<LocalDraft>; dirty: TopField[] },
  storage: Storage = localStorage,
): void {
  if (copy.dirty.length === 0) {
    clearLocalCopy(personId, relationshipId, round, storage);
    return;
  }
  const unsent: Partial<LocalDraft> = {};
  for (const f of copy.dirty) (unsent as Record<string, unknown>)[f] = copy.draft[f];
  try {
    storage.setItem(localKey(personId, relationshipId, round), JSON.stringify({ draft: unsent, dirty: copy.dirty }));
  } catch {
    /* storage full or blocked: the server copy still saves */
  }
}

export function clearLocalCopy(personId: string, relationshipId: string, round: number, storage: Storage = localStorage): void {
  try {
    storage.removeItem(localKey(personId, relationshipId, round));
  } catch {
    /* nothing to clear */
  }
}

/** The server's draft with any unsent local fields laid over it. */
export function mergeLocal(server: LocalDraft, local: LocalCopy | null): { draft: LocalDraft; dirty: TopField[] } {
  if (!local || local.dirty.length === 0) return { draft: server, dirty: [] };
  const draft = { ...server } as LocalDraft;
  const dirty = local.dirty.filter((f) => local.draft[f] !== undefined);
  for (const f of dirty) (draft as unknown as Record<string, unknown>)[f] = local.draft[f];
  return { draft, dirty };
}
