// Side-by-side reading of two perspectives: different experiences to talk about, never a verdict.
import { DIMENSIONS, SCALE_WORDS } from './method';
import { normalize, type LocalDimension } from './perspective';
import type { DimensionKey, Leans, Perspective } from './types';

export type Experience = 'similar' | 'different' | 'incomplete';

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
  else experience = 'similar';
  const headline =
    experience === 'different'
      ? 'Different experiences: worth talking about'
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

export const scoreWords = (score: number | null): string =>
  score === null ? 'Not answered' : `${score} · ${SCALE_WORDS[score]}`;

export const REFLECTION_NOTE =
  'Each rating describes a relationship and also the person who gave it: what they notice, ' +
  'what they need, and the season they are in. Neither view is the true one; together they are a place to start.';
