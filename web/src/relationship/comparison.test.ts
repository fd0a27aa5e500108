import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { CATALOGUES } from '../i18n/catalogues';
import { compare, compareDimension, scoreWords, startingPoints } from './comparison';

const en = createIntl({ locale: 'en', messages: CATALOGUES.en });
const REFLECTION_NOTE = en.formatMessage({ id: 'relationship.comparison.reflectionNote' });
import type { Leans, Perspective, SeasonKind } from '../types';

type Lean = Leans | null;
const LEANS: Lean[] = ['me', 'them', 'neither', null];

const p = (scores: [number, number, number, number], leans: Lean[] = ['neither', 'neither', 'neither', 'neither'], season: SeasonKind = 'none'): Perspective => ({
  dimensions: {
    initiation: { score: scores[0], leans: leans[0], note: 'i' },
    depth: { score: scores[1], leans: leans[1], note: '' },
    crisisResponse: { score: scores[2], leans: leans[2], note: '' },
    maintenance: { score: scores[3], leans: leans[3], note: '' },
  },
  overall: 3,
  season: { kind: season },
});
const all = (l: Lean): Lean[] => [l, l, l, l];
const you = (other: string) => ({ self: null, other });

// What the viewer reads, for their answer (first) and the other person's (second), the other person named {o}.
const FOR_YOU: Record<string, string> = {
  'me/me': 'You each feel you give more here. That often means you give in different ways, and each of you notices your own giving most.',
  'me/them': 'You and {o} both notice you give more of this at the moment.',
  'me/neither': 'You feel you give more here; {o} feels it flows both ways. It may help to hear what each of you notices.',
  'me/null': 'You feel you give more here; {o} didn’t name a direction.',
  'them/me': 'You and {o} both notice {o} gives more of this at the moment.',
  'them/them': 'You each feel the other gives more here. There may be thanks here that hasn’t been said yet.',
  'them/neither': 'You feel {o} gives more here; {o} feels it flows both ways. It may help to hear what each of you notices.',
  'them/null': 'You feel {o} gives more here; {o} didn’t name a direction.',
  'neither/me': 'You feel it flows both ways; {o} feels they give more here. It may help to hear what each of you notices.',
  'neither/them': 'You feel it flows both ways; {o} feels you give more here. It may help to hear what each of you notices.',
  'neither/neither': 'You and {o} both feel this one flows both ways.',
  'neither/null': 'You feel it flows both ways; {o} didn’t name a direction.',
  'null/me': 'You didn’t name a direction; {o} feels they give more here.',
  'null/them': 'You didn’t name a direction; {o} feels you give more here.',
  'null/neither': 'You didn’t name a direction; {o} feels it flows both ways.',
  'null/null': '',
};

// The facilitator's screen: both named, nobody is "you". {a} answered first, {b} second.
const FOR_BOTH_NAMED: Record<string, string> = {
  'me/me': '{a} and {b} each feel they give more here. That often means they give in different ways, and each notices their own giving most.',
  'me/them': '{a} and {b} both notice {a} gives more of this at the moment.',
  'me/neither': '{a} feels they give more here; {b} feels it flows both ways. It may help to hear what each notices.',
  'me/null': '{a} feels they give more here; {b} didn’t name a direction.',
  'them/me': '{a} and {b} both notice {b} gives more of this at the moment.',
  'them/them': '{a} and {b} each feel the other gives more here. There may be thanks here that hasn’t been said yet.',
  'them/neither': '{a} feels {b} gives more here; {b} feels it flows both ways. It may help to hear what each notices.',
  'them/null': '{a} feels {b} gives more here; {b} didn’t name a direction.',
  'neither/me': '{a} feels it flows both ways; {b} feels they give more here. It may help to hear what each notices.',
  'neither/them': '{a} feels it flows both ways; {b} feels {a} gives more here. It may help to hear what each notices.',
  'neither/neither': '{a} and {b} both feel this one flows both ways.',
  'neither/null': '{a} feels it flows both ways; {b} didn’t name a direction.',
  'null/me': '{a} didn’t name a direction; {b} feels they give more here.',
  'null/them': '{a} didn’t name a direction; {b} feels {a} gives more here.',
  'null/neither': '{a} didn’t name a direction; {b} feels it flows both ways.',
  'null/null': '',
};

const DIFFERENT = new Set(['me/me', 'them/them', 'me/neither', 'them/neither', 'neither/me', 'neither/them']);
const SAME_GIVER = new Set(['me/them', 'them/me']);
const oneWay = (a: Lean, b: Lean) => [a, b].some((l) => l === 'me' || l === 'them');
const SEASON_SUFFIX = ': in a season, care leaning one way for a while is part of looking after each other.';

