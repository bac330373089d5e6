#!/usr/bin/env node
// `npm run bench`: bundles test/bench/run.ts and runs it. Benchmarks print figures against the
// budgets of docs/product.md ("Performance budgets"); they are not tests and never fail a build.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, '.cache', 'bench');
const out = join(outdir, 'run.mjs');
await build({
  // The pre-check's worker thread is found beside run.mjs, as beside the CLI.
  entryPoints: { run: join(root, 'test', 'bench', 'run.ts'), 'precheck-worker': join(root, 'main', 'services', 'precheck', 'worker.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
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
