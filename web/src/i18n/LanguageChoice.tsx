// The app's language, and how a person changes it: at once, kept on this device, and for someone with a key stored
// with them (PUT /api/me/language) so their emails and reminders follow.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api';
import { storedKey } from '../identity';
import { keepLanguage, speak, startingLanguage } from './deviceLanguage';
import { I18nProvider } from './I18nProvider';
import { isLanguage, type Language } from './languages';

interface LanguageChoice {
  language: Language;
  /** The person's own choice in the app. */
  choose: (language: Language) => void;
  /** The language stored with the person (GET /api/me), which comes before anything this device kept. */
  adopt: (language: Language) => void;
  /** How many times the person chose here: a stored language arriving after a choice does not undo it. */
  choices: () => number;
}

const Choice = createContext<LanguageChoice | null>(null);

export function useLanguageChoice(): LanguageChoice {
  const choice = useContext(Choice);
  if (!choice) throw new Error('useLanguageChoice outside <ChosenLanguage>');
  return choice;
}

export function ChosenLanguage({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => {
    const starting = startingLanguage();
    speak(starting);
    return starting;
  });

  const show = useCallback((next: Language) => {
    speak(next);
    keepLanguage(next);
    setLanguage(next);
  }, []);

  const chosen = useRef(0);
  const choose = useCallback(
    (next: Language) => {
      chosen.current += 1;
      show(next);
      // Saved with the person when there is one; a failed save leaves the choice on this device alone.
      if (storedKey()) api.setLanguage(next).catch(() => undefined);
    },
    [show],
  );

  const choices = useCallback(() => chosen.current, []);
  const value = useMemo(() => ({ language, choose, adopt: show, choices }), [language, choose, show, choices]);
  return (
    <Choice.Provider value={value}>
      <I18nProvider language={language}>{children}</I18nProvider>
    </Choice.Provider>
  );
}

/** For the person with this key: their stored language, once, unless they choose one here first. */
export function useStoredLanguage(key: string | null) {
  const { adopt, choices } = useLanguageChoice();
  useEffect(() => {
    if (!key) return;
    const before = choices();
    let current = true;
    api.me().then(
      (me) => {
        if (current && choices() === before && isLanguage(me.language)) adopt(me.language);
      },
      () => undefined, // the screens say what went wrong; the language stays as it is
    );
    return () => {
      current = false;
    };
  }, [key, adopt, choices]);
}
