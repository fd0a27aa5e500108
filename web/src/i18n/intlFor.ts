// One react-intl object per language, made once: for words made outside a component (a component uses useIntl()).
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { CATALOGUES } from './catalogues';
import { DEFAULT_LANGUAGE, type Language } from './languages';

const cache = createIntlCache();
const made = new Map<Language, IntlShape>();

export function intlFor(language: Language): IntlShape {
  let intl = made.get(language);
  if (!intl) {
    intl = createIntl({ locale: language, defaultLocale: DEFAULT_LANGUAGE, messages: CATALOGUES[language] }, cache);
    made.set(language, intl);
  }
  return intl;
}
