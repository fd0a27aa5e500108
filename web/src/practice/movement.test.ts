import { describe, expect, it } from 'vitest';
import { intlFor } from '../i18n/intlFor';
import { readingsOverTime } from '../time/readings';
import { movementPoints } from './movement';
import type { PairMovement } from './types';

const rated = (initiation: number, season: 'none' | 'grief' = 'none') => ({
  dimensions: { initiation: { score: initiation, leans: 'me' as const }, depth: { score: 4 } },
  overall: 3,
  season: { kind: season },
});

const pair: PairMovement = {
  names: { b: 'Sam', a: 'Alex' },
  rounds: [
    { number: 1, sessionId: 's1', sessionTitle: 'First meeting', revealedAt: '2026-11-01T10:00:00Z', perspectives: { a: rated(2), b: rated(4) } },
    { number: 2, sessionId: 's2', sessionTitle: 'A month on', revealedAt: '2026-12-01T10:00:00Z', perspectives: { a: rated(1), b: rated(3) } },
  ],
};

describe('a pair across sessions', () => {
  it('keeps each person on their own side, session after session, in the order the rounds opened', () => {
    const { first, second, points } = movementPoints(pair);
    expect([first, second]).toEqual(['Alex', 'Sam']);
    expect(points.map((p) => [p.mine.scores.initiation, p.theirs?.scores.initiation])).toEqual([
      [2, 4],
      [1, 3],
    ]);
    expect(points.map((p) => p.number)).toEqual([1, 2]);
  });

  it('is read as the pair’s own timeline reads it, in the third person for the facilitator', () => {
    const { first, second, points } = movementPoints(pair);
    const [reading] = readingsOverTime(points, { me: first, them: second, outside: true }, intlFor('en'));
    expect(reading.kind).toBe('recurring');
    expect(reading.text).toContain('at least one of them');
    expect(reading.text).not.toContain('of you');
  });

  it('tells a season from a resting state', () => {
    const grief: PairMovement = {
      ...pair,
      rounds: pair.rounds.map((r) => ({ ...r, perspectives: { a: rated(2, 'grief'), b: rated(4) } })),
    };
    const { first, second, points } = movementPoints(grief);
    expect(readingsOverTime(points, { me: first, them: second, outside: true }, intlFor('en'))[0].kind).toBe('season');
  });
});
