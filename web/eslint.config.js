// ESLint (flat config): typescript-eslint's recommended rules, React's rules of hooks, and no import cycles.
// Run by `npm run lint` (scripts/lint.mjs), which ./test.sh counts.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noProse from './eslint/no-prose-literal.js';
import noTypeCycle from './eslint/no-type-cycle.js';

const local = { rules: { ...noTypeCycle.rules, ...noProse.rules } };

export default tseslint.config(
  // Generated from the host's OpenAPI document (`npm run generate:api`): checked against the generator, not linted.
  { ignores: ['src/api/schema.ts', 'test-results/**', 'node_modules/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    ...reactHooks.configs.flat.recommended,
  },
  {
    rules: {
      // `const { history, ...answer } = view` takes a field away on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Every word a person reads comes from the catalogues (web/src/i18n/messages): no text in JSX, nor in the props
    // that carry words (labels, titles, placeholders, alternatives, aria-*).
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/i18n/testing.tsx'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        { props: { include: [['*', '{label,placeholder,title,alt,legend,heading,description,hint,message,text}']] } },
      ],
    },
  },
  {
    // Words outside JSX too: a sentence in a string (eslint/no-prose-literal.js says what it catches and what not).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/i18n/testing.tsx', 'src/api/schema.ts'],
    plugins: { local },
    rules: { 'local/no-prose-literal': 'error' },
  },
  {
    files: ['e2e/**/*.ts', '*.config.{ts,js}', 'scripts/**/*.mjs', 'eslint/**/*.js'],
    languageOptions: { globals: globals.node },
    // Playwright reads a fixture's needs from its first parameter: `async ({}, use)` needs none.
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    plugins: { 'import-x': importX, local },
    settings: {
      // How import-x reads the modules it follows (TypeScript's parser), and finds them (Node's resolution).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      // Two modules that import each other (even for types) are one module in two files: name the shared part.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // import-x skips type-only imports; this one follows them too (eslint/no-type-cycle.js).
      'local/no-type-cycle': 'error',
    },
  },
);
