// The session endpoints of the HTTP contract (docs/api.md, "Facilitated sessions").
import { ApiError, request, requestHeaders, type ProblemDetails } from '../api';
import type { RequestBody } from '../api/contract';
import { storedKey } from '../identity';
import type { FamilySummary, PairRounds, ReleasedRound, RoomStep, SeatInfo, SeatLink, SessionKind, SessionView } from './types';

const session = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;
const seat = (code: string) => `/api/seats/${encodeURIComponent(code)}`;

export type PairsChoice = { everyPair: true } | { pairs: [string, string][] };

export const sessionApi = {
  create: (title: string, kind: SessionKind) => request<SessionView>('POST', '/api/sessions', { title, kind } satisfies RequestBody<'/api/sessions', 'post'>),
  get: (id: string) => request<SessionView>('GET', session(id)),
  addParticipant: (id: string, name: string) => request<SeatLink>('POST', `${session(id)}/participants`, { name } satisfies RequestBody<'/api/sessions/{sessionId}/participants', 'post'>),
  reissueSeat: (id: string, seatId: string) =>
    request<SeatLink>('POST', `${session(id)}/seats/${encodeURIComponent(seatId)}/code`),
  revokeSeat: (id: string, seatId: string) => request<void>('DELETE', `${session(id)}/seats/${encodeURIComponent(seatId)}`),
  choosePairs: (id: string, choice: PairsChoice) => request<SessionView>('PUT', `${session(id)}/pairs`, choice),
  release: (id: string, pairId: string) =>
    request<ReleasedRound>('POST', `${session(id)}/pairs/${encodeURIComponent(pairId)}/release`),
  leaveOut: (id: string, pairId: string, reason: string) =>
    request<SessionView>('POST', `${session(id)}/pairs/${encodeURIComponent(pairId)}/leave-out`, { reason } satisfies RequestBody<'/api/sessions/{sessionId}/pairs/{pairId}/leave-out', 'post'>),
  pair: (id: string, pairId: string) => request<PairRounds>('GET', `${session(id)}/pairs/${encodeURIComponent(pairId)}`),
  saveNotes: (id: string, notes: string) => request<SessionView>('PUT', `${session(id)}/notes`, { notes } satisfies RequestBody<'/api/sessions/{sessionId}/notes', 'put'>),
  nextCheckIn: (id: string) => request<SessionView>('POST', `${session(id)}/check-ins`),
  seat: (code: string) => request<SeatInfo>('GET', seat(code), undefined, { auth: false }),
  claim: (code: string) => request<SessionView>('POST', `${seat(code)}/claim`),
  leave: (id: string) => request<void>('POST', `${session(id)}/leave`),
  stepRoom: (id: string, pairId: string, step: RoomStep) => request<SessionView>('PUT', `${session(id)}/room`, { pairId, step } satisfies RequestBody<'/api/sessions/{sessionId}/room', 'put'>),
  familySummary: (id: string, checkIn: number) => request<FamilySummary>('GET', `${session(id)}/family-summary?checkIn=${checkIn}`),
  /** The report as Markdown text, for a download made in the browser. */
  report: async (id: string, checkIn: number, notes: boolean): Promise<string> => {
    let res: Response;
    try {
      res = await fetch(`${session(id)}/report?checkIn=${checkIn}&notes=${notes}`, {
        headers: requestHeaders('text/markdown', storedKey()),
        credentials: 'omit',
      });
    } catch {
      throw new ApiError(0, { title: 'Network error' });
    }
    if (!res.ok) {
      let problem: ProblemDetails = { status: res.status, title: res.statusText };
      try {
        problem = { ...problem, ...(JSON.parse(await res.text()) as ProblemDetails) };
      } catch {
        /* keep the status line */
      }
      throw new ApiError(res.status, problem);
    }
    return res.text();
  },
};