describe('two leanings read in one frame, every combination, from both sides', () => {
  for (const a of LEANS)
    for (const b of LEANS) {
      const combo = `${a}/${b}`;
      it(`${combo}: Alex sees it one way, Sam the mirror of it, the facilitator both named`, () => {
        // Alex answered a, Sam answered b; both at 3, no season.
        const alex = p([3, 3, 3, 3], all(a));
        const sam = p([3, 3, 3, 3], all(b));
        const byAlex = compareDimension(en, 'crisisResponse', alex, sam, you('Sam'));
        const bySam = compareDimension(en, 'crisisResponse', sam, alex, you('Alex'));
        const named = compareDimension(en, 'crisisResponse', alex, sam, { self: 'Alex', other: 'Sam' });
        expect(byAlex.leansReading).toBe(FOR_YOU[combo].replaceAll('{o}', 'Sam'));
        expect(bySam.leansReading).toBe(FOR_YOU[`${b}/${a}`].replaceAll('{o}', 'Alex'));
        expect(named.leansReading).toBe(FOR_BOTH_NAMED[combo].replaceAll('{a}', 'Alex').replaceAll('{b}', 'Sam'));
        expect(named.leansReading).not.toMatch(/\byou\b/i); // a facilitator's screen: nobody is "you"

        // The headline says what the sentence says, and both people get the same kind of experience.
        const experience = DIFFERENT.has(combo) ? 'different' : 'similar';
        for (const r of [byAlex, bySam, named]) {
          expect(r.experience).toBe(experience);
          expect(r.headline).toBe(experience === 'different' ? 'Different experiences: worth talking about' : 'A similar experience');
        }

        // Both at 2: both naming the same giver is a shared imbalance, with an opener naming that giver for each viewer.
        const low = (l: Lean) => p([2, 2, 2, 2], all(l));
        const lowAlex = compareDimension(en, 'maintenance', low(a), low(b), you('Sam'));
        const lowSam = compareDimension(en, 'maintenance', low(b), low(a), you('Alex'));
        const expected = SAME_GIVER.has(combo) ? 'sharedImbalance' : experience;
        expect(lowAlex.experience).toBe(expected);
        expect(lowSam.experience).toBe(expected);
        const alexPoints = startingPoints(compare(en, low(a), low(b), you('Sam')));
        const samPoints = startingPoints(compare(en, low(b), low(a), you('Alex')));
        expect(alexPoints.map((x) => x.kind)).toEqual(samPoints.map((x) => x.kind));
        if (combo === 'me/them') {
          expect(lowAlex.opener).toBe('You and Sam both notice you give most of the upkeep. Is that a season, or the usual pattern?');
          expect(lowSam.opener).toBe('You and Alex both notice Alex gives most of the upkeep. Is that a season, or the usual pattern?');
        }
        if (combo === 'them/me') {
          expect(lowAlex.opener).toBe('You and Sam both notice Sam gives most of the upkeep. Is that a season, or the usual pattern?');
          expect(lowSam.opener).toBe('You and Alex both notice you give most of the upkeep. Is that a season, or the usual pattern?');
        }
      });

      it(`${combo}: a season marked on either side is acknowledged wherever someone is named as giving more`, () => {
        for (const seasonOn of ['alex', 'sam'] as const) {
          const alex = p([2, 2, 2, 2], all(a), seasonOn === 'alex' ? 'illness' : 'none');
          const sam = p([2, 2, 2, 2], all(b), seasonOn === 'sam' ? 'illness' : 'none');
          const byAlex = compareDimension(en, 'maintenance', alex, sam, you('Sam'));
          const bySam = compareDimension(en, 'maintenance', sam, alex, you('Alex'));
          const named = compareDimension(en, 'maintenance', alex, sam, { self: 'Alex', other: 'Sam' });
          const clause = (viewer: 'alex' | 'sam' | null) =>
            seasonOn === viewer ? 'You are in a season of illness' : `${seasonOn === 'alex' ? 'Alex' : 'Sam'} is in a season of illness`;
          const withSeason = (base: string, viewer: 'alex' | 'sam' | null) =>
            oneWay(a, b) ? `${base} ${clause(viewer)}${SEASON_SUFFIX}` : base;
          expect(byAlex.leansReading).toBe(withSeason(FOR_YOU[combo].replaceAll('{o}', 'Sam'), 'alex'));
          expect(bySam.leansReading).toBe(withSeason(FOR_YOU[`${b}/${a}`].replaceAll('{o}', 'Alex'), 'sam'));
          expect(named.leansReading).toBe(withSeason(FOR_BOTH_NAMED[combo].replaceAll('{a}', 'Alex').replaceAll('{b}', 'Sam'), null));
          // Never "is that a season?" once a season is marked.
          for (const r of [byAlex, bySam, named]) {
            expect(r.opener).not.toMatch(/Is that a season/);
            expect(r.opener).toMatch(/season of illness/);
          }
        }
      });
    }

  it('the reported case: I said I mostly give, Sam said they mostly receive, so both of us notice I give more', () => {
    const r = compareDimension(en, 'initiation', p([3, 3, 3, 3], all('me')), p([4, 4, 4, 4], all('them')), you('Sam'));
    expect(r.leansReading).toBe('You and Sam both notice you give more of this at the moment.');
    expect(r.leansReading).not.toMatch(/yourself/);
  });

  it('the reported case: a gap of two with both feeling it flows both ways is headed as a difference in how mutual it feels', () => {
    const r = compareDimension(en, 'crisisResponse', p([3, 3, 5, 3]), p([3, 3, 2, 3]), you('Sam'));
    expect(r.experience).toBe('different');
    expect(r.difference).toBe('scores');
    expect(r.headline).toBe('Different experiences of how mutual it feels: worth talking about');
    expect(r.leansReading).toBe('You and Sam both feel this one flows both ways.');
    const points = startingPoints(compare(en, p([3, 3, 5, 3]), p([3, 3, 2, 3]), you('Sam')));
    expect(points).toEqual([expect.objectContaining({ key: 'crisisResponse', difference: 'scores' })]);
  });

  it('a season on both sides names both', () => {
    const r = compareDimension(en, 'maintenance', p([2, 2, 2, 2], all('them'), 'grief'), p([2, 2, 2, 2], all('me'), 'illness'), you('Sam'));
    expect(r.opener).toBe(
      'You and Sam both notice Sam gives most of the upkeep, while you are in a season of grief, and Sam in a season of illness. ' +
        'In a season, care leaning one way is part of looking after each other: what would help while it lasts?',
    );
  });
});

