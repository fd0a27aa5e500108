// A local rule: no import cycle, counting `import type` too. import-x's no-cycle skips every type-only import by
// design (lib/rules/no-cycle.js: "importKind === 'type' ... return"), so `types.ts` and `sessions/types.ts` importing
// each other's types passed it. Only relative imports are followed (packages cannot import the app back).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const extensions = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
const cache = new Map(); // file -> { mtime, imports }

function resolveRelative(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const ending of extensions) {
    const candidate = base + ending;
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every file a file imports, value or type, read from its text (TypeScript's own import scanner). */
function importsOf(file) {
  const mtime = statSync(file).mtimeMs;
  const cached = cache.get(file);
  if (cached && cached.mtime === mtime) return cached.imports;
  const scanned = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles;
  const imports = scanned.map((f) => resolveRelative(file, f.fileName)).filter((f) => f !== null);
  cache.set(file, { mtime, imports });
  return imports;
}

/** The shortest way from `start` back to `target`, as a list of files, or null. */
function wayBack(start, target) {
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of importsOf(file)) {
      if (next === target) {
        const way = [file];
        for (let f = cameFrom.get(file); f !== null; f = cameFrom.get(f)) way.unshift(f);
        return way;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

const noTypeCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between the app’s own modules, type-only imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle (types count): {{way}}. Move what both need into a module neither imports.' },
  },
  create(context) {
    const me = context.physicalFilename;
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const target = resolveRelative(me, node.source.value);
      if (!target || target === me) return;
      const way = wayBack(target, me);
      if (!way) return;
      const named = [me, ...way, me].map((f) => relative(context.cwd, f)).join(' → ');
      context.report({ node, messageId: 'cycle', data: { way: named } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { rules: { 'no-type-cycle': noTypeCycle } };
