// Every word a person reads, by language: web/src/i18n/messages/<language>/<part>.json, one part per feature folder,
// each a flat map from a message id to an ICU message (plurals, selects, {variables}). English is the source; the others
// follow docs/glossary.md. A message id is checked by TypeScript against the English catalogue (messageIds.ts).
/// <reference types="vite/client" />
import { LANGUAGES, type Language } from './languages';
import type { MessageId } from './messageIds';

type Catalogue = Record<string, string>;

const parts = import.meta.glob<Catalogue>('./messages/*/*.json', { eager: true, import: 'default' });

function catalogueOf(language: Language): Catalogue {
  const merged: Catalogue = {};
  for (const [path, part] of Object.entries(parts)) {
    if (path.startsWith(`./messages/${language}/`)) Object.assign(merged, part);
  }
  return merged;
}

/** Completeness is the catalogue tests' promise (every language has every English id), so each is typed as complete. */
export const CATALOGUES = Object.fromEntries(LANGUAGES.map((language) => [language, catalogueOf(language)])) as Readonly<
  Record<Language, Readonly<Record<MessageId, string>>>
>;