describe('comparison', () => {
  it('compares every dimension in the method order', () => {
    const rows = compare(en, p([1, 2, 3, 4]), p([1, 2, 3, 4]), you('Sam'));
    expect(rows.map((r) => r.key)).toEqual(['initiation', 'depth', 'crisisResponse', 'maintenance']);
    expect(rows.every((r) => r.experience === 'similar')).toBe(true);
    expect(rows[0].gap).toBe(0);
  });

  it('calls a gap of two or more a different experience', () => {
    const r = compareDimension(en, 'depth', p([3, 1, 3, 3]), p([3, 4, 3, 3]), you('Sam'));
    expect(r.gap).toBe(3);
    expect(r.experience).toBe('different');
    expect(r.conversation).toMatch(/\?$/);
  });

  it('marks a missing score as incomplete, not as a difference', () => {
    const r = compareDimension(en, 'maintenance', { dimensions: {} }, p([1, 1, 1, 1]), you('Sam'));
    expect(r.experience).toBe('incomplete');
    expect(r.gap).toBeNull();
  });

  it('never uses the words of a verdict or a tally', () => {
    const forbidden = /\b(winner|wins?|won|lose[sr]?|fault|blame|right|wrong|total|points?|owes?|debt|score of)\b/i;
    const texts: string[] = [REFLECTION_NOTE];
    for (let a = 1; a <= 5; a++)
      for (let b = 1; b <= 5; b++)
        for (const la of LEANS)
          for (const lb of LEANS)
            for (const season of ['none', 'grief'] as SeasonKind[]) {
              for (const r of compare(en, p([a, a, a, a], all(la), season), p([b, b, b, b], all(lb)), you('Sam')))
                texts.push(r.headline, r.leansReading, r.conversation, r.title, r.opener);
            }
    for (const t of texts) expect(t).not.toMatch(forbidden);
  });

  it('describes scores in the method words', () => {
    expect(scoreWords(en, 1)).toBe('Heavily one-directional (1 on the 1–5 scale)');
    expect(scoreWords(en, 5)).toBe('Roughly mutual (5 on the 1–5 scale)');
    expect(scoreWords(en, null)).toBe('Not answered');
  });
});

