// The title of one part of a perspective in the reader's words: a dimension's title, or "Overall".
import type { IntlShape } from 'react-intl';
import { methodWordsFor } from '../method';
import type { DimensionKey } from '../types';

export type Part = DimensionKey | 'overall';

export const partTitle = (intl: IntlShape, part: Part): string =>
  part === 'overall' ? intl.formatMessage({ id: 'relationship.part.overall' }) : methodWordsFor(intl).dimensionText(part).title;
