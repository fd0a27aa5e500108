import { describe, expect, it } from 'vitest';
import { checkInNumbers, releasedInCheckIn, roundOfCheckIn } from './checkIns';
import { orderedPeople } from './pairReading';
import type { SessionPair } from './types';

const pair = (over: Partial<SessionPair>): SessionPair => ({
  pairId: 'p',
  seats: ['s1', 's2'],
  relationshipId: 'r',
  roundNumber: 1,
  statuses: {},
  ready: false,
  revealed: false,
  revealedAt: null,
  ...over,
});

describe('check-ins and rounds', () => {
  it('a pair opened from the start has round N in check-in N', () => {
    const p = pair({ roundNumber: 3 });
    expect([1, 2, 3].map((n) => roundOfCheckIn(p, n, 3))).toEqual([1, 2, 3]);
  });

  it('a pair opened in check-in 2 counts its rounds from there', () => {
    const p = pair({ roundNumber: 2 }); // the session is at check-in 3
    expect([1, 2, 3].map((n) => roundOfCheckIn(p, n, 3))).toEqual([null, 1, 2]);
    expect(roundOfCheckIn(pair({ relationshipId: null }), 1, 1)).toBeNull();
  });

  it('a pair left out in check-in 2 keeps its check-in 1 round in the report of check-in 1, at check-in 3 too', () => {
    const leftOut = pair({ roundNumber: 2, firstCheckIn: 1, leftOut: true }); // the session is at check-in 3
    expect([1, 2, 3].map((n) => roundOfCheckIn(leftOut, n, 3))).toEqual([1, 2, 3]);
    const rounds = [{ number: 1, revealedAt: 'a', perspectives: {} }];
    expect(releasedInCheckIn(leftOut, rounds, 1, 3)?.revealedAt).toBe('a');
    expect(releasedInCheckIn(leftOut, rounds, 3, 3)).toBeNull();
    expect(roundOfCheckIn(pair({ roundNumber: 1, firstCheckIn: 2 }), 1, 2)).toBeNull();
  });

  it('finds the released round of a check-in, or nothing when it was not opened', () => {
    const rounds = [{ number: 1, revealedAt: 'a', perspectives: {} }];
    expect(releasedInCheckIn(pair({ roundNumber: 2 }), rounds, 1, 2)?.revealedAt).toBe('a');
    expect(releasedInCheckIn(pair({ roundNumber: 2 }), rounds, 2, 2)).toBeNull();
  });

  it('numbers the check-ins so far', () => {
    expect(checkInNumbers(3)).toEqual([1, 2, 3]);
  });
});

describe('a pair’s two perspectives', () => {
  it('orders a round’s perspectives as the pair’s seats', () => {
    expect(orderedPeople(['a', 'b'], ['b', 'a'])).toEqual(['a', 'b']);
    expect(orderedPeople([null, 'b'], ['x', 'b'])).toEqual(['x', 'b']);
    expect(orderedPeople(['a', 'b'], ['a'])).toBeNull();
  });
});
