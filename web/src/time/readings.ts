// Plain readings across check-ins: is a low rating a season, or the relationship's resting state? Facts with their
// check-ins, never a grade. The rule (web/README.md, "Readings across check-ins"):
// - a check-in is *low* in a dimension when either person rated it 1 or 2;
// - a check-in is *in a season* when either person marked a season (illness, grief, a transition, something else);
// - *recurring*: a run of consecutive low check-ins holding 2 or more consecutive check-ins with no season marked;
// - *during a season*: any other run of low check-ins that holds at least one check-in with a season marked.
// A single low check-in with no season is one moment, not a pattern: no reading.
import { namedBy } from '../relationship/leaning';
import { DIMENSION_KEYS, dimensionText } from '../method';
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
  /** How the viewer is named in a sentence: "you". */
  me: string;
  them: string;
  /** Read by someone outside the pair (a facilitator): both named in the third person ("Sam was", "one of them"). */
  outside?: boolean;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export const countWord = (n: number): string => WORDS[n] ?? String(n);

/** "3", "3 and 4", "3, 4 and 5". */
export function listCheckIns(ns: number[]): string {
  if (ns.length <= 1) return ns.join('');
  return `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}

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

/** Readings for every dimension, in the method's order; points in timeline order (oldest first). */
export function readingsOverTime(points: TimelinePoint[], names: Names): TimeReading[] {
  const readings: TimeReading[] = [];
  for (const d of DIMENSION_KEYS) {
    let run: number[] = [];
    const flush = () => {
      const r = readRun(points, d, run, names);
      if (r) readings.push(r);
      run = [];
    };
    points.forEach((p, i) => (isLow(p, d) ? run.push(i) : flush()));
    flush();
  }
  return readings;
}

function readRun(points: TimelinePoint[], d: DimensionKey, run: number[], names: Names): TimeReading | null {
  if (run.length === 0) return null;
  const marked = run.map((i) => inSeason(points[i]));
  const unmarked = run.filter((_, k) => !marked[k]).map((i) => i + 1);
  const recurring = twoInARow(marked.map((m) => !m));
  if (!recurring && unmarked.length === run.length) return null;
  const givers = run.map((i) => giverIn(points[i], d));
  const givesMore = givers.every((g) => g !== null && g === givers[0]) ? givers[0] : null;
  const checkIns = run.map((i) => i + 1);
  const kind: ReadingKind = recurring ? 'recurring' : 'season';
  return { dimension: d, kind, checkIns, unmarked, givesMore, text: sentence(d, kind, checkIns, unmarked, givesMore, points.length, run, points, names) };
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
): string {
  const n = checkIns.length;
  const title = dimensionText(d).title;
  const where =
    n === 1
      ? `in check-in ${checkIns[0]}`
      : n === total
        ? `in ${n === 2 ? 'both' : `all ${countWord(n)}`} check-ins (${listCheckIns(checkIns)})`
        : `in ${countWord(n)} check-ins in a row (${listCheckIns(checkIns)})`;
  const lean = givesMore === null ? '' : `; each time ${givesMore === 'me' ? `${names.me} ${names.outside ? 'was' : 'were'}` : `${names.them} was`} seen as giving more`;
  const ofUs = names.outside ? 'of them' : 'of you';
  if (kind === 'recurring') {
    const seasons =
      unmarked.length === n
        ? 'with no season marked in any of them'
        : `including the ${countWord(unmarked.length)} with no season marked (${listCheckIns(unmarked)})`;
    return `${title} was rated 1–2 by at least one ${ofUs} ${where}, ${seasons}${lean}.`;
  }
  const seasonal = run.filter((i) => inSeason(points[i])).map((i) => seasonNames(points[i], names));
  const during =
    unmarked.length === 0
      ? n === 1
        ? `during a season (${seasonal[0]})`
        : `each time during a season (${seasonal.join('; ')})`
      : `${countWord(n - unmarked.length)} of them during a season (${seasonal.join('; ')})`;
  return `${title} was rated 1–2 by at least one ${ofUs} ${where}, ${during}${lean}.`;
}

function seasonNames(p: TimelinePoint, names: Names): string {
  const said = (v: PointOfView | null, who: string) => (v && v.season !== 'none' ? [`${who}: ${SEASON_SHORT[v.season]}`] : []);
  return [...said(p.mine, names.me), ...said(p.theirs, names.them)].join(', ');
}

export const SEASON_SHORT: Record<PointOfView['season'], string> = {
  none: 'no season',
  illness: 'illness',
  grief: 'grief',
  transition: 'a transition',
  other: 'something else',
};
