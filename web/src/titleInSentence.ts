// A method word's title (a dimension, a kind of relationship) inside a sentence: English and Spanish write it in lower
// case there ("A picture for reaching out"); German keeps its capitals (nouns are capitalised) and Arabic has no case.
import type { IntlShape } from 'react-intl';

export const titleInSentence = (intl: IntlShape, title: string): string =>
  intl.locale === 'de' ? title : title.toLocaleLowerCase(intl.locale);
