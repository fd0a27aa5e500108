// A list as one phrase in the reader's language ("1, 2 and 5", "1, 2 y 5", "1 و2 و5"), never words joined by hand:
// CLDR's patterns through `intl.formatList`, so each language joins its own way (Spanish "y" becomes "e" before "hi-",
// Arabic joins with و). English keeps the app's house style, no comma before "and", which is CLDR's en-GB pattern:
// English stays word for word what it was.
import type { IntlShape } from 'react-intl';

type ListType = 'conjunction' | 'unit';

export function listOf(intl: IntlShape, items: (string | number)[], type: ListType = 'conjunction'): string {
  const words = items.map((item) => (typeof item === 'number' ? intl.formatNumber(item) : item));
  return intl.locale === 'en' ? new Intl.ListFormat('en-GB', { type }).format(words) : intl.formatList(words, { type });
}
