// Every English message is used: its id appears, whole and quoted, in a source file of src/ (tests, and the catalogues
// themselves, do not count). An id built at run time (`method.scale.${n}`) counts only through a prefix listed here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues';

/** The one place for ids built at run time: each prefix, with a comment naming the file that builds ids with it. */
const BUILT_ID_PREFIXES: readonly string[] = [];

const SRC = join(__dirname, '..');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the English catalogue', () => {
  it('holds only ids the app uses', () => {
    const text = sources(SRC)
      .filter((path) => !relative(SRC, path).startsWith('api/'))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const quoted = new Set([...text.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/gi)].map((m) => m[1]));
    const unused = Object.keys(CATALOGUES.en).filter(
      (id) => !quoted.has(id) && !BUILT_ID_PREFIXES.some((prefix) => id.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});
