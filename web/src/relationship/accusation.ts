// A gentle hint when shared words read as an accusation rather than what the writer notices or needs. Patterns of
// speech, not a list of phrases: an absolute aimed at "you" ("you are always late"), a "you don't", a label for the
// person, a "why can't you". Never blocks anything: the writer decides. The patterns read English; the hint itself is
// worded in the reader's language (relationship.GentleHint.*).
import type { IntlShape } from 'react-intl';

/** "you", "u", "you're", "you've", "you'd", then any of the small words that sit between "you" and what follows. */
const YOU = String.raw`\b(?:you|u)(?:'re|'ve|'d|'ll)?(?:\s+(?:are|were|have|had|just|still|really|only|even|literally|seem\s+to|keep|kept))*`;
const LABELS = String.raw`selfish|lazy|useless|pathetic|careless|inconsiderate|thoughtless|heartless|ungrateful|controlling|toxic|narcissist(?:ic)?|immature|clingy|needy`;

const PATTERNS: RegExp[] = [
  // An absolute aimed at the person: "you always", "you are always late", "you've never once asked".
  new RegExp(`${YOU}\\s+(?:always|never|constantly|forever|not\\s+once)\\b`, 'i'),
  // A "you don't": "you don't listen", "you didn't even call", "you refuse to", "you fail to". Not "you didn't have to".
  new RegExp(
    `${YOU}\\s+(?:don't|doesn't|didn't|won't|can't|cannot|couldn't|wouldn't|do\\s+not|did\\s+not|will\\s+not|refuse[sd]?\\s+to|fail(?:ed)?\\s+to)(?!\\s+(?:have|need)\\s+to\\b)(?!\\s+mind\\b)\\b`,
    'i',
  ),
  // "you keep cancelling", "you kept forgetting".
  new RegExp(`\\b(?:you|u)\\s+(?:keep|kept)\\s+(?:on\\s+)?\\w+ing\\b`, 'i'),
  // A label, on its own or aimed at "you": "you're so selfish", "you are too busy for me".
  new RegExp(`\\b(?:${LABELS})\\b`, 'i'),
  new RegExp(`\\b(?:you|u)(?:'re|\\s+are|\\s+were)\\s+(?:so|too|such\\s+an?)\\s+\\w+`, 'i'),
  // Blame and guilt: "your fault", "because of you", "you make me feel", "you should have".
  /\b(?:your|ur)\s+(?:fault|problem)\b/i,
  /\bbecause\s+of\s+(?:you|u)\b/i,
  /\b(?:you|u)\s+(?:make|made)\s+me\b(?!\s+(?:laugh|smile|happy|feel\s+(?:loved|safe|seen|heard|better|good|welcome)))/i,
  /\b(?:you|u)\s+(?:should(?:n't)?|ought\s+to)(?:\s+have|'ve)?\b/i,
  // A question that accuses: "why can't you", "why do you always".
  /\bwhy\s+(?:do|does|did|don't|can't|won't|didn't|would|are|aren't|must)\s+(?:you|u)\b/i,
  // A tally of who does more: "I'm the only one who", "it's always me", "I always have to".
  /\b(?:I'm|I\s+am)\s+(?:always\s+)?the\s+only\s+one\b/i,
  /\b(?:it's|it\s+is)\s+always\s+me\b/i,
  /\bI\s+(?:always|constantly)\s+have\s+to\b/i,
];

/** Where the text will be read: the hint's example fits what is being written. */
export type GentleWhere = 'picture' | 'note' | 'thanks' | 'smallThing';

export interface AccusationHint {
  /** The words that read as an accusation, as written (in lower case). */
  phrase: string;
  where: GentleWhere;
}

/** The hint in the reader's words: the phrase as written, and an example that fits where the text will be read. */
export const hintWords = (intl: IntlShape, hint: AccusationHint): string =>
  intl.formatMessage({ id: 'relationship.GentleHint.hint' }, { phrase: hint.phrase, where: hint.where });

/** Typed apostrophes (’) read like straight ones. */
const plain = (text: string) => text.replace(/[\u2018\u2019\u02bc]/g, "'");

/** A hint when the text reads as an accusation, else null. Never blocks saving or sharing. */
export function accusationHint(text: string, where: GentleWhere = 'picture'): AccusationHint | null {
  const t = plain(text);
  for (const pattern of PATTERNS) {
    const match = pattern.exec(t);
    if (match) {
      const phrase = text.slice(match.index, match.index + match[0].length).trim().toLowerCase();
      return { phrase, where };
    }
  }
  return null;
}
