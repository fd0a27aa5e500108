// Plain readings across check-ins: is a low rating a season, or the relationship's resting state? Facts with their
// check-ins, never a grade. The rule (web/README.md, "Readings across check-ins"):
// - a check-in is *low* in a dimension when either person rated it 1 or 2;
// - a check-in is *in a season* when either person marked a season (illness, grief, a transition, something else);
// - *recurring*: a run of consecutive low check-ins holding 2 or more consecutive check-ins with no season marked;
// - *during a season*: any other run of low check-ins that holds at least one check-in with a season marked.
// A single low check-in with no season is one moment, not a pattern: no reading.
import type { IntlShape } from 'react-intl';
import type { MessageId } from '../i18n/messageIds';
import { listOf } from '../i18n/lists';
import { namedBy } from '../relationship/leaning';
import { DIMENSION_KEYS, methodWordsFor } from '../method';
import type { DimensionKey, PointOfView, TimelinePoint } from '../types';

export type ReadingKind = 'recurring' | 'season';

export interface TimeReading {
  dimension: DimensionKey;
  kind: ReadingKind;
  /** Check-ins by their place on the timeline, counted from 1. */
  checkIns: number[];
  /** The ones among them with no season marked. */
  unmarked: number[];
  /** Who both views (where given) saw as giving more in every one of them; null when it varied or was not named. */
  givesMore: 'me' | 'them' | null;
  text: string;
}

export interface Names {
  /** The first person, named in a sentence only when read from outside the pair; inside it, the catalogue's "you". */
  me: string;
  them: string;
  /** Read by someone outside the pair (a facilitator): both named in the third person ("Sam was", "one of them"). */
  outside?: boolean;
}

/** A small count as English writes it in a sentence ("three check-ins"); other languages choose their own form. */
export const countWord = (n: number, intl: IntlShape): string => intl.formatMessage({ id: 'time.readings.countWord' }, { n });

/** "3", "3 and 4", "3, 4 and 5". */
export const listCheckIns = (ns: number[], intl: IntlShape): string => listOf(intl, ns);

const isLow = (p: TimelinePoint, d: DimensionKey): boolean =>
  [p.mine, p.theirs].some((v) => v != null && typeof v.scores[d] === 'number' && (v.scores[d] as number) <= 2);

export const inSeason = (p: TimelinePoint): boolean =>
  [p.mine, p.theirs].some((v) => v != null && v.season != null && v.season !== 'none');

/** Who gives more in one check-in, in the one frame of two leanings (leaning.ts): the one person named by whoever
 * named a person; null when they named different people or nobody was named. */
function giverIn(p: TimelinePoint, d: DimensionKey): 'me' | 'them' | null {
  const named = new Set([namedBy(p.mine.leans[d], 'a'), p.theirs ? namedBy(p.theirs.leans[d], 'b') : null].filter((n) => n === 'a' || n === 'b'));
  if (named.size !== 1) return null;
  return named.has('a') ? 'me' : 'them';
}

/** Two or more consecutive entries of `flags` are true. */
const twoInARow = (flags: boolean[]): boolean => flags.some((f, i) => f && flags[i + 1] === true);

/**
 * Readings for every dimension, in the method's order; points in timeline order (oldest first). Their sentences are in
 * the language of `intl` (the page's language when none is given).
 */
export function readingsOverTime(points: TimelinePoint[], names: Names, intl: IntlShape): TimeReading[] {
  const readings: TimeReading[] = [];
  for (const d of DIMENSION_KEYS) {
    let run: number[] = [];
    const flush = () => {
      const r = readRun(points, d, run, names, intl);
      if (r) readings.push(r);
      run = [];
    };
    points.forEach((p, i) => (isLow(p, d) ? run.push(i) : flush()));
    flush();
  }
  return readings;
}

function readRun(points: TimelinePoint[], d: DimensionKey, run: number[], names: Names, intl: IntlShape): TimeReading | null {
  if (run.length === 0) return null;
  const marked = run.map((i) => inSeason(points[i]));
  const unmarked = run.filter((_, k) => !marked[k]).map((i) => i + 1);
  const recurring = twoInARow(marked.map((m) => !m));
  if (!recurring && unmarked.length === run.length) return null;
  const givers = run.map((i) => giverIn(points[i], d));
  const givesMore = givers.every((g) => g !== null && g === givers[0]) ? givers[0] : null;
  const checkIns = run.map((i) => i + 1);
  const kind: ReadingKind = recurring ? 'recurring' : 'season';
  return { dimension: d, kind, checkIns, unmarked, givesMore, text: sentence(d, kind, checkIns, unmarked, givesMore, points.length, run, points, names, intl) };
}

function sentence(
  d: DimensionKey,
  kind: ReadingKind,
  checkIns: number[],
  unmarked: number[],
  givesMore: 'me' | 'them' | null,
  total: number,
  run: number[],
  points: TimelinePoint[],
  names: Names,
  intl: IntlShape,
): string {
  const n = checkIns.length;
  const values = {
    dimension: methodWordsFor(intl).dimensionText(d).title,
    outside: String(names.outside === true),
    span: n === 1 ? 'one' : n === total ? 'all' : 'other',
    first: checkIns[0],
    count: n,
    countWord: countWord(n, intl),
    list: listCheckIns(checkIns, intl),
    lean: givesMore ?? 'none',
    me: names.me,
    them: names.them,
  };
  if (kind === 'recurring') {
    return intl.formatMessage(
      { id: 'time.readings.recurring' },
      { ...values, unmarkedAll: String(unmarked.length === n), unmarkedWord: countWord(unmarked.length, intl), unmarkedList: listCheckIns(unmarked, intl) },
    );
  }
  const seasonal = run.filter((i) => inSeason(points[i])).map((i) => seasonNames(points[i], names, intl));
  return intl.formatMessage(
    { id: 'time.readings.season' },
    {
      ...values,
      during: unmarked.length > 0 ? 'some' : n === 1 ? 'one' : 'each',
      seasonWord: countWord(n - unmarked.length, intl),
      seasons: seasonal.join(intl.formatMessage({ id: 'time.list.semicolon' })),
    },
  );
}

/** Who marked which season at one check-in: "you: grief, Alex: illness". */
function seasonNames(p: TimelinePoint, names: Names, intl: IntlShape): string {
  const said = (v: PointOfView | null, who: string) =>
    v && v.season !== 'none' ? [intl.formatMessage({ id: 'time.readings.seasonOf' }, { who, season: intl.formatMessage({ id: SEASON_SHORT[v.season] }) })] : [];
  const me = names.outside ? names.me : intl.formatMessage({ id: 'time.you' });
  return listOf(intl, [...said(p.mine, me), ...said(p.theirs, names.them)], 'unit');
}

/** A season in the few words a reading or a table gives it. */
export const SEASON_SHORT: Record<PointOfView['season'], MessageId> = {
  none: 'time.season.none',
  illness: 'time.season.illness',
  grief: 'time.season.grief',
  transition: 'time.season.transition',
  other: 'time.season.other',
};
