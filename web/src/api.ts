// The HTTP contract (docs/api.md). Every call but creating a person carries the bearer key.
import { requestLanguage } from './i18n/deviceLanguage';
import { storedKey } from './identity';
import type { IntlShape } from 'react-intl';
import type { MessageId } from './i18n/messageIds';
import { normalizeFieldPath } from './validation';
import type { RequestBody } from './api/contract';
import type { Language } from './i18n/languages';
import type { DraftSaved, RoundAnswer } from './relationship/roundAnswer';
import type {
  CreatedPerson,
  Help,
  CreatedRelationship,
  HistoryPage,
  Invitation,
  Invite,
  Me,
  NewRelationship,
  Perspective,
  Reading,
  RelationshipView,
  Timeline,
  RoundTraces,
} from './types';

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[] | string>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;
  /** Validation messages keyed by the app's field paths ("dimensions.initiation.note"). */
  readonly fieldErrors: Record<string, string[]>;
  /** How long the server asked us to wait before trying again (its Retry-After), if it said. */
  readonly retryAfterMs: number | null;

  constructor(status: number, problem: ProblemDetails, retryAfterMs: number | null = null) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfterMs = retryAfterMs;
    this.fieldErrors = {};
    for (const [raw, messages] of Object.entries(problem.errors ?? {})) {
      const path = normalizeFieldPath(raw);
      const list = Array.isArray(messages) ? messages : [String(messages)];
      this.fieldErrors[path] = [...(this.fieldErrors[path] ?? []), ...list];
    }
  }

  /** No answer at all: offline, or the server could not be reached. */
  get isNetwork(): boolean {
    return this.status === 0;
  }

  /**
   * "Not now": a server failing over or unable to save answers 503 (a proxy whose server just went away, 502 or 504).
   * Nothing is wrong with the request; the same request later will do.
   */
  get isRecovering(): boolean {
    return this.status === 502 || this.status === 503 || this.status === 504;
  }
}

/** Retry-After in milliseconds: seconds, or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * A sentence to show when an error has no field to sit next to, in the reader's language (`intl`, which every caller
 * passes). The server's own problem words already follow the language the request asked for.
 */
export function friendlyError(e: unknown, intl: IntlShape): string {
  const say = (id: MessageId) => intl.formatMessage({ id });
  if (!(e instanceof ApiError)) return say('app.friendlyError.unexpected');
  if (e.isNetwork) return say('app.friendlyError.network');
  if (e.status === 401) return say('app.friendlyError.linkLost');
  if (e.status === 404) return say('app.friendlyError.notFound');
  if (e.status === 429) return say('app.friendlyError.tooMany');
  if (e.status === 413) return say('app.friendlyError.tooLong');
  if (e.isRecovering) return say('app.friendlyError.recovering');
  if (e.status >= 500) return say('app.friendlyError.server');
  return e.problem.detail || e.problem.title || say('app.friendlyError.other');
}

/** Every request's headers: what it accepts, the language the person reads (problem titles follow it), their key. */
export function requestHeaders(accept: string, key: string | null): Record<string, string> {
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': requestLanguage() };
  if (key) headers.Authorization = `Bearer ${key}`;
  return headers;
}

let onUnauthorized: (() => void) | null = null;
export const setUnauthorizedHandler = (fn: (() => void) | null) => {
  onUnauthorized = fn;
};

export interface RequestOptions {
  auth?: boolean;
  /** Sends as this person whoever the browser holds now (a draft belongs to the person who wrote it). */
  as?: string;
  keepalive?: boolean;
  signal?: AbortSignal;
  /** Asks in this language (Accept-Language) instead of the one the app shows now. */
  language?: Language;
}

/** A read that meets a server failing over is asked again this many times, after the wait the server names. */
const readAttempts = 4;
const longestWaitMs = 5000;

export async function request<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await requestOnce<T>(method, path, body, opts);
    } catch (e) {
      if (method !== 'GET' || attempt >= readAttempts || !(e instanceof ApiError) || !e.isRecovering) throw e;
      await new Promise((resolve) => setTimeout(resolve, Math.min(e.retryAfterMs ?? 1000, longestWaitMs)));
    }
  }
}

