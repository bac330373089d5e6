#!/usr/bin/env node
// Builds everything into dist/: the CLI and Electron main (esbuild, ESM), the sandboxed preload
// (esbuild, CommonJS) and the renderer (Vite). `--if-needed` skips the work when dist/ is newer
// than every source file.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = join(root, 'dist', '.build-stamp');
const SOURCES = ['main', 'hub', 'shared', 'renderer', 'package.json', 'package-lock.json', 'vite.config.ts', 'build/build.mjs'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function isBuildCurrent() {
  if (!existsSync(stampFile)) return false;
  const built = statSync(stampFile).mtimeMs;
  return SOURCES.every((s) => newestMtime(join(root, s)) <= built);
}

export async function build({ quiet = false } = {}) {
  const started = Date.now();
  const say = (msg) => quiet || console.log(msg);
  const { build: esbuild } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    define: { __CPOR_VERSION__: JSON.stringify(pkg.version) },
    absWorkingDir: root,
  };
  await Promise.all([
    esbuild({
      ...common,
      // The worker threads (pre-check, CSV report) are entries of their own, found beside cpor.mjs at run time.
      entryPoints: { cpor: 'main/cli/main.ts', 'precheck-worker': 'main/services/precheck/worker.ts', 'csv-worker': 'main/services/reports/csv-worker.ts' },
      outdir: 'dist/cli',
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      splitting: true,
      format: 'esm',
      packages: 'external',
    }),
    esbuild({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/electron/main.js', format: 'esm', packages: 'external', external: ['electron'] }),
    // A sandboxed preload may require only "electron": bundle everything else in.
    esbuild({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  ]);
  say(`built CLI and Electron main in ${Date.now() - started} ms`);
  const { build: viteBuild } = await import('vite');
  // Vite takes the mode from NODE_ENV when it is set: a build started inside a test runner
  // (Vitest sets NODE_ENV=test) bundled React's development build, with its checks on every
  // render (a fifth of a queue scroll's script time), and `npm start` or the bench then used it.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await viteBuild({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: quiet ? 'error' : 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(stampFile, new Date().toISOString() + '\n');
  say(`built renderer; everything in ${relative(process.cwd(), join(root, 'dist')) || 'dist'} (${Date.now() - started} ms)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ifNeeded = process.argv.includes('--if-needed');
  if (ifNeeded && isBuildCurrent()) {
    console.log('build is up to date');
  } else {
    build().catch((err) => {
      console.error(`build failed: ${err?.message ?? err}`);
      process.exit(1);
    });
  }
}
