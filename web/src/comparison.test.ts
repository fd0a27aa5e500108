import { describe, expect, it } from 'vitest';
import { compare, compareDimension, conversationOrder, leansReading, REFLECTION_NOTE, scoreWords } from './comparison';
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
    expect(scoreWords(1)).toBe('1 · Heavily one-directional');
    expect(scoreWords(5)).toBe('5 · Roughly mutual');
    expect(scoreWords(null)).toBe('Not answered');
  });
});
