// Words asked for where no language was handed in (a caller that has not passed its `intl` yet): the English
// catalogue's, so even these come from a catalogue and never from a sentence written in code.
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { CATALOGUES } from './i18n/catalogues';

export const englishIntl: IntlShape = createIntl({ locale: 'en', defaultLocale: 'en', messages: CATALOGUES.en }, createIntlCache());
