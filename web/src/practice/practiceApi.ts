// The practice endpoints of the HTTP contract (docs/api.md, "Practice"), and the pre-read of a session.
import { ApiError, request, requestHeaders } from '../api';
import type { RequestBody } from '../api/contract';
import { storedKey } from '../identity';
import type { SessionKind, SessionView } from '../sessions/types';
import type { Household, HouseholdChange, HouseholdMovement, PracticeHome, PreReads, StartedSession } from './types';

const household = (id: string) => `/api/practice/households/${encodeURIComponent(id)}`;
const session = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

export const practiceApi = {
  home: (archived = false) => request<PracticeHome>('GET', `/api/practice${archived ? '?archived=true' : ''}`),
  setFacilitates: (facilitates: boolean) => request<PracticeHome>('PUT', '/api/practice', { facilitates } satisfies RequestBody<'/api/practice', 'put'>),
  addHousehold: (name: string, kind: SessionKind) => request<Household>('POST', '/api/practice/households', { name, kind } satisfies RequestBody<'/api/practice/households', 'post'>),
  change: (id: string, change: HouseholdChange) => request<Household>('PATCH', household(id), change),
  remove: (id: string) => request<void>('DELETE', household(id)),
  startSession: (id: string, title: string) => request<StartedSession>('POST', `${household(id)}/sessions`, { title } satisfies RequestBody<'/api/practice/households/{householdId}/sessions', 'post'>),
  sharePreRead: (sessionId: string, shared: boolean) => request<SessionView>('PUT', `${session(sessionId)}/pre-read`, { shared } satisfies RequestBody<'/api/sessions/{sessionId}/pre-read', 'put'>),
  begin: (sessionId: string) => request<SessionView>('POST', `${session(sessionId)}/begin`),
  preReads: (sessionId: string) => request<PreReads>('GET', `${session(sessionId)}/pre-reads`),
  movement: (id: string) => request<HouseholdMovement>('GET', `${household(id)}/movement`),
  /** The whole practice as JSON, for a download made in the browser. */
  exportBlob: async (): Promise<Blob> => {
    const res = await fetch('/api/practice/export', {
      headers: requestHeaders('application/json', storedKey()),
      credentials: 'omit',
    }).catch(() => {
      throw new ApiError(0, { title: 'Network error' });
    });
    if (!res.ok) throw new ApiError(res.status, { status: res.status, title: res.statusText });
    return res.blob();
  },
};
