#!/usr/bin/env node
// `npm run bench`: bundles test/bench/run.ts and runs it. Benchmarks print figures against the
// budgets of docs/product.md ("Performance budgets"); they are not tests and never fail a build.
// `npm run bench -- --load N` runs the figures twice: idle, then with N cores kept busy by as many
// spinning processes, because a reviewer's laptop is never idle.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, '.cache', 'bench');
const out = join(outdir, 'run.mjs');
await build({
  // The worker threads are found beside run.mjs, as beside the CLI.
  entryPoints: {
    run: join(root, 'test', 'bench', 'run.ts'),
    'precheck-worker': join(root, 'main', 'services', 'precheck', 'worker.ts'),
    'csv-worker': join(root, 'main', 'services', 'reports', 'csv-worker.ts'),
  },
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
const args = process.argv.slice(2);
const at = args.indexOf('--load');
let load = 0;
if (at >= 0) {
  load = Number(args[at + 1]);
  args.splice(at, 2);
  if (!Number.isInteger(load) || load < 1 || load >= availableParallelism()) {
    console.error(`--load takes a number of cores to keep busy, 1 to ${availableParallelism() - 1} on this machine`);
    process.exit(2);
  }
}
const runOnce = () => spawnSync(process.execPath, [out, ...args], { stdio: 'inherit', cwd: root }).status ?? 1;
if (load === 0) process.exit(runOnce());

console.log('=== idle ===\n');
const idle = runOnce();
console.log(`\n=== with ${load} core${load === 1 ? '' : 's'} kept busy ===\n`);
const spinners = Array.from({ length: load }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
let busy = 1;
try {
  busy = runOnce();
} finally {
  for (const p of spinners) p.kill('SIGKILL');
}
process.exit(idle || busy);
