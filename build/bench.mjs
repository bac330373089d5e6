#!/usr/bin/env node
// `npm run bench`: bundles test/bench/run.ts and runs it. Benchmarks print figures against the
// spec's budgets; they are not tests and never fail a build.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.cache', 'bench', 'run.mjs');
await build({
  entryPoints: [join(root, 'test', 'bench', 'run.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  absWorkingDir: root,
});
const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
