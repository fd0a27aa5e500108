// The reader's language for words made outside a component, when a caller has no `IntlShape` to hand: the page's
// own language, which the I18nProvider sets on <html lang>. A caller inside the provider should pass its own.
import type { IntlShape } from 'react-intl';
import { intlFor } from '../i18n/intlFor';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';

export function pageIntl(): IntlShape {
  const lang = typeof document !== 'undefined' ? document.documentElement.lang : '';
  return intlFor(isLanguage(lang) ? lang : DEFAULT_LANGUAGE);
}
