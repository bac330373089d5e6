// The layer rule is real: the project's ESLint config rejects imports across the layers.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n", 'shared/domain/bad.ts'],
    ["import { app } from 'electron';\nexport const a = app;\n", 'shared/domain/bad.ts'],
    ["import { openStore } from '../../main/store/open';\nexport const o = openStore;\n", 'shared/domain/bad.ts'],
    ["import Database from 'better-sqlite3';\nexport const d = Database;\n", 'renderer/features/bad.ts'],
    ["import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n", 'renderer/features/bad.ts'],
    ["import { join } from 'node:path';\nexport const j = join;\n", 'renderer/features/bad.ts'],
    ["import { useState } from 'react';\nexport const u = useState;\n", 'main/services/bad.ts'],
  ])('refuses %j in %s', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it('refuses DOM and Node globals in shared/', async () => {
    expect(await ruleIds('export const w = () => document.title;\n', 'shared/domain/bad.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const e = () => process.env;\n', 'shared/domain/bad.ts')).toContain('no-restricted-globals');
  });

  it('allows each layer its own imports', async () => {
    expect(await ruleIds("import { z } from 'zod';\nexport const s = z.string();\n", 'shared/domain/ok.ts')).toEqual([]);
    expect(await ruleIds("import { useState } from 'react';\nexport const u = useState;\n", 'renderer/features/ok.ts')).toEqual([]);
    expect(await ruleIds("import { join } from 'node:path';\nexport const j = join;\n", 'main/services/ok.ts')).toEqual([]);
  });
});
