// Where things sit on a dimension's chart across check-ins: positions on the 1–5 line (5 "roughly mutual" at the top),
// one column per check-in, a band behind each check-in with a season marked, named by its kind. No line joins the marks:
// check-ins are moments, not a trend. Pure, so it is tested without a browser.
// Right to left (Arabic) the chart mirrors as the page does: time runs from the right (the first check-in) to the
// left (the latest), the 1–5 labels stand on the right; up is still more mutual.
import type { IntlShape } from 'react-intl';
import type { MessageId } from '../i18n/messageIds';
import type { DimensionKey, SeasonKind, TimelinePoint } from '../types';
import { inSeason } from './readings';

export const CHART = { width: 320, height: 150, left: 28, right: 12, top: 16, bottom: 26 } as const;

export interface Mark {
  checkIn: number;
  x: number;
  y: number;
  score: number;
}

export interface ChartGeometry {
  /** The centre of each check-in's column, by place on the timeline. */
  columns: { checkIn: number; x: number }[];
  mine: Mark[];
  theirs: Mark[];
  /** Behind the check-ins where either person marked a season, with the kinds marked (each once): the band's name. */
  seasons: { checkIn: number; x: number; width: number; kinds: SeasonKind[] }[];
  /** The scale's lines, 1 to 5. */
  levels: { score: number; y: number }[];
  /** Where the scale's lines run, and where their labels end (on the side where the reading starts). */
  axis: { x1: number; x2: number; labelX: number };
}

const plotWidth = CHART.width - CHART.left - CHART.right;
const plotHeight = CHART.height - CHART.top - CHART.bottom;

export const yFor = (score: number): number => CHART.top + ((5 - score) / 4) * plotHeight;

/** Columns evenly spaced; a single check-in sits in the middle. */
export const columnWidth = (count: number): number => plotWidth / Math.max(count, 1);
export const xFor = (index: number, count: number): number => CHART.left + columnWidth(count) * (index + 0.5);

const round = (n: number): number => Math.round(n * 10) / 10;

export function chartGeometry(points: TimelinePoint[], d: DimensionKey, direction: 'ltr' | 'rtl' = 'ltr'): ChartGeometry {
  const count = points.length;
  const along = direction === 'rtl' ? (x: number) => CHART.width - x : (x: number) => x;
  const columnX = (i: number) => round(along(xFor(i, count)));
  const marks = (pick: (p: TimelinePoint) => number | null | undefined): Mark[] =>
    points.flatMap((p, i) => {
      const score = pick(p);
      return typeof score === 'number' ? [{ checkIn: i + 1, x: columnX(i), y: round(yFor(score)), score }] : [];
    });
  return {
    columns: points.map((_, i) => ({ checkIn: i + 1, x: columnX(i) })),
    mine: marks((p) => p.mine.scores[d]),
    theirs: marks((p) => p.theirs?.scores[d]),
    seasons: points.flatMap((p, i) =>
      inSeason(p) ? [{ checkIn: i + 1, x: round(along(xFor(i, count)) - columnWidth(count) / 2), width: round(columnWidth(count)), kinds: seasonKinds(p) }] : [],
    ),
    levels: [1, 2, 3, 4, 5].map((score) => ({ score, y: round(yFor(score)) })),
    // A label's end (text-anchor="end", which follows the page's direction) sits 8 units outside the lines.
    axis:
      direction === 'rtl'
        ? { x1: CHART.right, x2: CHART.width - CHART.left, labelX: CHART.width - CHART.left + 8 }
        : { x1: CHART.left, x2: CHART.width - CHART.right, labelX: CHART.left - 8 },
  };
}

/** The kinds of season marked at one check-in, each once, the viewer's first. */
export function seasonKinds(p: TimelinePoint): SeasonKind[] {
  const kinds = [p.mine.season, p.theirs?.season ?? 'none'].filter((k): k is SeasonKind => k !== 'none');
  return [...new Set(kinds)];
}

/** A season band's name, in the chart's few words: "illness", "grief & transition". */
export const seasonBandName = (kinds: SeasonKind[], intl: IntlShape): string =>
  kinds.map((k) => intl.formatMessage({ id: SEASON_BAND_WORDS[k] })).join(intl.formatMessage({ id: 'time.chart.seasonJoin' }));

const SEASON_BAND_WORDS: Record<SeasonKind, MessageId> = {
  none: 'time.chart.season.none',
  illness: 'time.chart.season.illness',
  grief: 'time.chart.season.grief',
  transition: 'time.chart.season.transition',
  other: 'time.chart.season.other',
};
