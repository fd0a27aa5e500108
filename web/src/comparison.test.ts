import { describe, expect, it } from 'vitest';
import { compare, compareDimension, conversationOrder, leansReading, REFLECTION_NOTE, scoreWords, startingPoints } from './comparison';
import type { Leans, Perspective } from './types';

const p = (scores: [number, number, number, number], leans: Leans[] = ['neither', 'neither', 'neither', 'neither']): Perspective => ({
  dimensions: {
    initiation: { score: scores[0], leans: leans[0], note: 'i' },
    depth: { score: scores[1], leans: leans[1], note: '' },
    crisisResponse: { score: scores[2], leans: leans[2], note: '' },
    maintenance: { score: scores[3], leans: leans[3], note: '' },
  },
  overall: 3,
});

describe('comparison', () => {
  it('compares every dimension in the method order', () => {
    const rows = compare(p([1, 2, 3, 4]), p([1, 2, 3, 4]), 'Sam');
    expect(rows.map((r) => r.key)).toEqual(['initiation', 'depth', 'crisisResponse', 'maintenance']);
    expect(rows.every((r) => r.experience === 'similar')).toBe(true);
    expect(rows[0].gap).toBe(0);
  });

  it('calls a gap of two or more a different experience', () => {
    const r = compareDimension('depth', p([3, 1, 3, 3]), p([3, 4, 3, 3]), 'Sam');
    expect(r.gap).toBe(3);
    expect(r.experience).toBe('different');
    expect(r.headline).toBe('Different experiences: worth talking about');
    expect(r.conversation).toMatch(/\?$/);
  });

  it('a gap of one with agreeing leans is similar', () => {
    const r = compareDimension('depth', p([3, 3, 3, 3], ['me', 'me', 'me', 'me']), p([3, 4, 3, 3], ['them', 'them', 'them', 'them']), 'Sam');
    expect(r.experience).toBe('similar');
    expect(r.leansReading).toBe('You both see yourself giving more of this at the moment.');
  });

  it('each feeling they mostly give is a different experience, read kindly', () => {
    const r = compareDimension('initiation', p([3, 3, 3, 3], ['me', 'me', 'me', 'me']), p([3, 3, 3, 3], ['me', 'me', 'me', 'me']), 'Sam');
    expect(r.experience).toBe('different');
    expect(r.leansReading).toMatch(/each feel you mostly give/);
  });

  it('marks a missing score as incomplete, not as a difference', () => {
    const r = compareDimension('maintenance', { dimensions: {} }, p([1, 1, 1, 1]), 'Sam');
    expect(r.experience).toBe('incomplete');
    expect(r.gap).toBeNull();
  });

  it('puts different experiences first for the conversation', () => {
    const rows = compare(p([3, 3, 1, 3]), p([3, 3, 5, 3]), 'Sam');
    expect(conversationOrder(rows)[0].key).toBe('crisisResponse');
    expect(conversationOrder(rows)).toHaveLength(4);
  });

  it('reads every combination of leans', () => {
    const all: Leans[] = ['me', 'them', 'neither'];
    for (const a of all) for (const b of all) expect(leansReading(a, b, 'Sam')).not.toBe('');
    expect(leansReading('them', 'me', 'Sam')).toBe('You both see Sam giving more of this at the moment.');
    expect(leansReading(null, 'me', 'Sam')).toBe('');
  });

  it('never uses the words of a verdict or a tally', () => {
    const forbidden = /\b(winner|wins?|won|lose[sr]?|fault|blame|right|wrong|total|points?|owes?|debt|score of)\b/i;
    const all: Leans[] = ['me', 'them', 'neither'];
    const texts: string[] = [REFLECTION_NOTE];
    for (let a = 1; a <= 5; a++)
      for (let b = 1; b <= 5; b++)
        for (const la of all)
          for (const lb of all) {
            for (const r of compare(p([a, a, a, a], [la, la, la, la]), p([b, b, b, b], [lb, lb, lb, lb]), 'Sam'))
              texts.push(r.headline, r.leansReading, r.conversation, r.title);
          }
    for (const t of texts) expect(t).not.toMatch(forbidden);
  });

  it('describes scores in the method words', () => {
    expect(scoreWords(1)).toBe('Heavily one-directional (1 on the 1–5 scale)');
    expect(scoreWords(5)).toBe('Roughly mutual (5 on the 1–5 scale)');
    expect(scoreWords(null)).toBe('Not answered');
  });
});