async function requestOnce<T>(method: string, path: string, body: unknown, opts: RequestOptions): Promise<T> {
  const headers = requestHeaders('application/json', opts.auth === false ? null : (opts.as ?? storedKey()));
  if (opts.language) headers['Accept-Language'] = opts.language;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      keepalive: opts.keepalive,
      signal: opts.signal,
      credentials: 'omit',
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: 'Network error' });
  }
  if (!res.ok) {
    let problem: ProblemDetails = { status: res.status, title: res.statusText };
    try {
      const text = await res.text();
      if (text) problem = { ...problem, ...(JSON.parse(text) as ProblemDetails) };
    } catch {
      /* a body that is not JSON: keep the status line */
    }
    throw refusal(res.status, problem, opts, retryAfterMs(res.headers.get('Retry-After')));
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** A refusal as an error, whichever way it came (an HTTP answer, or a hub method's `HubAnswer`). */
export function refusal(status: number, problem: ProblemDetails | null, opts: RequestOptions = {}, retryAfter: number | null = null): ApiError {
  // Someone who signed out or was deleted meanwhile is not this browser's person now: their 401 says nothing about it.
  if (status === 401 && opts.auth !== false && (opts.as === undefined || opts.as === storedKey())) onUnauthorized?.();
  return new ApiError(status, { status, ...(problem ?? {}) }, retryAfter);
}

const rel = (id: string) => `/api/relationships/${encodeURIComponent(id)}`;

export const api = {
  // The language the person reads now is stored with them (the generated contract gains `language` with the host's).
  createPerson: (displayName: string) =>
    request<CreatedPerson>('POST', '/api/people', { ...({ displayName } satisfies RequestBody<'/api/people', 'post'>), language: requestLanguage() }, { auth: false }),
  me: () => request<Me>('GET', '/api/me'),
  setLanguage: (language: Language) => request<{ language: Language }>('PUT', '/api/me/language', { language }),
  rotateKey: () => request<{ accessKey: string }>('POST', '/api/me/key'),
  createRelationship: (r: NewRelationship) => request<CreatedRelationship>('POST', '/api/relationships', r),
  reading: () => request<Reading>('GET', '/api/me/reading'),
  invitation: (code: string) =>
    request<Invitation>('GET', `/api/invites/${encodeURIComponent(code)}`, undefined, { auth: false }),
  acceptInvite: (code: string) =>
    request<RelationshipView>('POST', `/api/invites/${encodeURIComponent(code)}/accept`),
  relationship: (id: string) => request<RelationshipView>('GET', rel(id)),
  saveDraft: (id: string, patch: Perspective, opts?: RequestOptions) =>
    request<DraftSaved>('PUT', `${rel(id)}/draft`, patch, opts),
  submit: (id: string) => request<RoundAnswer>('POST', `${rel(id)}/submit`),
  newRound: (id: string) => request<RoundAnswer>('POST', `${rel(id)}/rounds`),
  appreciation: (id: string, round: number, text: string) =>
    request<RoundTraces>('PUT', `${rel(id)}/rounds/${round}/appreciation`, { text } satisfies RequestBody<'/api/relationships/{relationshipId}/rounds/{number}/appreciation', 'put'>),
  smallThing: (id: string, round: number, text: string) =>
    request<RoundTraces>('PUT', `${rel(id)}/rounds/${round}/small-thing`, { text } satisfies RequestBody<'/api/relationships/{relationshipId}/rounds/{number}/small-thing', 'put'>),
  /** `replace`: a new link while one is out (the old one then stops working); without it, an open invite answers 409. */
  invite: (id: string, replace = false) => request<Invite>('POST', `${rel(id)}/invite${replace ? '?replace=true' : ''}`),
  confirm: (id: string) => request<RoundAnswer>('POST', `${rel(id)}/confirm`),
  withdraw: (id: string) => request<RoundAnswer>('POST', `${rel(id)}/withdraw`),
  openTogether: (id: string) => request<RelationshipView>('PUT', `${rel(id)}/reveal-policy`, { revealPolicy: 'together' } satisfies RequestBody<'/api/relationships/{relationshipId}/reveal-policy', 'put'>),
  keepPrivate: (id: string) => request<{ reflectionId: string }>('POST', `${rel(id)}/keep-private`),
  help: (language?: Language) => request<Help>('GET', '/api/help', undefined, { auth: false, language }),
  revokeInvite: (id: string) => request<void>('DELETE', `${rel(id)}/invite`),
  removePartner: (id: string) => request<RelationshipView>('DELETE', `${rel(id)}/partner`),
  leave: (id: string) => request<void>('POST', `${rel(id)}/leave`),
  exportMine: () => requestBlob('/api/me/export'),
  deleteMe: () => request<void>('DELETE', '/api/me'),
  history: (id: string, before: number | null, limit = 20) =>
    request<HistoryPage>('GET', `${rel(id)}/history?${before === null ? '' : `before=${before}&`}limit=${limit}`),
  timeline: (id: string) => request<Timeline>('GET', `${rel(id)}/timeline`),
  proposeCheckIn: (id: string, date: string) => request<RelationshipView>('PUT', `${rel(id)}/next-check-in`, { date } satisfies RequestBody<'/api/relationships/{relationshipId}/next-check-in', 'put'>),
  acceptCheckIn: (id: string) => request<RelationshipView>('POST', `${rel(id)}/next-check-in/accept`),
  withdrawCheckIn: (id: string) => request<void>('DELETE', `${rel(id)}/next-check-in`),
  checkInCalendar: (id: string) => requestBlob(`${rel(id)}/next-check-in.ics`, 'reciprocity-check-in.ics'),
  setEmail: (email: string) =>
    request<{ email: string | null; pendingEmail: string | null; pendingUntil: string | null }>('PUT', '/api/me/email', { email } satisfies RequestBody<'/api/me/email', 'put'>),
  removeEmail: () => request<void>('DELETE', '/api/me/email'),
  askSignInLink: (email: string) => request<{ message: string }>('POST', '/api/sign-in/email', { email } satisfies RequestBody<'/api/sign-in/email', 'post'>, { auth: false }),
  completeSignIn: (token: string, deviceSecret: string) =>
    request<{ accessKey: string }>('POST', `/api/sign-in/complete/${encodeURIComponent(token)}`, { deviceSecret } satisfies RequestBody<'/api/sign-in/complete/{token}', 'post'>, { auth: false }),
};

/** A download: the body as it came, and the file name the server suggests. */
async function requestBlob(path: string, defaultName = 'reciprocity-export.json'): Promise<{ blob: Blob; fileName: string }> {
  const key = storedKey();
  let res: Response;
  try {
    res = await fetch(path, { headers: requestHeaders('*/*', key), credentials: 'omit' });
  } catch {
    throw new ApiError(0, { title: 'Network error' });
  }
  if (!res.ok) {
    if (res.status === 401) onUnauthorized?.();
    throw new ApiError(res.status, { status: res.status, title: res.statusText }, retryAfterMs(res.headers.get('Retry-After')));
  }
  const named = /filename="?([^";]+)"?/.exec(res.headers.get('Content-Disposition') ?? '');
  return { blob: await res.blob(), fileName: named?.[1] ?? defaultName };
}
