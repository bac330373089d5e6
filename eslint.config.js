// Lint, and the layer rule: shared/ is pure, renderer/ never reaches Node or Electron,
// main/ never pulls in React.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const NATIVE_AND_SHELL = ['electron', 'better-sqlite3', 'electron-store'];
const REACT = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@tanstack/*'];

const layer = (message, paths, patterns = []) => [
  'error',
  {
    paths: paths.map((name) => ({ name, message })),
    patterns: patterns.map((group) => ({ group: [group], message })),
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'use a const array and a union type' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': layer(
        'shared/ is pure TypeScript: no Node, DOM, Electron or UI imports',
        [...NODE_BUILTINS, ...NATIVE_AND_SHELL, ...REACT],
        ['**/main/**', '**/renderer/**', '../main/*', '../renderer/*'],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': layer(
        'renderer/ talks to the app only through renderer/api/client.ts: no Node, Electron or better-sqlite3',
        [...NODE_BUILTINS, ...NATIVE_AND_SHELL],
        ['**/main/**', '../main/*', '../../main/*'],
      ),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', '__filename'],
    },
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': layer('main/ holds services and Electron glue: no React', REACT, ['**/renderer/**', '../renderer/*', '../../renderer/*']),
    },
  },
  {
    files: ['build/**/*.mjs', 'bin/**/*.mjs', 'test/**/*.{ts,mjs}', '*.config.{ts,js}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