describe('starting points', () => {
  const you = { self: null, other: 'Alex' };

  it('offers a different experience with its own question: a gap of 2, or leans that disagree', () => {
    const points = startingPoints(compare(p([3, 4, 3, 3]), p([3, 2, 3, 3]), 'Alex'), you);
    expect(points).toEqual([{ key: 'depth', title: 'Depth', kind: 'different', opener: expect.stringMatching(/\?$/), bigGap: false }]);
    const leans = startingPoints(compare(p([3, 3, 3, 3], ['neither', 'me', 'neither', 'neither']), p([3, 3, 3, 3]), 'Alex'), you);
    expect(leans.map((x) => x.key)).toEqual(['depth']);
  });

  it('names a shared imbalance: both at 1–2 and both naming the same giver', () => {
    // Each rater's `me` means themselves: I say "them", Alex says "me", so both see Alex giving.
    const rows = compare(p([4, 4, 4, 2], ['neither', 'neither', 'neither', 'them']), p([4, 4, 4, 1], ['neither', 'neither', 'neither', 'me']), 'Alex');
    expect(rows[3].experience).toBe('sharedImbalance');
    const points = startingPoints(rows, you);
    expect(points).toHaveLength(1);
    expect(points[0].kind).toBe('sharedImbalance');
    expect(points[0].opener).toBe('You both notice Alex gives most of the upkeep. Is that a season, or the usual pattern?');
    const mine = startingPoints(compare(p([4, 4, 4, 2], ['neither', 'neither', 'neither', 'me']), p([4, 4, 4, 2], ['neither', 'neither', 'neither', 'them']), 'Alex'), you);
    expect(mine[0].opener).toBe('You both notice you give most of the upkeep. Is that a season, or the usual pattern?');
    const named = startingPoints(rows, { self: 'Sam', other: 'Alex' });
    expect(named[0].opener).toBe('Sam and Alex both notice Alex gives most of the upkeep. Is that a season, or the usual pattern?');
  });

  it('does not call a low pair a shared imbalance when nobody names a giver, or the leans name different people', () => {
    expect(compareDimension('maintenance', p([3, 3, 3, 2]), p([3, 3, 3, 1]), 'Alex').experience).toBe('similar');
    const eachGives = compareDimension('maintenance', p([3, 3, 3, 2], ['neither', 'neither', 'neither', 'me']), p([3, 3, 3, 2], ['neither', 'neither', 'neither', 'me']), 'Alex');
    expect(eachGives.experience).toBe('different');
    const bothAt3 = compareDimension('maintenance', p([3, 3, 3, 3], ['neither', 'neither', 'neither', 'them']), p([3, 3, 3, 3], ['neither', 'neither', 'neither', 'me']), 'Alex');
    expect(bothAt3.experience).toBe('similar');
  });

  it('offers at most two: one of each kind when both are present, the larger gap first', () => {
    const mine = p([1, 5, 5, 2], ['neither', 'neither', 'neither', 'them']);
    const theirs = p([3, 1, 2, 1], ['neither', 'neither', 'neither', 'me']);
    const points = startingPoints(compare(mine, theirs, 'Alex'), you);
    expect(points.map((x) => [x.key, x.kind])).toEqual([
      ['depth', 'different'],
      ['maintenance', 'sharedImbalance'],
    ]);
    const onlyDifferent = startingPoints(compare(p([1, 5, 5, 3]), p([3, 1, 2, 3]), 'Alex'), you);
    expect(onlyDifferent.map((x) => x.key)).toEqual(['depth', 'crisisResponse']);
  });

  it('marks a gap of 3 or more for the listen-first way to talk', () => {
    const points = startingPoints(compare(p([5, 3, 3, 3]), p([2, 1, 3, 3]), 'Alex'), you);
    expect(points.map((x) => [x.key, x.bigGap])).toEqual([
      ['initiation', true],
      ['depth', false],
    ]);
  });

  it('offers nothing when the two see things in similar ways', () => {
    expect(startingPoints(compare(p([4, 4, 4, 4]), p([4, 5, 4, 3]), 'Alex'), you)).toEqual([]);
  });
});

describe('score words', () => {
  it('puts the words before the number and never says "of 5"', () => {
    expect(scoreWords(2)).toBe('Mostly one-directional (2 on the 1–5 scale)');
    expect(scoreWords(3)).toBe('Partly mutual (3 on the 1–5 scale)');
    for (const n of [1, 2, 3, 4, 5]) expect(scoreWords(n)).not.toMatch(/of 5|balanced|even/i);
  });
});
