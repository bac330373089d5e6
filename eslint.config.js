// Lint, and the layer rule: shared/ is pure, renderer/ never reaches Node or Electron,
// main/ never pulls in React, hub/ is its own service on shared/ alone, and a database driver is
// imported in a store folder only (main/store, hub/store); no module imports itself back (import-x/no-cycle), and the
// renderer's folders import downwards only (import-x/no-restricted-paths, RENDERER_LAYERS).
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const NATIVE_AND_SHELL = ['electron', 'better-sqlite3', 'electron-store'];
const REACT = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@tanstack/*'];
const DRIVERS = ['better-sqlite3', 'pg'];
const STORE_ONLY = 'SQL and the database drivers live in the store folders only (main/store, hub/store): ask a store module';
const NOT_HUB = ['**/hub/**', '../hub/*', '../../hub/*'];
const NOT_APP = ['**/main/**', '**/renderer/**', '../main/*', '../renderer/*', '../../main/*', '../../renderer/*'];
const HUB_ALONE = 'hub/ is its own service: it imports only shared/ (and Node, pg, zod), never the workstation';

const layer = (message, paths, patterns = []) => [
  'error',
  {
    paths: paths.map((name) => ({ name, message })),
    patterns: patterns.map((group) => ({ group: [group], message })),
  },
];

const ROOT = fileURLToPath(new URL('.', import.meta.url));

// The renderer's layers, bottom first. A folder imports from its own layer and the ones below,
// never from one above, so the folders form no cycle; the shell (renderer/*.tsx: main, App,
// TopBar) sits on top of them all.
//   i18n/      the UI's language: i18next, the catalogs and the words built on them (format,
//              labels, refusal words, history summaries)
//   api/       the transport, downloads, and what an API error says
//   state/     the zustand stores
//   ui/        shared components (they may read the stores)
//   keyboard/  the desk's keys (they drive the stores)
//   features/  the screens
const RENDERER_LAYERS = ['i18n', 'api', 'state', 'ui', 'keyboard', 'features'];
const LAYER_ORDER = `renderer layers, bottom first: ${RENDERER_LAYERS.join(' < ')} < the shell (renderer/*.tsx)`;

// A feature imports no other feature, except a shared one it shows (the document viewer, sync's facts).
const FEATURE_IMPORTS = { claim: ['viewer'], queue: ['viewer'], settings: ['sync'] };
const FEATURES = readdirSync(new URL('renderer/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const ALLOWED_FEATURE_IMPORTS = Object.entries(FEATURE_IMPORTS)
  .map(([feature, others]) => `${feature} -> ${others.join(', ')}`)
  .join('; ');

const RENDERER_ZONES = [
  ...RENDERER_LAYERS.slice(0, -1).map((layer, i) => ({
    target: `renderer/${layer}`,
    from: RENDERER_LAYERS.slice(i + 1).map((above) => `renderer/${above}`),
    message: `${LAYER_ORDER}; ${layer}/ imports only from its own layer and the ones below.`,
  })),
  { target: 'renderer/*/**', from: 'renderer/*.{ts,tsx}', message: `${LAYER_ORDER}; nothing imports the shell.` },
  ...FEATURES.map((feature) => ({
    target: `renderer/features/${feature}`,
    from: 'renderer/features',
    except: [feature, ...(FEATURE_IMPORTS[feature] ?? [])].map((f) => `./${f}`),
    message: `features do not import each other (allowed: ${ALLOWED_FEATURE_IMPORTS}): move what two share below them (i18n, state, ui) or list the import in FEATURE_IMPORTS.`,
  })),
];

export default tseslint.config(
  // cycle-test-*: test/unit/cycles.test.ts's own cycles, written and removed as it runs.
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', 'test-results/**', 'playwright-report/**', '**/cycle-test-*/'] },
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
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { 'import-x': importX },
    settings: {
      // Relative imports without an extension, as TypeScript and the bundlers resolve them; files of
      // these extensions are read for their own imports (import-x reads only .js unless told).
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
    },
    rules: {
      // Type-only imports are erased and do not count; packages are not walked.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': layer(
        'shared/ is pure TypeScript: no Node, DOM, Electron or UI imports',
        [...NODE_BUILTINS, ...NATIVE_AND_SHELL, ...REACT, 'pg'],
        ['**/main/**', '**/renderer/**', '../main/*', '../renderer/*', ...NOT_HUB],
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
        [...NODE_BUILTINS, ...NATIVE_AND_SHELL, 'pg'],
        ['**/main/**', '../main/*', '../../main/*', ...NOT_HUB],
      ),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', '__filename'],
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: RENDERER_ZONES }],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/store/**'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...REACT.filter((r) => !r.includes('*')).map((name) => ({ name, message: 'main/ holds services and Electron glue: no React' })), ...DRIVERS.map((name) => ({ name, message: STORE_ONLY }))],
          patterns: [{ group: ['**/renderer/**', '../renderer/*', '../../renderer/*', ...REACT.filter((r) => r.includes('*'))], message: 'main/ holds services and Electron glue: no React' }],
        },
      ],
    },
  },
  {
    files: ['main/store/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': layer('main/store holds SQL and nothing of the UI or the hub', [...REACT, 'pg'], ['**/renderer/**', '../renderer/*', '../../renderer/*', ...NOT_HUB]),
    },
  },
  {
    files: ['hub/**/*.ts'],
    ignores: ['hub/store/**'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...[...NATIVE_AND_SHELL, ...REACT].filter((r) => !r.includes('*')).map((name) => ({ name, message: HUB_ALONE })), { name: 'pg', message: STORE_ONLY }],
          patterns: [{ group: [...NOT_APP, ...REACT.filter((r) => r.includes('*'))], message: HUB_ALONE }],
        },
      ],
    },
  },
  {
    files: ['hub/store/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': layer(HUB_ALONE, [...NATIVE_AND_SHELL, ...REACT], NOT_APP),
    },
  },
  {
    files: ['build/**/*.mjs', 'bin/**/*.mjs', 'test/**/*.{ts,mjs}', '*.config.{ts,js}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
