// One frame for two leanings. Each rater answers from their own side ("I mostly give" is `me`), so before two answers
// are compared both are turned into *who* gives more, as each named a person: the first person (a), the second (b),
// both ways, or nothing said. Every sentence about two leanings (the reveal, the facilitator's screen, the timeline)
// is read from this frame, never from the raw answers.
import type { Leans } from '../types';

export type Person = 'a' | 'b';

/** What one rater named: the person who gives more, "both ways", or nothing. */
export type Named = Person | 'both' | null;

export const otherPerson = (p: Person): Person => (p === 'a' ? 'b' : 'a');

/** One rater's answer in the shared frame: their `me` is themselves, their `them` is the other person. */
export const namedBy = (lean: Leans | null | undefined, rater: Person): Named =>
  lean === 'me' ? rater : lean === 'them' ? otherPerson(rater) : lean === 'neither' ? 'both' : null;

/** How the two namings sit together. */
export type Agreement =
  /** Both name the same person as giving more. */
  | 'sameGiver'
  /** Both feel it flows both ways. */
  | 'bothWays'
  /** Each names themselves: each feels they give more. */
  | 'eachSelf'
  /** Each names the other: each feels the other gives more. */
  | 'eachOther'
  /** One names a person, the other feels it flows both ways. */
  | 'oneWayAndBoth'
  /** Only one of them named anything. */
  | 'oneSaid'
  /** Neither named anything. */
  | 'unsaid';

export interface LeanFrame {
  /** What the first person named, and the second. */
  byA: Named;
  byB: Named;
  agreement: Agreement;
  /** The person both name as giving more (`sameGiver` only). */
  giver: Person | null;
  /** The two answers name different things: a different experience. An unanswered side is never a difference. */
  differ: boolean;
  /** Somebody is named as giving more, by at least one of them. */
  leansOneWay: boolean;
}

export function frameOf(a: Leans | null | undefined, b: Leans | null | undefined): LeanFrame {
  const byA = namedBy(a, 'a');
  const byB = namedBy(b, 'b');
  const agreement: Agreement =
    byA === null && byB === null
      ? 'unsaid'
      : byA === null || byB === null
        ? 'oneSaid'
        : byA === byB
          ? byA === 'both'
            ? 'bothWays'
            : 'sameGiver'
          : byA === 'both' || byB === 'both'
            ? 'oneWayAndBoth'
            : byA === 'a'
              ? 'eachSelf'
              : 'eachOther';
  return {
    byA,
    byB,
    agreement,
    giver: agreement === 'sameGiver' ? (byA as Person) : null,
    differ: agreement === 'eachSelf' || agreement === 'eachOther' || agreement === 'oneWayAndBoth',
    leansOneWay: [byA, byB].some((n) => n === 'a' || n === 'b'),
  };
}

