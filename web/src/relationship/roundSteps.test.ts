import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { DraftSaver } from './draftSaver';
import { emptyDraft } from './perspective';
import type { DraftSaved, RoundAnswer } from './roundAnswer';
import { createRoundSteps, fromHubAnswer, hubMessageLimit, type HubAnswer, type StepChannel } from './roundSteps';
import type { RelationshipView } from '../types';

const KEY = 'alex-key';
const dropped = () => new Error('Invocation canceled due to the underlying connection being closed.');
const hubError = (message: string) => new Error(`An unexpected error occurred invoking 'SaveDraft' on the server. HubException: ${message}`);

const view: RelationshipView = {
  relationshipId: 'rel-1',
  kind: 'partner',
  label: 'Us',
  me: { personId: 'me', displayName: 'Alex' },
  partner: { personId: 'them', displayName: 'Sam' },
  round: { number: 1, myStatus: 'submitted', partnerStatus: 'inProgress', myDraft: { overall: 3 }, revealed: false, reveal: null },
  history: [],
};
const lean = (round: Partial<RelationshipView['round']>): RoundAnswer => {
  const answer: RoundAnswer = { ...view, round: { ...view.round, ...round } };
  delete answer.history;
  return answer;
};
const saved: DraftSaved = {
  relationshipId: 'rel-1',
  round: { number: 1, myStatus: 'inProgress', partnerStatus: 'inProgress', revealed: false, ready: false },
  saved: { overall: 3 },
};

/** The page's hub connection, connected or not, answering each step with what the test gives it. */
function fakeHub(answer: (method: string, args: unknown[]) => Promise<HubAnswer>) {
  const calls: { method: string; args: unknown[] }[] = [];
  const hub = {
    connected: true,
    calls,
    canTakeSteps: (as?: string) => hub.connected && (as ?? localStorage.getItem('reciprocity.accessKey')) === KEY,
    invokeStep: <T,>(method: string, ...args: unknown[]) => {
      calls.push({ method, args });
      return answer(method, args) as Promise<T>;
    },
  };
  return hub satisfies StepChannel;
}

/** HTTP as the server answers it; each request is recorded. */
function fakeHttp(answer: (method: string, url: string) => { status: number; body?: unknown } | 'offline') {
  const requests: { method: string; url: string; body: unknown; keepalive: boolean }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    requests.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : undefined, keepalive: init.keepalive === true });
    const a = answer(method, url);
    if (a === 'offline') throw new TypeError('Failed to fetch');
    return new Response(a.body === undefined ? null : JSON.stringify(a.body), { status: a.status, headers: { 'Content-Type': 'application/json' } });
  });
  return requests;
}

