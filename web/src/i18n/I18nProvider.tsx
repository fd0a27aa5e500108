import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { CATALOGUES } from './catalogues';
import { directionOf, type Language } from './languages';
import './messageIds';

/** The person's language for everything below it, and for the page itself: `lang` and `dir` on <html>. */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);
  return (
    <IntlProvider locale={language} defaultLocale="en" messages={CATALOGUES[language]}>
      {children}
    </IntlProvider>
  );
}
