import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../i18n/catalogues';
import { applyPairRevealed, applyPairStatusChanged, canStartNextCheckIn, pairStanding, preferSession, readyPairs, whyNotNextCheckIn } from './board';
import type { PairRevealedEvent, PairStatusChangedEvent, SessionPair, SessionView } from './types';

const pair = (over: Partial<SessionPair> = {}): SessionPair => ({
  pairId: 'p1',
  seats: ['s1', 's2'],
  relationshipId: 'r1',
  roundNumber: 1,
  statuses: { s1: 'notStarted', s2: 'notStarted' },
  ready: false,
  revealed: false,
  revealedAt: null,
  ...over,
});

const board = (pairs: SessionPair[] = [pair()], over: Partial<SessionView> = {}): SessionView => ({
  sessionId: 'sess',
  title: 'The Riveras',
  kind: 'family',
  role: 'facilitator',
  facilitator: { personId: 'f', displayName: 'Dr Lee' },
  checkIn: 1,
  participants: [
    { seatId: 's1', name: 'Sam', personId: 'a', claimed: true },
    { seatId: 's2', name: 'Alex', personId: 'b', claimed: true },
    { seatId: 's3', name: 'Kim', personId: 'c', claimed: true },
  ],
  pairs,
  notes: '',
  ...over,
});

const status = (statuses: PairStatusChangedEvent['statuses'], over: Partial<PairStatusChangedEvent> = {}): PairStatusChangedEvent => ({
  sessionId: 'sess',
  pairId: 'p1',
  roundNumber: 1,
  statuses,
  ready: false,
  ...over,
});

const revealed = (over: Partial<PairRevealedEvent> = {}): PairRevealedEvent => ({
  sessionId: 'sess',
  pairId: 'p1',
  relationshipId: 'r1',
  roundNumber: 1,
  revealedAt: '2026-12-01T10:00:00Z',
  perspectives: {},
  ...over,
});

const updated = (r: ReturnType<typeof applyPairStatusChanged>): SessionView => {
  if (r.kind !== 'updated') throw new Error(`expected an update, got ${r.kind}`);
  return r.value;
};

describe('the board applies PairStatusChanged', () => {
  it('moves a status forward, for that pair only', () => {
    const other = pair({ pairId: 'p2', seats: ['s1', 's3'] });
    const v = updated(applyPairStatusChanged(board([pair(), other]), status({ s1: 'inProgress', s2: 'notStarted' })));
    expect(v.pairs[0].statuses).toEqual({ s1: 'inProgress', s2: 'notStarted' });
    expect(v.pairs[1]).toBe(other);
  });

  it('marks the pair ready when both have finished', () => {
    const v = updated(applyPairStatusChanged(board([pair({ statuses: { s1: 'submitted', s2: 'inProgress' } })]), status({ s1: 'submitted', s2: 'submitted' }, { ready: true })));
    expect(v.pairs[0].ready).toBe(true);
    expect(pairStanding(v.pairs[0])).toBe('ready');
    expect(readyPairs(v).map((p) => p.pairId)).toEqual(['p1']);
  });

  it('asks for a fresh view when a status moves back (a withdrawal, or an event older than the view)', () => {
    const v = board([pair({ statuses: { s1: 'submitted', s2: 'inProgress' } })]);
    expect(applyPairStatusChanged(v, status({ s1: 'withdrawn', s2: 'inProgress' })).kind).toBe('refetch');
    expect(applyPairStatusChanged(v, status({ s1: 'inProgress', s2: 'inProgress' })).kind).toBe('refetch');
  });

  it('takes a withdrawn person who shares again forward', () => {
    const v = updated(applyPairStatusChanged(board([pair({ statuses: { s1: 'withdrawn', s2: 'submitted' } })]), status({ s1: 'submitted', s2: 'submitted' }, { ready: true })));
    expect(v.pairs[0].statuses.s1).toBe('submitted');
    expect(v.pairs[0].ready).toBe(true);
  });

  it('ignores late events: another session, an older round, a pair already opened, nothing new', () => {
    const v = board([pair({ roundNumber: 2, statuses: { s1: 'inProgress', s2: 'notStarted' } })]);
    expect(applyPairStatusChanged(v, status({ s1: 'submitted' }, { sessionId: 'other' })).kind).toBe('unchanged');
    expect(applyPairStatusChanged(v, status({ s1: 'submitted', s2: 'submitted' }, { roundNumber: 1 })).kind).toBe('unchanged');
    expect(applyPairStatusChanged(v, status({ s1: 'inProgress', s2: 'notStarted' }, { roundNumber: 2 })).kind).toBe('unchanged');
    const opened = board([pair({ revealed: true, statuses: { s1: 'submitted', s2: 'submitted' } })]);
    expect(applyPairStatusChanged(opened, status({ s1: 'submitted', s2: 'submitted' }, { ready: true })).kind).toBe('unchanged');
  });

  it('starts a newer round from the event', () => {
    const v = updated(applyPairStatusChanged(board([pair({ revealed: true, revealedAt: 'x' })]), status({ s1: 'inProgress', s2: 'notStarted' }, { roundNumber: 2 })));
    expect(v.pairs[0]).toMatchObject({ roundNumber: 2, revealed: false, revealedAt: null, ready: false, statuses: { s1: 'inProgress', s2: 'notStarted' } });
  });

  it('fetches again for a pair or a seat it does not know', () => {
    expect(applyPairStatusChanged(board(), status({ s1: 'inProgress' }, { pairId: 'new' })).kind).toBe('refetch');
    expect(applyPairStatusChanged(board(), status({ s9: 'inProgress' })).kind).toBe('refetch');
  });
});