describe('which way a round’s step goes', () => {
  beforeEach(() => localStorage.setItem('reciprocity.accessKey', KEY));
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('goes over the hub while it is connected, and HTTP sees nothing', async () => {
    const hub = fakeHub(async () => ({ status: 200, body: saved }));
    const http = fakeHttp(() => ({ status: 500 }));
    const steps = createRoundSteps(hub);
    await expect(steps.saveDraft('rel-1', { overall: 3 }, { as: KEY })).resolves.toEqual(saved);
    expect(hub.calls).toEqual([{ method: 'SaveDraft', args: ['rel-1', { overall: 3 }] }]);
    expect(http).toEqual([]);
  });

  it('goes over HTTP when the hub is not connected, when it speaks for another person, and when the page is closing', async () => {
    const hub = fakeHub(async () => ({ status: 200, body: saved }));
    const http = fakeHttp(() => ({ status: 200, body: saved }));
    const steps = createRoundSteps(hub);
    hub.connected = false;
    await steps.saveDraft('rel-1', { overall: 3 });
    hub.connected = true;
    await steps.saveDraft('rel-1', { overall: 3 }, { as: 'someone-else' });
    await steps.saveDraft('rel-1', { overall: 3 }, { keepalive: true });
    expect(hub.calls).toEqual([]);
    expect(http.map((r) => [r.method, r.url, r.keepalive])).toEqual([
      ['PUT', '/api/relationships/rel-1/draft', false],
      ['PUT', '/api/relationships/rel-1/draft', false],
      ['PUT', '/api/relationships/rel-1/draft', true],
    ]);
  });

  it('sends a draft too large for one hub message over HTTP', async () => {
    const hub = fakeHub(async () => ({ status: 200, body: saved }));
    const http = fakeHttp(() => ({ status: 200, body: saved }));
    const long = '€'.repeat(4000); // three bytes each in UTF-8
    const patch = { picture: { text: long }, season: { note: long }, dimensions: { initiation: { note: long, picture: { text: long } }, depth: { note: long, picture: { text: long } } } };
    expect(new TextEncoder().encode(JSON.stringify(patch)).length).toBeGreaterThan(hubMessageLimit);
    await createRoundSteps(hub).saveDraft('rel-1', patch);
    expect(hub.calls).toEqual([]);
    expect(http).toHaveLength(1);
  });

  it('sends a draft again over HTTP when the hub drops mid-call', async () => {
    const hub = fakeHub(() => Promise.reject(dropped()));
    const http = fakeHttp(() => ({ status: 200, body: saved }));
    await expect(createRoundSteps(hub).saveDraft('rel-1', { overall: 3 })).resolves.toEqual(saved);
    expect(hub.calls).toHaveLength(1);
    expect(http.map((r) => r.body)).toEqual([{ overall: 3 }]);
  });

  it('merges a submit’s answer into the view held, over either path', async () => {
    const reveal = { revealedAt: '2026-02-01T00:00:00Z', mine: { overall: 3 }, theirs: { overall: 4 } };
    const revealed = lean({ revealed: true, reveal, partnerStatus: 'submitted' });
    const hub = fakeHub(async () => ({ status: 200, body: revealed }));
    fakeHttp(() => ({ status: 200, body: revealed }));
    const steps = createRoundSteps(hub);
    const overHub = await steps.submit(view);
    hub.connected = false;
    const overHttp = await steps.submit(view);
    for (const merged of [overHub, overHttp]) expect(merged.history).toEqual([{ number: 1, solo: false, ...reveal }]);
  });

  it('looks at the view before taking back a submission again after a dropped call', async () => {
    const hub = fakeHub(() => Promise.reject(dropped()));
    let current: RelationshipView = { ...view, round: { ...view.round, myStatus: 'inProgress' } };
    const http = fakeHttp((method) => (method === 'GET' ? { status: 200, body: current } : { status: 200, body: lean({ myStatus: 'inProgress' }) }));
    const steps = createRoundSteps(hub);
    // The withdrawal arrived before the connection dropped: it is not sent twice.
    await expect(steps.withdraw(view)).resolves.toEqual(current);
    expect(http.map((r) => r.method)).toEqual(['GET']);
    // It did not arrive: it goes over HTTP.
    current = view;
    http.length = 0;
    await expect(steps.withdraw(view)).resolves.toMatchObject({ round: { myStatus: 'inProgress' }, history: [] });
    expect(http.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/relationships/rel-1', 'POST /api/relationships/rel-1/withdraw']);
  });
});

describe('a hub answer read as the same HTTP answer', () => {
  it('gives a 400’s problems for their fields, a 409 and a 404 as the same errors', () => {
    const problem = { title: 'One or more validation errors occurred.', status: 400, errors: { 'dimensions.initiation.note': ['Too long.'] } };
    const e = (() => {
      try {
        fromHubAnswer({ status: 400, body: problem });
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).fieldErrors).toEqual({ 'dimensions.initiation.note': ['Too long.'] });
    for (const status of [404, 409]) expect(() => fromHubAnswer({ status, body: { title: 'No' } })).toThrow(expect.objectContaining({ status }));
    expect(fromHubAnswer({ status: 200, body: saved })).toBe(saved);
  });
});

describe('the draft saver over the hub', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.setItem('reciprocity.accessKey', KEY);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  function saverOver(hub: StepChannel) {
    const steps = createRoundSteps(hub);
    const unsent: string[][] = [];
    const saver = new DraftSaver(emptyDraft(), {
      send: (patch, keepalive) => steps.saveDraft('rel-1', patch, { keepalive, as: KEY }),
      persist: (_d, dirty) => unsent.push(dirty),
    });
    saver.update({ ...saver.current, overall: 3 });
    return { saver, unsent };
  }

  it('loses nothing when the hub drops mid-save and HTTP is offline too: kept here, sent once the way is back', async () => {
    let hubUp = false;
    const hub = fakeHub(() => (hubUp ? Promise.resolve({ status: 200, body: saved }) : Promise.reject(dropped())));
    let online = false;
    const http = fakeHttp(() => (online ? { status: 200, body: saved } : 'offline'));
    const { saver, unsent } = saverOver(hub);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.saveState.kind).toBe('offline');
    expect(unsent.at(-1)).toEqual(['overall']); // still on this device
    hubUp = true;
    online = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(saver.saveState.kind).toBe('saved');
    expect(unsent.at(-1)).toEqual([]);
    expect(hub.calls.map((c) => c.args[1])).toEqual([{ overall: 3 }, { overall: 3 }]);
    expect(http).toHaveLength(1); // the one try while offline
  });

  it('takes the hub’s "Unavailable:" as a 503: "Saving…", and tried again', async () => {
    let tries = 0;
    const hub = fakeHub(() => (++tries === 1 ? Promise.reject(hubError('Unavailable: Reciprocity is recovering.')) : Promise.resolve({ status: 200, body: saved })));
    const http = fakeHttp(() => ({ status: 500 }));
    const { saver } = saverOver(hub);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.saveState.kind).toBe('recovering');
    await vi.advanceTimersByTimeAsync(2000);
    expect(saver.saveState.kind).toBe('saved');
    expect(http).toEqual([]);
  });

  it('shows a 400 beside its field and stops at a 409, as over HTTP', async () => {
    const invalid = { status: 400, body: { status: 400, errors: { 'overall': ['Choose 1 to 5.'] } } };
    const first = saverOver(fakeHub(async () => invalid));
    await vi.advanceTimersByTimeAsync(1000);
    expect(first.saver.saveState).toMatchObject({ kind: 'invalid', error: { fieldErrors: { overall: ['Choose 1 to 5.'] } } });
    const closed = saverOver(fakeHub(async () => ({ status: 409, body: { title: 'This check-in is closed.' } })));
    await vi.advanceTimersByTimeAsync(1000);
    expect(closed.saver.saveState).toMatchObject({ kind: 'closed', error: { status: 409 } });
    expect(closed.unsent.at(-1)).toEqual(['overall']);
  });
});
