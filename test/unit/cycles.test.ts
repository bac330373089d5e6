// The import rules are real: the project's ESLint config finds files that import each other
// anywhere (import-x/no-cycle), and a renderer folder that imports from a layer above it or from
// another feature (import-x/no-restricted-paths, RENDERER_LAYERS in eslint.config.js).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
// The config ignores the test's cycle-test-* folders, so that one a killed run left behind does not
// fail `eslint .`; here they are linted.
const eslint = new ESLint({ cwd: ROOT, ignore: false });

interface Found {
  readonly ruleId: string | null;
  readonly message: string;
}

async function lintText(code: string, filePath: string): Promise<Found[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

/** Writes the files in a fresh folder under `dir`, lints them, and removes the folder. */
async function lintFiles(dir: string, files: Readonly<Record<string, string>>): Promise<Record<string, Found[]>> {
  const folder = mkdtempSync(join(ROOT, dir, 'cycle-test-'));
  try {
    for (const [name, code] of Object.entries(files)) writeFileSync(join(folder, name), code);
    const results = await eslint.lintFiles(Object.keys(files).map((name) => join(folder, name)));
    return Object.fromEntries(results.map((r) => [r.filePath.slice(folder.length + 1), r.messages.map(({ ruleId, message }) => ({ ruleId, message }))]));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const ids = (found: readonly Found[]) => found.map((f) => f.ruleId);

describe('no file imports itself back', () => {
  it.each([
    ['main/services', 'ts'],
    ['renderer/features/claim', 'tsx'],
    ['renderer/state', 'ts'],
    ['shared/domain', 'ts'],
  ])('two files in %s (.%s) that import each other are both refused', async (dir, ext) => {
    const found = await lintFiles(dir, {
      [`a.${ext}`]: "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
      [`b.${ext}`]: "import { a } from './a';\nexport const b = (): number => a() - 1;\n",
    });
    expect(ids(found[`a.${ext}`] ?? [])).toEqual(['import-x/no-cycle']);
    expect(ids(found[`b.${ext}`] ?? [])).toEqual(['import-x/no-cycle']);
  });

  it('finds a longer cycle, and names the way back', async () => {
    const found = await lintFiles('main/store', {
      'a.ts': "import { b } from './b';\nexport const a = (): number => b();\n",
      'b.ts': "import { c } from './c';\nexport const b = (): number => c();\n",
      'c.ts': "import { a } from './a';\nexport const c = (): number => a();\n",
    });
    expect(found['a.ts']).toEqual([{ ruleId: 'import-x/no-cycle', message: expect.stringMatching(/^Dependency cycle via "\.\/c:1"$/) }]);
  });

  it('an import of types only closes no cycle (it is gone once compiled)', async () => {
    const found = await lintFiles('main/store', {
      'a.ts': "import { b } from './b';\nexport interface A {\n  readonly n: number;\n}\nexport const a = (): number => b({ n: 1 });\n",
      'b.ts': "import type { A } from './a';\nexport const b = (x: A): number => x.n;\n",
    });
    expect(found).toEqual({ 'a.ts': [], 'b.ts': [] });
  });
});

/** What the config says of a renderer file that imports `from` and uses it. */
const importing = (file: string, from: string) => lintText(`import * as m from '${from}';\nexport const x = m;\n`, file);

const LAYERS = 'renderer layers, bottom first: i18n < api < state < ui < keyboard < features';
const FEATURES = 'features do not import each other';

describe('renderer folders import downwards', () => {
  it.each([
    // A layer importing from one above it.
    ['renderer/i18n/bad.ts', '../api/client', LAYERS],
    ['renderer/api/bad.ts', '../ui/ErrorMessage', LAYERS],
    ['renderer/api/bad.ts', '../state/sessionStore', LAYERS],
    ['renderer/state/bad.ts', '../ui/Button', LAYERS],
    ['renderer/state/bad.ts', '../features/settings/outcomes', LAYERS],
    ['renderer/ui/bad.ts', '../keyboard/shortcuts', LAYERS],
    ['renderer/ui/bad.ts', '../features/claim/ClaimView', LAYERS],
    ['renderer/keyboard/bad.ts', '../features/claim/ClaimActions', LAYERS],
    ['renderer/features/claim/bad.ts', '../../App', LAYERS],
    // A feature importing another one it is not allowed.
    ['renderer/features/sync/bad.ts', '../claim/ClaimView', FEATURES],
    ['renderer/features/claim/bad.ts', '../sync/SyncFacts', FEATURES],
    ['renderer/features/viewer/bad.ts', '../claim/ClaimView', FEATURES],
    ['renderer/features/team/bad.ts', '../reports/ReportsView', FEATURES],
  ])('refuses %s importing %s', async (file, from, why) => {
    expect(await importing(file, from)).toEqual([{ ruleId: 'import-x/no-restricted-paths', message: expect.stringContaining(why) }]);
  });

  it.each([
    ['renderer/ui/ok.ts', '../state/sessionStore'],
    ['renderer/ui/ok.ts', '../api/error-text'],
    ['renderer/state/ok.ts', '../api/client'],
    ['renderer/api/ok.ts', '../i18n/refusalWords'],
    ['renderer/keyboard/ok.ts', '../ui/Dialog'],
    ['renderer/features/claim/ok.ts', '../viewer/DocumentViewer'],
    ['renderer/features/claim/ok.ts', '../../keyboard/intents'],
    ['renderer/features/settings/ok.ts', '../sync/SyncFacts'],
    ['renderer/ok.ts', './features/claim/ClaimView'],
    ['renderer/ok.ts', './TopBar'],
  ])('allows %s importing %s', async (file, from) => {
    expect(await importing(file, from)).toEqual([]);
  });
});
