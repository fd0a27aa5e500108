import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useLanguageChoice } from './LanguageChoice';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from './languages';

/** The language choice in every page's footer: each language by its own name, switching at once. */
export function LanguagePicker() {
  const intl = useIntl();
  const { language, choose } = useLanguageChoice();
  const id = useId();
  return (
    <p className="language-picker">
      <label htmlFor={id}>{intl.formatMessage({ id: 'i18n.LanguagePicker.label' })}</label>
      <select
        id={id}
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) choose(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </p>
  );
}