describe('starting points', () => {
  const alex = you('Alex');

  it('offers a different experience with its own question: a gap of 2, or leans that disagree', () => {
    const points = startingPoints(compare(en, p([3, 4, 3, 3]), p([3, 2, 3, 3]), alex));
    expect(points).toEqual([{ key: 'depth', title: 'Depth', kind: 'different', difference: 'scores', opener: expect.stringMatching(/\?$/), bigGap: false }]);
    const leans = startingPoints(compare(en, p([3, 3, 3, 3], ['neither', 'me', 'neither', 'neither']), p([3, 3, 3, 3]), alex));
    expect(leans.map((x) => [x.key, x.difference])).toEqual([['depth', 'leans']]);
  });

  it('names a shared imbalance: both at 1–2 and both naming the same giver', () => {
    // Each rater's `me` means themselves: I say "them", Alex says "me", so both see Alex giving.
    const rows = compare(en, p([4, 4, 4, 2], ['neither', 'neither', 'neither', 'them']), p([4, 4, 4, 1], ['neither', 'neither', 'neither', 'me']), alex);
    expect(rows[3].experience).toBe('sharedImbalance');
    const points = startingPoints(rows);
    expect(points).toHaveLength(1);
    expect(points[0].kind).toBe('sharedImbalance');
    expect(points[0].opener).toBe('You and Alex both notice Alex gives most of the upkeep. Is that a season, or the usual pattern?');
    const named = startingPoints(compare(en, p([4, 4, 4, 2], ['neither', 'neither', 'neither', 'them']), p([4, 4, 4, 1], ['neither', 'neither', 'neither', 'me']), { self: 'Sam', other: 'Alex' }));
    expect(named[0].opener).toBe('Sam and Alex both notice Alex gives most of the upkeep. Is that a season, or the usual pattern?');
  });

  it('a different experience during a season names the season beside its question', () => {
    const points = startingPoints(compare(en, p([3, 4, 3, 3]), p([3, 2, 3, 3], undefined, 'illness'), alex));
    expect(points[0].opener).toBe(
      'What helps each of you feel truly heard when you share something that matters? Alex is in a season of illness: some of this may belong to the season.',
    );
  });

  it('does not call a low pair a shared imbalance when nobody names a giver, or the leans name different people', () => {
    expect(compareDimension(en, 'maintenance', p([3, 3, 3, 2]), p([3, 3, 3, 1]), alex).experience).toBe('similar');
    const eachGives = compareDimension(en, 'maintenance', p([3, 3, 3, 2], ['neither', 'neither', 'neither', 'me']), p([3, 3, 3, 2], ['neither', 'neither', 'neither', 'me']), alex);
    expect(eachGives.experience).toBe('different');
    const bothAt3 = compareDimension(en, 'maintenance', p([3, 3, 3, 3], ['neither', 'neither', 'neither', 'them']), p([3, 3, 3, 3], ['neither', 'neither', 'neither', 'me']), alex);
    expect(bothAt3.experience).toBe('similar');
  });

  it('offers at most two: one of each kind when both are present, the larger gap first', () => {
    const mine = p([1, 5, 5, 2], ['neither', 'neither', 'neither', 'them']);
    const theirs = p([3, 1, 2, 1], ['neither', 'neither', 'neither', 'me']);
    expect(startingPoints(compare(en, mine, theirs, alex)).map((x) => [x.key, x.kind])).toEqual([
      ['depth', 'different'],
      ['maintenance', 'sharedImbalance'],
    ]);
    expect(startingPoints(compare(en, p([1, 5, 5, 3]), p([3, 1, 2, 3]), alex)).map((x) => x.key)).toEqual(['depth', 'crisisResponse']);
  });

  it('marks a gap of 3 or more for the listen-first way to talk', () => {
    expect(startingPoints(compare(en, p([5, 3, 3, 3]), p([2, 1, 3, 3]), alex)).map((x) => [x.key, x.bigGap])).toEqual([
      ['initiation', true],
      ['depth', false],
    ]);
  });

  it('offers nothing when the two see things in similar ways', () => {
    expect(startingPoints(compare(en, p([4, 4, 4, 4]), p([4, 5, 4, 3]), alex))).toEqual([]);
  });
});

describe('score words', () => {
  it('puts the words before the number and never says "of 5"', () => {
    expect(scoreWords(en, 2)).toBe('Mostly one-directional (2 on the 1–5 scale)');
    expect(scoreWords(en, 3)).toBe('Partly mutual (3 on the 1–5 scale)');
    for (const n of [1, 2, 3, 4, 5]) expect(scoreWords(en, n)).not.toMatch(/of 5|balanced|even/i);
  });
});
