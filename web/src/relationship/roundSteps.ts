// A round's steps (save a draft, submit, withdraw, confirm, start a round) over the hub connection the page already
// holds, or over HTTP (the public API) when it has none. Screens call these and never know which way was taken.
import { api, ApiError, refusal, type ProblemDetails, type RequestOptions } from '../api';
import { isUnavailable, live } from '../hub';
import { isSealed } from './liveView';
import { withRoundAnswer, type DraftSaved, type RoundAnswer } from './roundAnswer';
import type { Perspective, RelationshipView } from '../types';

/** What a hub method for a step answers: the status the HTTP endpoint would have answered, and its body. */
export interface HubAnswer {
  status: number;
  body: unknown;
}

/** The hub as the steps use it (`live`, the page's one connection). */
export interface StepChannel {
  canTakeSteps(as?: string): boolean;
  invokeStep<T>(method: string, ...args: unknown[]): Promise<T>;
}

/** A hub answer read as the same HTTP answer would be: its body for a 2xx, the very same error otherwise. */
export function fromHubAnswer<T>(answer: HubAnswer, opts: RequestOptions = {}): T {
  if (answer.status >= 200 && answer.status < 300) return answer.body as T;
  const problem = answer.body !== null && typeof answer.body === 'object' ? (answer.body as ProblemDetails) : null;
  throw refusal(answer.status, problem, opts);
}

/** The hub's "Unavailable:" is the 503 the same request over HTTP would have met, and is tried again the same way. */
const notNow = () => new ApiError(503, { status: 503, title: 'Not now' });

/**
 * A hub message over 64 KiB ends the connection (HTTP takes more): a patch that large, rare but possible with long
 * texts in many fields, goes over HTTP.
 */
export const hubMessageLimit = 60 * 1024;
const tooLargeForHub = (patch: Perspective): boolean => new TextEncoder().encode(JSON.stringify(patch)).length > hubMessageLimit;

/** `unsent`: no connection to use; `uncertain`: the call failed without an answer (it may have been applied). */
type HubOutcome<T> = { kind: 'answered'; value: T } | { kind: 'unsent' } | { kind: 'uncertain' };

export function createRoundSteps(channel: StepChannel) {
  async function overHub<T>(method: string, args: unknown[], opts: RequestOptions = {}): Promise<HubOutcome<T>> {
    if (!channel.canTakeSteps(opts.as)) return { kind: 'unsent' };
    let answer: HubAnswer;
    try {
      answer = await channel.invokeStep<HubAnswer>(method, ...args);
    } catch (e) {
      if (isUnavailable(e)) throw notNow();
      return { kind: 'uncertain' }; // the connection dropped, or the hub refused the call itself: HTTP answers in its own words
    }
    return { kind: 'answered', value: fromHubAnswer<T>(answer, opts) };
  }

  /** A step that is safe to send twice (a draft merges; a second submit changes nothing): on any doubt, HTTP. */
  async function safe<T>(method: string, args: unknown[], http: () => Promise<T>, opts?: RequestOptions, httpOnly = false): Promise<T> {
    const hub: HubOutcome<T> = httpOnly ? { kind: 'unsent' } : await overHub<T>(method, args, opts);
    return hub.kind === 'answered' ? hub.value : http();
  }

  /**
   * A step that may or may not have been applied when the connection dropped: the view says whether it is still to do
   * before it is sent again over HTTP.
   */
  async function once(view: RelationshipView, method: string, http: (id: string) => Promise<RoundAnswer>, stillToDo: (now: RelationshipView) => boolean): Promise<RelationshipView> {
    const id = view.relationshipId;
    const hub = await overHub<RoundAnswer>(method, [id]);
    if (hub.kind === 'answered') return withRoundAnswer(view, hub.value);
    if (hub.kind === 'uncertain') {
      const now = await api.relationship(id);
      if (!stillToDo(now)) return now;
    }
    return withRoundAnswer(view, await http(id));
  }

  const sameRound = (view: RelationshipView, now: RelationshipView) => now.round.number === view.round.number && !now.round.revealed;

  return {
    saveDraft: (id: string, patch: Perspective, opts: RequestOptions = {}): Promise<DraftSaved> =>
      // keepalive: only HTTP outlives the page
      safe<DraftSaved>('SaveDraft', [id, patch], () => api.saveDraft(id, patch, opts), opts, opts.keepalive === true || tooLargeForHub(patch)),
    submit: async (view: RelationshipView): Promise<RelationshipView> => {
      const id = view.relationshipId;
      return withRoundAnswer(view, await safe<RoundAnswer>('Submit', [id], () => api.submit(id)));
    },
    withdraw: (view: RelationshipView) => once(view, 'Withdraw', api.withdraw, (now) => sameRound(view, now) && isSealed(now.round.myStatus)),
    confirm: (view: RelationshipView) => once(view, 'Confirm', api.confirm, (now) => sameRound(view, now) && now.round.myStatus === 'submitted'),
    startRound: (view: RelationshipView) => once(view, 'StartRound', api.newRound, (now) => now.round.number === view.round.number),
  };
}

export type RoundSteps = ReturnType<typeof createRoundSteps>;

/** The steps this page takes, over its one hub connection. */
export const roundSteps: RoundSteps = createRoundSteps(live);
