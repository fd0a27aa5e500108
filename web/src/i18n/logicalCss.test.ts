// Right to left mirrors the whole layout only if no stylesheet pins a side: every .css in src/ uses logical properties
// (margin-inline-start, padding-inline-end, border-inline-start, inset-inline-start, text-align: start…).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..');

function stylesheets(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const PHYSICAL = [
  /(?<![\w-])(margin|padding|border|scroll-margin|scroll-padding)-(left|right)(-\w+)?\s*:/,
  /(?<![\w-])(left|right)\s*:/,
  /(?<![\w-])(text-align|float|clear)\s*:\s*(left|right)\b/,
  /(?<![\w-])border-(top|bottom)-(left|right)-radius\s*:/,
  /(?<![\w-])(margin|padding)\s*:\s*\S+\s+\S+\s+\S+\s+\S+/, // four sides: left and right named by place
];

describe('the stylesheets', () => {
  it('name no physical side, so Arabic mirrors the layout', () => {
    const found = stylesheets(SRC).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) => (PHYSICAL.some((p) => p.test(line)) ? [`${relative(SRC, path)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