describe('the board applies PairRevealed', () => {
  it('opens the pair: both sealed, not waiting any more, with the moment it opened', () => {
    const v = updated(applyPairRevealed(board([pair({ ready: true, statuses: { s1: 'submitted', s2: 'submitted' } })]), revealed()));
    expect(v.pairs[0]).toMatchObject({ revealed: true, ready: false, revealedAt: '2026-12-01T10:00:00Z' });
    expect(pairStanding(v.pairs[0])).toBe('opened');
  });

  it('opens exactly once: a second event changes nothing, an older round neither', () => {
    const opened = board([pair({ revealed: true, revealedAt: 'first' })]);
    expect(applyPairRevealed(opened, revealed()).kind).toBe('unchanged');
    expect(applyPairRevealed(board([pair({ roundNumber: 2 })]), revealed()).kind).toBe('unchanged');
  });

  it('fetches again for a round or pair the board has not seen', () => {
    expect(applyPairRevealed(board(), revealed({ roundNumber: 2 })).kind).toBe('refetch');
    expect(applyPairRevealed(board(), revealed({ pairId: 'p9' })).kind).toBe('refetch');
  });
});

const intl = createIntl({ locale: 'en', messages: CATALOGUES.en });

describe('the board', () => {
  it('says what each pair is waiting for', () => {
    expect(pairStanding(pair({ relationshipId: null }))).toBe('waitingForSeats');
    expect(pairStanding(pair())).toBe('rating');
  });

  it('starts the next check-in only when every opened pair has been opened', () => {
    expect(canStartNextCheckIn(board([pair({ relationshipId: null })]))).toBe(false);
    expect(canStartNextCheckIn(board([pair({ revealed: true }), pair({ pairId: 'p2' })]))).toBe(false);
    expect(canStartNextCheckIn(board([pair({ revealed: true }), pair({ pairId: 'p2', relationshipId: null })]))).toBe(true);
  });

  it('goes on without a pair left out, and says so when every begun pair is left out', () => {
    expect(pairStanding(pair({ leftOut: true }))).toBe('leftOut');
    expect(canStartNextCheckIn(board([pair({ revealed: true }), pair({ pairId: 'p2', leftOut: true })]))).toBe(true);
    expect(whyNotNextCheckIn(board([pair({ revealed: true }), pair({ pairId: 'p2', leftOut: true })]), intl)).toBeNull();
    expect(whyNotNextCheckIn(board([pair({ leftOut: true })]), intl)).toMatch(/^Every pair that has begun is left out/);
    expect(whyNotNextCheckIn(board([pair(), pair({ pairId: 'p2', seats: ['s2', 's3'] })]), intl)).toMatch(/^It waits for these pairs to be opened in this check-in: Sam and Alex; Alex and Kim\./);
  });

  it('a seat kept private is a status the board must fetch again to place', () => {
    expect(applyPairStatusChanged(board([pair({ statuses: { s1: 'inProgress', s2: 'notStarted' } })]), status({ s1: 'keptPrivate', s2: 'notStarted' })).kind).toBe('refetch');
  });

  it('never steps back to an older check-in from a late Watch answer', () => {
    const now = board([], { checkIn: 2 });
    expect(preferSession(now, board([], { checkIn: 1 }))).toBe(now);
    const next = board([], { checkIn: 3 });
    expect(preferSession(now, next)).toBe(next);
  });
});
