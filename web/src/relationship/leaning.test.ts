import { describe, expect, it } from 'vitest';
import { frameOf, namedBy, type Agreement } from './leaning';
import type { Leans } from '../types';

type Lean = Leans | null;
const LEANS: Lean[] = ['me', 'them', 'neither', null];

// Every combination of the first person's answer (rows) and the second's (columns): how they sit in one frame.
const AGREEMENT: Record<string, Agreement> = {
  'me/me': 'eachSelf',
  'me/them': 'sameGiver',
  'me/neither': 'oneWayAndBoth',
  'me/null': 'oneSaid',
  'them/me': 'sameGiver',
  'them/them': 'eachOther',
  'them/neither': 'oneWayAndBoth',
  'them/null': 'oneSaid',
  'neither/me': 'oneWayAndBoth',
  'neither/them': 'oneWayAndBoth',
  'neither/neither': 'bothWays',
  'neither/null': 'oneSaid',
  'null/me': 'oneSaid',
  'null/them': 'oneSaid',
  'null/neither': 'oneSaid',
  'null/null': 'unsaid',
};

describe('the one frame for two leanings', () => {
  it('turns each rater’s own-side answer into the person they named', () => {
    expect(namedBy('me', 'a')).toBe('a');
    expect(namedBy('them', 'a')).toBe('b');
    expect(namedBy('me', 'b')).toBe('b');
    expect(namedBy('them', 'b')).toBe('a');
    expect(namedBy('neither', 'b')).toBe('both');
    expect(namedBy(null, 'a')).toBeNull();
  });

  for (const a of LEANS)
    for (const b of LEANS)
      it(`reads ${a}/${b} the same from both sides`, () => {
        const f = frameOf(a, b);
        expect(f.agreement).toBe(AGREEMENT[`${a}/${b}`]);
        // From the second person's side the same two answers name the same people.
        const seenByB = frameOf(b, a);
        const swap = (n: string | null) => (n === 'a' ? 'b' : n === 'b' ? 'a' : n);
        expect(seenByB.agreement).toBe(f.agreement);
        expect(seenByB.byA).toBe(swap(f.byB));
        expect(seenByB.byB).toBe(swap(f.byA));
        expect(seenByB.giver).toBe(swap(f.giver));
        expect(seenByB.differ).toBe(f.differ);
        expect(f.differ).toBe(['eachSelf', 'eachOther', 'oneWayAndBoth'].includes(f.agreement));
        expect(f.leansOneWay).toBe(a === 'me' || a === 'them' || b === 'me' || b === 'them');
      });

  it('names the giver only when both name the same person: "I give" and "they give" meet', () => {
    expect(frameOf('me', 'them').giver).toBe('a');
    expect(frameOf('them', 'me').giver).toBe('b');
    expect(frameOf('me', 'me').giver).toBeNull();
    expect(frameOf('them', 'them').giver).toBeNull();
  });
});
