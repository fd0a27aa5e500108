// The app's words as a person reads them in a language, read from the catalogues (src/i18n/messages/<language>/*.json)
// and the method's fixed words (src/words/method-words[.<language>].json), so a test finds text by its id, not by its
// English. Free text and names are never here: a test checks them as written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';

export type Language = 'en' | 'es' | 'de' | 'ar';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function catalogue(language: Language): Record<string, string> {
  const folder = join(src, 'i18n', 'messages', language);
  return Object.assign({}, ...readdirSync(folder).map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8'))));
}

/** A message by id, formatted as the app formats it. */
export function say(language: Language, id: string, values?: Record<string, string | number>): string {
  const message = catalogue(language)[id];
  if (message === undefined) throw new Error(`No message ${id} in the ${language} catalogue`);
  return String(new IntlMessageFormat(message, language).format(values));
}

/**
 * One of the method's fixed words ("dimensions.initiation.title"), or null while the language has no file of its own
 * (the app then reads English there, and the catalogue test fails on it).
 */
export function fixedWord(language: Language, path: string): string | null {
  const file = join(src, 'words', language === 'en' ? 'method-words.json' : `method-words.${language}.json`);
  if (!existsSync(file)) return null;
  let value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of path.split('.')) value = (value as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

/** Each language by its own name, as the language choice shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', de: 'Deutsch', ar: 'العربية' };
