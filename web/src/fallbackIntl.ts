// Words asked for where no language was handed in (a caller that has not passed its `intl` yet): the English
// catalogue's, so even these come from a catalogue and never from a sentence written in code.
import type { IntlShape } from 'react-intl';
import { intlFor } from './i18n/intlFor';

export const englishIntl: IntlShape = intlFor('en');
