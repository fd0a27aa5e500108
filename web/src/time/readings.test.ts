import { describe, expect, it } from 'vitest';
import type { DimensionKey, Leans, PointOfView, SeasonKind, TimelinePoint } from '../types';
import { intlFor } from '../i18n/intlFor';
import { listCheckIns, readingsOverTime } from './readings';

const en = intlFor('en');

const names = { me: 'you', them: 'Alex' };

function view(upkeep: number, leans: Leans | null, season: SeasonKind = 'none'): PointOfView {
  const scores: Record<DimensionKey, number> = { initiation: 4, depth: 4, crisisResponse: 4, maintenance: upkeep };
  return { scores, leans: { initiation: 'neither', depth: 'neither', crisisResponse: 'neither', maintenance: leans }, overall: 4, season };
}

let n = 0;
const point = (mine: PointOfView, theirs: PointOfView | null = view(4, 'neither')): TimelinePoint => ({
  number: ++n,
  revealedAt: `2026-0${(n % 9) + 1}-01T10:00:00Z`,
  solo: theirs === null,
  mine,
  theirs,
});

describe('readings across check-ins', () => {
  it('calls low ratings in two or more consecutive check-ins without a season recurring, naming them', () => {
    // Alex gives more of the upkeep each time: the viewer says "them", Alex says "me".
    const points = [
      point(view(2, 'them', 'illness'), view(2, 'me')),
      point(view(1, 'them'), view(2, 'me', 'grief')),
      point(view(2, 'them'), view(3, 'me')),
      point(view(2, 'them'), view(2, 'me')),
    ];
    const [r, ...rest] = readingsOverTime(points, names, en);
    expect(rest).toEqual([]);
    expect(r.kind).toBe('recurring');
    expect(r.dimension).toBe('maintenance');
    expect(r.checkIns).toEqual([1, 2, 3, 4]);
    expect(r.unmarked).toEqual([3, 4]);
    expect(r.givesMore).toBe('them');
    expect(r.text).toBe(
      'Upkeep was rated 1–2 by at least one of you in all four check-ins (1, 2, 3 and 4), including the two with no season marked (3 and 4); each time Alex was seen as giving more.',
    );
  });

  it('calls low ratings that fall in check-ins with a season marked "during a season"', () => {
    const points = [point(view(4, 'neither')), point(view(2, 'me', 'grief')), point(view(1, 'me'), view(4, 'them', 'grief')), point(view(4, 'neither'))];
    const [r, ...rest] = readingsOverTime(points, names, en);
    expect(rest).toEqual([]);
    expect(r.kind).toBe('season');
    expect(r.checkIns).toEqual([2, 3]);
    expect(r.unmarked).toEqual([]);
    expect(r.givesMore).toBe('me');
    expect(r.text).toBe(
      'Upkeep was rated 1–2 by at least one of you in two check-ins in a row (2 and 3), each time during a season (you: grief; Alex: grief); each time you were seen as giving more.',
    );
  });

  it('does not call low ratings separated by a season recurring', () => {
    const points = [point(view(2, 'me')), point(view(2, 'me', 'illness')), point(view(2, 'me'))];
    const [r] = readingsOverTime(points, names, en);
    expect(r.kind).toBe('season');
    expect(r.unmarked).toEqual([1, 3]);
    expect(r.text).toContain('one of them during a season (you: illness)');
  });

  it('reads nothing into one low check-in without a season, nor into two that are not consecutive', () => {
    expect(readingsOverTime([point(view(2, 'me')), point(view(4, 'me')), point(view(1, 'me'))], names, en)).toEqual([]);
  });

  it('leaves the leaning out when the two views disagree or it changes', () => {
    const points = [point(view(2, 'me'), view(2, 'me')), point(view(2, 'me'), view(2, 'them'))];
    const [r] = readingsOverTime(points, names, en);
    expect(r.kind).toBe('recurring');
    expect(r.givesMore).toBeNull();
    expect(r.text).not.toContain('giving more');
    expect(r.text).toContain('in both check-ins (1 and 2), with no season marked in any of them.');
  });

  it('reads a solo reflection from its one view', () => {
    const points = [point(view(4, 'me'), null), point(view(2, 'me'), null), point(view(1, 'me'), null)];
    const [r] = readingsOverTime(points, names, en);
    expect(r.kind).toBe('recurring');
    expect(r.checkIns).toEqual([2, 3]);
    expect(r.text).toContain('in two check-ins in a row (2 and 3)');
  });

  it('never grades: no scores out of five, no verdicts', () => {
    const points = [point(view(1, 'them'), view(1, 'me')), point(view(1, 'them'), view(2, 'me'))];
    for (const r of readingsOverTime(points, names, en)) expect(r.text).not.toMatch(/of 5|out of|score of|fail|bad|good|winner/i);
  });

  it('lists check-ins in plain words', () => {
    expect(listCheckIns([3], en)).toBe('3');
    expect(listCheckIns([3, 4], en)).toBe('3 and 4');
    expect(listCheckIns([1, 2, 5], en)).toBe('1, 2 and 5');
  });
});
