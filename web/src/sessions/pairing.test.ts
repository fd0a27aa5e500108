import { describe, expect, it } from 'vitest';
import { choiceBody, everyPair, isUnchanged, pairKey, pairOptions, toggle } from './pairing';
import type { Participant, SessionPair } from './types';

const people = (n: number): Participant[] =>
  Array.from({ length: n }, (_, i) => ({ seatId: `s${i + 1}`, name: `P${i + 1}`, personId: null, claimed: false }));

const held = (a: string, b: string, relationshipId: string | null = null): SessionPair => ({
  pairId: `${a}-${b}`,
  seats: [a, b],
  relationshipId,
  roundNumber: 1,
  statuses: {},
  ready: false,
  revealed: false,
  revealedAt: null,
});

describe('pairs of a family session', () => {
  it('round-robin: 2 people make 1 pair, 3 make 3, 4 make 6, 8 make 28', () => {
    expect(everyPair(['a', 'b'])).toEqual([['a', 'b']]);
    expect(everyPair(['a', 'b', 'c'])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(everyPair(['a', 'b', 'c', 'd'])).toHaveLength(6);
    expect(everyPair(people(8).map((p) => p.seatId))).toHaveLength(28);
    expect(everyPair(['a'])).toEqual([]);
  });

  it('names a pair the same way whichever way round', () => {
    expect(pairKey('s2', 's1')).toBe(pairKey('s1', 's2'));
  });

  it('marks the pairs the session holds, and locks the ones already opened', () => {
    const options = pairOptions(people(3), [held('s2', 's1', 'rel'), held('s1', 's3')]);
    expect(options.map((o) => [o.names.join(' and '), o.chosen, o.locked])).toEqual([
      ['P1 and P2', true, true],
      ['P1 and P3', true, false],
      ['P2 and P3', false, false],
    ]);
  });

  it('leaves out people who left', () => {
    const ps = people(3);
    ps[2] = { ...ps[2], claimed: true, left: true };
    expect(pairOptions(ps, [])).toHaveLength(1);
  });

  it('toggles a pair, never an opened one', () => {
    const options = pairOptions(people(3), [held('s1', 's2', 'rel'), held('s1', 's3'), held('s2', 's3')]);
    const locked = toggle(options, pairKey('s1', 's2'));
    expect(locked[0].chosen).toBe(true);
    const left = toggle(options, pairKey('s1', 's3'));
    expect(left[1].chosen).toBe(false);
    expect(toggle(left, pairKey('s1', 's3'))[1].chosen).toBe(true);
  });

  it('sends everyPair when every pair is chosen, else the chosen pairs', () => {
    const all = pairOptions(people(3), [held('s1', 's2'), held('s1', 's3'), held('s2', 's3')]);
    expect(choiceBody(all)).toEqual({ everyPair: true });
    const some = toggle(all, pairKey('s2', 's3'));
    expect(choiceBody(some)).toEqual({
      pairs: [
        ['s1', 's2'],
        ['s1', 's3'],
      ],
    });
    expect(isUnchanged(all, [held('s1', 's2'), held('s1', 's3'), held('s2', 's3')])).toBe(true);
    expect(isUnchanged(some, [held('s1', 's2'), held('s1', 's3'), held('s2', 's3')])).toBe(false);
  });
});
