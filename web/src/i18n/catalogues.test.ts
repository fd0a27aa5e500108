// Every language complete: the same ids as English in every part, no empty message, every message a valid ICU message
// with the same arguments as the English one. The method's fixed words (src/words/method-words*.json) likewise.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { fixedWordsOf } from '../method';
import { LANGUAGES, type Language } from './languages';

type Part = Record<string, string>;

const files = import.meta.glob<Part>('./messages/*/*.json', { eager: true, import: 'default' });

function partsOf(language: Language): Record<string, Part> {
  const parts: Record<string, Part> = {};
  for (const [path, part] of Object.entries(files)) {
    const [, lang, name] = /^\.\/messages\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
    if (lang === language) parts[name!] = part;
  }
  return parts;
}

/** The names of a message's arguments ({name}, {count, plural, …}, <b>…</b>), sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
      names.add(e.value);
      if (e.type === TYPE.select || e.type === TYPE.plural) for (const o of Object.values(e.options)) walk(o.value);
      if (e.type === TYPE.tag) walk(e.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/** Every string of a nested object of words, by its path ("dimensions.depth.title", "checkIn.ordinals.0"). */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === '$comment' ? [] : leaves(v, path ? `${path}.${k}` : k)));
  return [[path, String(value)]];
}

/** What differs between a language's messages and English's: missing, extra, empty, unparsable, other arguments. */
function differences(english: [string, string][], other: [string, string][]): string[] {
  const theirs = new Map(other);
  const ours = new Map(english);
  const found: string[] = [];
  for (const [id, message] of english) {
    const translated = theirs.get(id);
    if (translated === undefined) found.push(`missing ${id}`);
    else if (translated.trim() === '') found.push(`empty ${id}`);
    else {
      try {
        const want = argumentsOf(message).join(', ');
        const got = argumentsOf(translated).join(', ');
        if (want !== got) found.push(`${id} has arguments [${got}], English [${want}]`);
      } catch (e) {
        found.push(`${id} does not parse: ${(e as Error).message}`);
      }
    }
  }
  for (const id of theirs.keys()) if (!ours.has(id)) found.push(`extra ${id}`);
  return found;
}

const english = partsOf('en');

describe('the English catalogue', () => {
  it('has no empty message, and every message parses', () => {
    const found = Object.values(english).flatMap((part) => differences(Object.entries(part), Object.entries(part)));
    expect(found).toEqual([]);
  });

  it('names each id by its part', () => {
    const misplaced = Object.entries(english).flatMap(([name, part]) => Object.keys(part).filter((id) => !id.startsWith(`${name}.`)));
    expect(misplaced).toEqual([]);
  });
});

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s catalogue', (language) => {
  const parts = partsOf(language);

  it('has every part English has', () => {
    expect(Object.keys(parts).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))('%s: the same ids as English, none empty, each with English’s arguments', (name) => {
    expect(differences(Object.entries(english[name]!), Object.entries(parts[name] ?? {}))).toEqual([]);
  });
});

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the method’s fixed words in %s', (language) => {
  it('have a file of their own (src/words/method-words.<language>.json), not English standing in', () => {
    expect(fixedWordsOf(language), `src/words/method-words.${language}.json`).not.toBeNull();
  });

  it('say every fixed word English says, with the same arguments', () => {
    const fixed = fixedWordsOf(language);
    if (fixed === null) return; // the test above names the missing file
    expect(differences(leaves(fixedWordsOf('en')), leaves(fixed))).toEqual([]);
  });
});
