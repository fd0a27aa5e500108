// For component tests: render inside a language, English unless the test says otherwise.
//   render(<Thing />, inLanguage());   render(<Thing />, inLanguage('ar'));
import type { ReactNode } from 'react';
import { I18nProvider } from './I18nProvider';
import type { Language } from './languages';

export function inLanguage(language: Language = 'en') {
  return {
    wrapper: ({ children }: { children: ReactNode }) => <I18nProvider language={language}>{children}</I18nProvider>,
  };
}
