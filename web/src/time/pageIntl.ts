// The reader's language for words made outside a component, when a caller has no `IntlShape` to hand: the page's
// own language, which the I18nProvider sets on <html lang>. A caller inside the provider should pass its own.
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { CATALOGUES } from '../i18n/catalogues';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';

const cache = createIntlCache();
const made = new Map<Language, IntlShape>();

export function pageIntl(): IntlShape {
  const lang = typeof document !== 'undefined' ? document.documentElement.lang : '';
  const language: Language = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  let intl = made.get(language);
  if (!intl) {
    intl = createIntl({ locale: language, defaultLocale: DEFAULT_LANGUAGE, messages: CATALOGUES[language] }, cache);
    made.set(language, intl);
  }
  return intl;
}
