// A JUnit report, as ./test.sh's scripts/count-results.sh reads it: one <testsuite>, one <testcase> per check.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** cases: { name, failure?: string } */
export function writeJUnit(path, suite, cases) {
  const failures = cases.filter((c) => c.failure !== undefined).length;
  const body = cases
    .map((c) =>
      c.failure === undefined
        ? `    <testcase classname="${escape(suite)}" name="${escape(c.name)}"/>`
        : `    <testcase classname="${escape(suite)}" name="${escape(c.name)}">\n` +
          `      <failure message="${escape(c.failure.split('\n')[0])}">${escape(c.failure)}</failure>\n    </testcase>`,
    )
    .join('\n');
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n` +
    `  <testsuite name="${escape(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n` +
    `${body}\n  </testsuite>\n</testsuites>\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, xml);
}
