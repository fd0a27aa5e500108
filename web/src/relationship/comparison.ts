// Side-by-side reading of two perspectives: different experiences to talk about, never a verdict.
import type { IntlShape } from 'react-intl';
import { frameOf, type LeanFrame } from './leaning';
import { differentOpener, leansSentence, sharedImbalanceOpener, type Names, type Seasons } from './leanSentences';
import { DIMENSION_KEYS, methodWordsFor } from '../method';
import { normalize, type LocalDimension, type LocalDraft } from './perspective';
import type { DimensionKey, Perspective } from '../types';

export type { Names } from './leanSentences';

export type Experience = 'similar' | 'different' | 'sharedImbalance' | 'incomplete';

export interface DimensionComparison {
  key: DimensionKey;
  title: string;
  mine: LocalDimension;
  theirs: LocalDimension;
  gap: number | null;
  /** Both leanings in one frame: who gives more, as each named a person. */
  frame: LeanFrame;
  difference: Difference;
  experience: Experience;
  headline: string;
  leansReading: string;
  conversation: string;
  /** The words that open this dimension's conversation, a marked season named in them. */
  opener: string;
}

/** Which two things differ, when a dimension is a different experience: the leanings, or only how mutual it feels. */
export type Difference = 'leans' | 'scores' | null;

const seasonsOf = (a: LocalDraft, b: LocalDraft): Seasons => ({ a: a.season.kind, b: b.season.kind });

export function compareDimension(intl: IntlShape, key: DimensionKey, mine: Perspective, theirs: Perspective, names: Names): DimensionComparison {
  const text = methodWordsFor(intl).dimensionText(key);
  const a = normalize(mine);
  const b = normalize(theirs);
  const m = a.dimensions[key];
  const t = b.dimensions[key];
  const frame = frameOf(m.leans, t.leans);
  const seasons = seasonsOf(a, b);
  const gap = m.score !== null && t.score !== null ? Math.abs(m.score - t.score) : null;
  const difference: Difference = gap === null ? null : frame.differ ? 'leans' : gap >= 2 ? 'scores' : null;
  let experience: Experience;
  if (gap === null) experience = 'incomplete';
  else if (difference) experience = 'different';
  else if (frame.giver && m.score! <= 2 && t.score! <= 2) experience = 'sharedImbalance';
  else experience = 'similar';
  return {
    key,
    title: text.title,
    mine: m,
    theirs: t,
    gap,
    frame,
    difference,
    experience,
    headline: headline(intl, difference ?? (experience as Exclude<Experience, 'different'>)),
    leansReading: leansSentence(intl, frame, names, seasons),
    conversation: text.conversation,
    opener:
      experience === 'sharedImbalance'
        ? sharedImbalanceOpener(intl, frame, names, text.giving, seasons)
        : differentOpener(intl, text.conversation, names, seasons),
  };
}

/** A headline says what the sentences below it say: leanings that differ, or only how mutual it feels. */
function headline(intl: IntlShape, kind: Exclude<Experience, 'different'> | 'leans' | 'scores'): string {
  const { EXPERIENCE_WORDS } = methodWordsFor(intl);
  if (kind === 'similar') return EXPERIENCE_WORDS.similar;
  if (kind === 'incomplete') return EXPERIENCE_WORDS.unanswered;
  return intl.formatMessage({ id: 'relationship.comparison.worthTalking' }, { experience: EXPERIENCE_WORDS[kind] });
}

export function compare(intl: IntlShape, mine: Perspective, theirs: Perspective, names: Names): DimensionComparison[] {
  return DIMENSION_KEYS.map((key) => compareDimension(intl, key, mine, theirs, names));
}

/** Words first, the number after: "Mostly one-directional (2 on the 1–5 scale)". Never a grade out of five. */
export const scoreWords = (intl: IntlShape, score: number | null): string =>
  score === null
    ? intl.formatMessage({ id: 'relationship.comparison.notAnswered' })
    : intl.formatMessage({ id: 'relationship.comparison.score' }, { words: methodWordsFor(intl).SCALE_WORDS[score], score });

export interface StartingPoint {
  key: DimensionKey;
  title: string;
  kind: 'different' | 'sharedImbalance';
  /** What differs, for a different experience: the leanings, or only how mutual it feels. */
  difference: Difference;
  /** The words that open this conversation. */
  opener: string;
  /** A gap of 3 or more: offer the listen-first way to talk, and a counsellor. */
  bigGap: boolean;
}

/**
 * The reveal's suggested starting points, at most two. The rule:
 * - a *different experience* is a gap of 2 or more, or leans that disagree; the larger gap comes first, then the method's order;
 * - a *shared imbalance* is both at 1–2 with both naming the same person as giving more; the lower pair of scores first;
 * - with both kinds present, the first of each is offered (one different experience, one shared imbalance);
 *   otherwise the first two of the one kind. Nothing else is suggested: similar experiences need no starting point.
 * Each carries its own opener; a gap of 3 or more is marked for the listen-first way to talk.
 */
export function startingPoints(rows: DimensionComparison[]): StartingPoint[] {
  const different = rows
    .filter((r) => r.experience === 'different')
    .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0));
  const shared = rows
    .filter((r) => r.experience === 'sharedImbalance')
    .sort((a, b) => a.mine.score! + a.theirs.score! - (b.mine.score! + b.theirs.score!));
  const chosen = different.length > 0 && shared.length > 0 ? [different[0], shared[0]] : [...different, ...shared].slice(0, 2);
  return chosen.map((r) => ({
    key: r.key,
    title: r.title,
    kind: r.experience === 'sharedImbalance' ? 'sharedImbalance' : 'different',
    difference: r.difference,
    opener: r.opener,
    bigGap: (r.gap ?? 0) >= 3,
  }));
}
