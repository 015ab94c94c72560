// Flat config. The layer rules of docs/architecture (common ← main, preload, renderer) are enforced here and by one
// tsconfig per layer: a renderer file importing main/ fails `npm test` twice over.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const layer = (files, patterns, extra = {}) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns, ...extra }] },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tsbuildinfo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layer(['common/**/*.ts'], [
    { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'common/ is pure: it imports nothing of ours outside common/.' },
    { group: ['node:*', 'electron', 'react', 'react-dom', 'better-sqlite3'], message: 'common/ runs everywhere: no Node, DOM, Electron or React.' },
  ]),
  layer(['main/shell/**/*.ts'], [
    { group: ['**/renderer/**', '**/preload/**'], message: 'main/ may import common/ only, never the renderer or the preload.' },
    { group: ['react', 'react-dom', 'ag-grid-*', 'ag-charts-*'], message: 'main/ has no interface code.' },
  ]),
  // Only main/shell/ may load Electron at run time (type-only imports are fine anywhere in main/).
  {
    files: ['main/**/*.ts'],
    ignores: ['main/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '**/preload/**'], message: 'main/ may import common/ only, never the renderer or the preload.' },
            { group: ['react', 'react-dom', 'ag-grid-*', 'ag-charts-*'], message: 'main/ has no interface code.' },
          ],
          paths: [{ name: 'electron', message: 'Only main/shell/ imports electron.', allowTypeImports: true }],
        },
      ],
    },
  },
  // The CLI is a client of the one entrance, like the shells: it reaches the core through api.invoke only. (A later
  // block replaces the options of an earlier one for the same files, so main/'s own rules are repeated here.)
  {
    files: ['main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/db/**', '**/main/scoring/**', '**/main/import/**', '../db/**', '../../db/**', '../scoring/**', '../../scoring/**', '../import/**', '../../import/**'],
              message: 'The CLI goes through api.invoke: no repository (main/db) and no feature internals (main/scoring, main/import).',
            },
            { group: ['**/renderer/**', '**/preload/**'], message: 'main/ may import common/ only, never the renderer or the preload.' },
            { group: ['react', 'react-dom', 'ag-grid-*', 'ag-charts-*'], message: 'main/ has no interface code.' },
          ],
          paths: [{ name: 'electron', message: 'Only main/shell/ imports electron.', allowTypeImports: true }],
        },
      ],
    },
  },
  layer(['preload/**/*.ts'], [
    { group: ['**/main/**', '**/renderer/**'], message: 'preload/ imports common/ only.' },
  ]),
  layer(['renderer/**/*.{ts,tsx}'], [
    { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches the core through transport.ts only: import common/, never main/ or preload/.' },
    { group: ['node:*', 'electron', 'better-sqlite3'], message: 'The renderer runs sandboxed: no Node or Electron.' },
  ]),
);
