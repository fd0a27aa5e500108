// Words a person wrote (a name, a note, a title) keep their own direction wherever they sit: an Arabic name inside an
// English sentence, a Latin name inside an Arabic one, a name ending in "!" or a number, none of them reorders the
// sentence around it. The pattern, for every folder:
//   a name inside a sentence:  intl.formatMessage({ id }, { name: <Own>{name}</Own> })   (or <FormattedMessage values>)
//   free text standing alone:  <p dir="auto">{note}</p>        (the browser takes its direction from its first letter)
//   a name inside a string that is not JSX (document.title, aria-label): isolated(name)
import type { ReactNode } from 'react';

/** A name or a short piece of a person's own text inside a sentence: an isolate (`<bdi>`), so its direction is its own. */
export function Own({ children }: { children: ReactNode }) {
  return <bdi>{children}</bdi>;
}

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * The same isolation in plain text, where no element can be (a page title, an aria-label): Unicode's first-strong
 * isolate around the words. Screen readers and browsers do not read the two marks; text matching does see them.
 */
export const isolated = (text: string): string => `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
