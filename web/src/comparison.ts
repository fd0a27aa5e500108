// Side-by-side reading of two perspectives: different experiences to talk about, never a verdict.
import { DIMENSIONS, dimensionText, SCALE_WORDS } from './method';
import { normalize, type LocalDimension } from './perspective';
import type { DimensionKey, Leans, Perspective } from './types';

export type Experience = 'similar' | 'different' | 'sharedImbalance' | 'incomplete';

export interface DimensionComparison {
  key: DimensionKey;
  title: string;
  mine: LocalDimension;
  theirs: LocalDimension;
  gap: number | null;
  experience: Experience;
  headline: string;
  leansReading: string;
  conversation: string;
}

/** How the two "which way it leans" answers read together. Each rater's `me` means themselves. */
export function leansReading(mine: Leans | null, theirs: Leans | null, partnerName: string): string {
  if (!mine || !theirs) return '';
  if (mine === 'me' && theirs === 'me')
    return 'You each feel you mostly give here. That often means you give in different ways, and each of you notices your own giving most.';
  if (mine === 'them' && theirs === 'them')
    return 'You each feel you mostly receive here. There may be thanks here that hasn’t been said yet.';
  if (mine === 'me' && theirs === 'them') return 'You both see yourself giving more of this at the moment.';
  if (mine === 'them' && theirs === 'me') return `You both see ${partnerName} giving more of this at the moment.`;
  if (mine === 'neither' && theirs === 'neither') return 'You both feel this one flows both ways.';
  return 'One of you feels this flows both ways, and the other feels it leans one way. It may help to hear what each of you notices.';
}

const leansDiffer = (a: Leans | null, b: Leans | null): boolean => {
  if (!a || !b) return false;
  if (a === 'neither' || b === 'neither') return a !== b;
  return a === b; // both "me" or both "them": each sees it the other way round
};

/** Who both name as giving more: `mine` when the first person gives by both accounts, `theirs` for the other, else null. */
export const giverOf = (a: Leans | null, b: Leans | null): 'mine' | 'theirs' | null =>
  a === 'me' && b === 'them' ? 'mine' : a === 'them' && b === 'me' ? 'theirs' : null;

export function compareDimension(
  key: DimensionKey,
  mine: Perspective,
  theirs: Perspective,
  partnerName: string,
): DimensionComparison {
  const text = DIMENSIONS.find((d) => d.key === key)!;
  const m = normalize(mine).dimensions[key];
  const t = normalize(theirs).dimensions[key];
  const gap = m.score !== null && t.score !== null ? Math.abs(m.score - t.score) : null;
  let experience: Experience;
  if (gap === null) experience = 'incomplete';
  else if (gap >= 2 || leansDiffer(m.leans, t.leans)) experience = 'different';
  else if (giverOf(m.leans, t.leans) && m.score! <= 2 && t.score! <= 2) experience = 'sharedImbalance';
  else experience = 'similar';
  const headline =
    experience === 'different'
      ? 'Different experiences: worth talking about'
      : experience === 'sharedImbalance'
        ? 'Both notice it leans one way: worth talking about'
        : experience === 'similar'
          ? 'A similar experience'
          : 'Not everything was answered here';
  return {
    key,
    title: text.title,
    mine: m,
    theirs: t,
    gap,
    experience,
    headline,
    leansReading: leansReading(m.leans, t.leans, partnerName),
    conversation: text.conversation,
  };
}

export function compare(mine: Perspective, theirs: Perspective, partnerName: string): DimensionComparison[] {
  return DIMENSIONS.map((d) => compareDimension(d.key, mine, theirs, partnerName));
}

/** Dimensions to start with: the different experiences first, in the method's order. */
export const conversationOrder = (rows: DimensionComparison[]): DimensionComparison[] => [
  ...rows.filter((r) => r.experience === 'different'),
  ...rows.filter((r) => r.experience !== 'different'),
];

/** Words first, the number after: "Mostly one-directional (2 on the 1–5 scale)". Never a grade out of five. */
export const scoreWords = (score: number | null): string =>
  score === null ? 'Not answered' : `${SCALE_WORDS[score]} (${score} on the 1–5 scale)`;

export interface StartingPoint {
  key: DimensionKey;
  title: string;
  kind: 'different' | 'sharedImbalance';
  /** The words that open this conversation. */
  opener: string;
  /** A gap of 3 or more: offer the listen-first way to talk, and a counsellor. */
  bigGap: boolean;
}

/** How to name the two people in an opener: the viewer is "you" (self null), or both are named (a facilitator's screen). */
export interface Names {
  self: string | null;
  other: string;
}

const sharedImbalanceOpener = (row: DimensionComparison, names: Names): string => {
  const giver = giverOf(row.mine.leans, row.theirs.leans) === 'mine' ? names.self : names.other;
  const who = giver === null ? 'you give' : `${giver} gives`;
  const both = names.self === null ? 'You both' : `${names.self} and ${names.other} both`;
  return `${both} notice ${who} most of ${dimensionText(row.key).giving}. Is that a season, or the usual pattern?`;
};

/**
 * The reveal's suggested starting points, at most two. The rule:
 * - a *different experience* is a gap of 2 or more, or leans that disagree; the larger gap comes first, then the method's order;
 * - a *shared imbalance* is both at 1–2 with both naming the same person as giving more; the lower pair of scores first;
 * - with both kinds present, the first of each is offered (one different experience, one shared imbalance);
 *   otherwise the first two of the one kind. Nothing else is suggested: similar experiences need no starting point.
 * Each carries its own opener; a gap of 3 or more is marked for the listen-first way to talk.
 */
export function startingPoints(rows: DimensionComparison[], names: Names): StartingPoint[] {
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
    opener: r.experience === 'sharedImbalance' ? sharedImbalanceOpener(r, names) : r.conversation,
    bigGap: (r.gap ?? 0) >= 3,
  }));
}

export const REFLECTION_NOTE =
  'Each rating describes a relationship and also the person who gave it: what they notice, ' +
  'what they need, and the season they are in. Neither view is the true one; together they are a place to start.';
