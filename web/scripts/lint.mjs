// `npm run lint`: ESLint over the app, its browser tests and configs (eslint.config.js). Prints ESLint's usual
// report, writes test-results/eslint.xml (one case per file, failed by any error in it) and exits 1 on any error.
import { ESLint } from 'eslint';
import { relative } from 'node:path';
import { writeJUnit } from './junit.mjs';

const eslint = new ESLint();
const results = await eslint.lintFiles(['.']);
const stylish = await eslint.loadFormatter('stylish');
const text = await stylish.format(results);
if (text) console.log(text);

const cases = results.map((r) => {
  const errors = r.messages.filter((m) => m.severity === 2 || m.fatal);
  const name = relative(process.cwd(), r.filePath);
  if (errors.length === 0) return { name };
  return { name, failure: errors.map((m) => `${name}:${m.line}:${m.column} ${m.message} (${m.ruleId ?? 'parse'})`).join('\n') };
});
writeJUnit('test-results/eslint.xml', 'eslint', cases);

const failed = cases.filter((c) => c.failure !== undefined).length;
console.log(`eslint: ${cases.length} files, ${failed} with errors`);
process.exit(failed > 0 ? 1 : 0);
