// The end-to-end project does not compile the store's code: the seeder is bundled with esbuild
// (as the bench is) and run in its own Node process.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { E2E_CACHE, ROOT } from './paths';

export async function seedBigStore(dataDir: string, count: number): Promise<void> {
  const out = join(E2E_CACHE, 'seed-big-store.mjs');
  await build({
    entryPoints: [join(ROOT, 'test', 'fixtures', 'seed-big-store.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  execFileSync(process.execPath, [out, dataDir, String(count)], { stdio: 'inherit' });
}
