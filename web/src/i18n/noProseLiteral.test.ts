// @vitest-environment node
// The lint rule that finds words outside JSX (eslint/no-prose-literal.js), run through the project's own ESLint config.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(__dirname, '..', '..') });

async function flagged(code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: 'src/i18n/probe.ts' });
  return result!.messages.filter((m) => m.ruleId === 'local/no-prose-literal').length;
}

describe('words outside JSX', { timeout: 60_000 }, () => {
  it('are found in strings and templates that read as prose', async () => {
    expect(await flagged(`export const a = 'We couldn’t find that.';`)).toBe(1);
    expect(await flagged(`export const b = (name: string) => \`\${name} feels they mostly give\`;`)).toBe(1);
    expect(await flagged(`export const c = { title: 'Please try again.' };`)).toBe(1);
    expect(await flagged(`export const d = 'Your personal link';`)).toBe(1);
  });

  it('leave code alone: ids, class names, paths, keys', async () => {
    expect(await flagged(`export const e = ['i18n.LanguagePicker.label', 'site-header inner', '/api/me/language'];`)).toBe(0);
    expect(await flagged(`export const f = { 'Accept-Language': 'en', Authorization: \`Bearer \${'k'}\` };`)).toBe(0);
  });
});
