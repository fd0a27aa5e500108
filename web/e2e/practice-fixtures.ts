// Reusable steps for a counsellor's journey (docs/api.md, "Practice"): arranged through the API where the UI path is
// covered elsewhere, so a combined counsellor spec can build its scenes from them.
import type { APIRequestContext } from '@playwright/test';
import { auth, claimSeat, codeOf } from './counsellor';
import { expect, type Person } from './fixtures';

export { claimSeat };
/** The seat code at the end of a seat link (`…/seat/{code}`). */
export const seatCodeOf = codeOf;

export async function sayFacilitates(request: APIRequestContext, counsellor: Person): Promise<void> {
  const res = await request.put('/api/practice', { headers: auth(counsellor), data: { facilitates: true } });
  expect(res.status(), await res.text()).toBe(200);
}

/** A household or couple in the counsellor's practice; returns its id. */
export async function createHousehold(request: APIRequestContext, counsellor: Person, name: string, kind: 'couple' | 'family'): Promise<string> {
  const res = await request.post('/api/practice/households', { headers: auth(counsellor), data: { name, kind } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).householdId;
}

export interface HouseholdSession {
  sessionId: string;
  /** The links of the seats carried forward from the household's latest session, by the name the counsellor gave. */
  carried: Record<string, string>;
}

/** The household's next session; seats of its latest session come with it, each waiting for its person. */
export async function startHouseholdSession(request: APIRequestContext, counsellor: Person, householdId: string, title: string): Promise<HouseholdSession> {
  const res = await request.post(`/api/practice/households/${householdId}/sessions`, { headers: auth(counsellor), data: { title } });
  expect(res.status(), await res.text()).toBe(201);
  const started = (await res.json()) as {
    session: { sessionId: string; participants: { seatId: string; name: string }[] };
    carriedSeats: { seatId: string; seatUrl: string }[];
  };
  const names = new Map(started.session.participants.map((p) => [p.seatId, p.name]));
  return {
    sessionId: started.session.sessionId,
    carried: Object.fromEntries(started.carriedSeats.map((s) => [names.get(s.seatId) ?? '', s.seatUrl])),
  };
}

/** A new seat named `name` in the session, taken by `person`. */
export async function seatPerson(request: APIRequestContext, counsellor: Person, sessionId: string, name: string, person: Person): Promise<void> {
  const res = await request.post(`/api/sessions/${sessionId}/participants`, { headers: auth(counsellor), data: { name } });
  expect(res.status(), await res.text()).toBe(201);
  await claimSeat(request, person, (await res.json()).seatUrl);
}

/** The pairs of a session as the counsellor sees them. */
export async function sessionPairs(request: APIRequestContext, counsellor: Person, sessionId: string): Promise<{ pairId: string; relationshipId: string | null }[]> {
  const res = await request.get(`/api/sessions/${sessionId}`, { headers: auth(counsellor) });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()).pairs;
}

/** Opens a ready pair (its two members submitted). */
export async function releasePair(request: APIRequestContext, counsellor: Person, sessionId: string, pairId: string): Promise<void> {
  const res = await request.post(`/api/sessions/${sessionId}/pairs/${pairId}/release`, { headers: auth(counsellor) });
  expect(res.status(), await res.text()).toBe(200);
}
