// The language this device speaks now, and the choice it keeps. A person's stored language (GET /api/me) comes first
// when they have one; until it is known, or for someone without a key, the choice kept here; else the browser's.
import { chooseLanguage, DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

/** Starts with the app's prefix (localState.ts), so signing out or deleting everything takes it too. */
export const LANGUAGE_STORAGE_KEY = 'reciprocity.language';

export function keptLanguage(storage: Storage = localStorage): Language | null {
  try {
    const kept = storage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(kept) ? kept : null;
  } catch {
    return null;
  }
}

export function keepLanguage(language: Language, storage: Storage = localStorage): void {
  try {
    storage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    /* storage blocked: the choice lasts as long as the page */
  }
}

/** The language to start in, before the person's stored one (if any) is known. */
export function startingLanguage(storage: Storage = localStorage, preferred: readonly string[] = navigator.languages): Language {
  return keptLanguage(storage) ?? chooseLanguage(preferred);
}

// What every request says in Accept-Language (api.ts): the language the app shows now.
let current: Language = DEFAULT_LANGUAGE;

export const requestLanguage = (): Language => current;

export function speak(language: Language): void {
  current = language;
}
