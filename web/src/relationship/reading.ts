// The reading across relationships, in words and positions: where the person mostly gives, mostly receives,
// or feels it flows both ways. No totals, no ranking: relationships stay in the order they were started.
import type { IntlShape } from 'react-intl';
import { listOf } from '../i18n/lists';
import { methodWordsFor } from '../method';
import { titleInSentence } from '../titleInSentence';
import { partTitle } from './partTitle';
import { isLow } from './perspective';
import { readingsOverTime, type TimeReading } from '../time/readings';
import type { DimensionKey, Flow, Picture, Reading, ReadingRelationship, TimelinePoint } from '../types';

export const nameOf = (intl: IntlShape, r: ReadingRelationship): string =>
  r.partnerName?.trim() || r.label.trim() || methodWordsFor(intl).KIND_WORDS[r.kind];

/** What a relationship's reading rests on, in one sentence. */
export function basedOnWords(intl: IntlShape, r: ReadingRelationship): string {
  const basedOn = r.basedOn === 'none' || r.basedOn === 'submitted' ? r.basedOn : r.solo ? 'solo' : 'opened';
  return intl.formatMessage({ id: 'relationship.reading.basedOn' }, { basedOn, name: nameOf(intl, r), checkIn: methodWordsFor(intl).checkInName(r.roundNumber ?? 1) });
}

export const overallWords = (intl: IntlShape, overall: number | null): string | null =>
  overall === null ? null : intl.formatMessage({ id: 'relationship.reading.overall' }, { words: methodWordsFor(intl).SCALE_WORDS[overall].toLowerCase() });

/** Where one kind of flow shows up: per relationship, the dimensions (method order) where the person feels it. */
export interface FlowPlace {
  relationshipId: string;
  name: string;
  dimensions: string[];
}

export const FLOWS_ACROSS: readonly Exclude<Flow, 'notNamed'>[] = ['mostlyGive', 'mostlyReceive', 'bothWays'];

export const flowHeading = (intl: IntlShape, flow: Exclude<Flow, 'notNamed'>): string =>
  intl.formatMessage({ id: 'relationship.reading.flowHeading' }, { flow });

export function placesOf(intl: IntlShape, reading: Reading, flow: Flow): FlowPlace[] {
  const { DIMENSIONS } = methodWordsFor(intl);
  return reading.relationships.flatMap((r) => {
    const dimensions = DIMENSIONS.filter((d) => r.dimensions[d.key as DimensionKey]?.mine === flow).map((d) => d.title);
    return dimensions.length ? [{ relationshipId: r.relationshipId, name: nameOf(intl, r), dimensions }] : [];
  });
}

/** Relationships with anything at 1 or 2 now, overall or in any one dimension: the ones whose pictures matter most. */
export const oneDirectional = (reading: Reading): ReadingRelationship[] =>
  reading.relationships.filter((r) => r.basedOn !== 'none' && (isLow(r.overall) || (r.lowDimensions?.length ?? 0) > 0));

/** One part of a relationship at 1 or 2, with the picture written for it and what the check-ins show over time. */
export interface LowPart {
  key: DimensionKey | 'overall';
  title: string;
  score: number;
  picture: Picture | null;
  /** The timeline's reading of this dimension's current run of low check-ins: recurring, or during a season. */
  overTime: TimeReading | null;
}

/**
 * The overall (when at 1–2) and every dimension at 1–2, in the method's order, each with its own picture. A dimension's
 * reading over time is the timeline's (time/readings.ts), for the run that reaches the latest check-in.
 */
export function lowParts(intl: IntlShape, r: ReadingRelationship, points: TimelinePoint[] | null): LowPart[] {
  const over = points && points.length > 0 ? readingsOverTime(points, { me: 'you', them: nameOf(intl, r) }, intl) : [];
  const latest = points?.length ?? 0;
  const parts: LowPart[] = isLow(r.overall) ? [{ key: 'overall', title: partTitle(intl, 'overall'), score: r.overall!, picture: r.picture, overTime: null }] : [];
  for (const d of r.lowDimensions ?? [])
    parts.push({
      key: d.dimension,
      title: methodWordsFor(intl).dimensionText(d.dimension).title,
      score: d.score,
      picture: d.picture?.text ? d.picture : null,
      overTime: over.find((t) => t.dimension === d.dimension && t.checkIns.includes(latest)) ?? null,
    });
  return parts;
}

/** "reaching out, depth and upkeep": the titles as they read inside a sentence, in the reader's list. */
export function listWords(intl: IntlShape, items: string[]): string {
  return listOf(intl, items.map((title) => titleInSentence(intl, title)));
}
