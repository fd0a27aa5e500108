// A gentle hint when shared words read as an accusation rather than what the writer notices or needs. Patterns of
// speech, not a list of phrases: an absolute aimed at "you" ("you are always late"), a "you don't", a label for the
// person, a "why can't you". Never blocks anything: the writer decides. The patterns are the writer's language's
// (accusationPatterns.ts, English among them); the hint itself is worded in the reader's language (relationship.GentleHint.*).
import type { IntlShape } from 'react-intl';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { ACCUSATION_PATTERNS } from './accusationPatterns';

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
export function accusationHint(text: string, where: GentleWhere = 'picture', language: Language = DEFAULT_LANGUAGE): AccusationHint | null {
  const t = plain(text);
  for (const pattern of ACCUSATION_PATTERNS[language]) {
    const match = pattern.exec(t);
    if (match) {
      const phrase = text.slice(match.index, match.index + match[0].length).trim().toLowerCase();
      return { phrase, where };
    }
  }
  return null;
}
