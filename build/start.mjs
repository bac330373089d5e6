#!/usr/bin/env node
// `npm start`: build if needed, load demo data into an empty store, then open the workstation:
// Electron when its binary is installed; otherwise the browser host in a Chromium app window
// when there is a display; otherwise print the address to open.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build, isBuildCurrent } from './build.mjs';
import { findChromium, QUIET_CHROMIUM_FLAGS, writeLauncher } from './chromium.mjs';
import { electronBinaryPath } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cpor = join(root, 'bin', 'cpor.mjs');
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataArgs = flag('--data') ? ['--data', flag('--data')] : [];
const forceBrowser = args.includes('--browser') || process.env.CPOR_BROWSER_HOST === '1';

function cporSync(cmdArgs) {
  const r = spawnSync(process.execPath, [cpor, ...dataArgs, ...cmdArgs], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cpor ${cmdArgs[0]} failed: ${r.stderr.trim()}`);
  return r.stdout;
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main() {
  if (!isBuildCurrent()) await build();

  const empty = JSON.parse(cporSync(['queue', '--limit', '1', '--json'])).length === 0;
  if (empty) {
    const bundle = mkdtempSync(join(tmpdir(), 'cpor-demo-'));
    try {
      console.log('The store is empty: loading demo data (200 claims with their PoE documents)...');
      cporSync(['demo', '--claims', '200', '--seed', '7', '--out', join(bundle, 'bundle')]);
      // --local: demo claims are never sent to a team hub this workstation may later sync with.
      console.log(cporSync(['import', '--local', join(bundle, 'bundle')]).trim());
    } finally {
      rmSync(bundle, { recursive: true, force: true });
    }
  }

  const electron = forceBrowser ? null : electronBinaryPath(root);
  if (electron && hasDisplay()) {
    const child = spawn(electron, [root, ...dataArgs], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }

  const host = spawn(process.execPath, [cpor, ...dataArgs, 'serve', '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = await new Promise((resolve, reject) => {
    const rl = createInterface({ input: host.stdout });
    rl.once('line', resolve);
    host.once('exit', (code) => reject(new Error(`the browser host stopped (exit ${code})`)));
  });
  const { url } = JSON.parse(firstLine);
  const stop = () => host.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  host.on('exit', (code) => process.exit(code ?? 0));

  const chromium = hasDisplay() ? findChromium() : null;
  if (!chromium) {
    console.log(`The workstation is running. Open this address in Chromium or Chrome:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'cpor-window-'));
  console.log(`Opening the workstation in a Chromium window (browser host at ${url.split('#')[0]}). Close the window or press Ctrl+C to stop.`);
  // Not the address itself: its token would be on the command line for any local user to read.
  const launcher = writeLauncher(profile, url);
  const windowArgs = [`--app=${launcher}`, `--user-data-dir=${profile}`, '--window-size=1440,900', ...QUIET_CHROMIUM_FLAGS];
  // Chromium refuses to run as root without --no-sandbox; --test-type hides the warning bar it adds.
  if (typeof process.getuid === 'function' && process.getuid() === 0) windowArgs.push('--no-sandbox', '--test-type');
  const win = spawn(chromium, windowArgs, { stdio: 'ignore' });
  win.on('exit', () => {
    rmSync(profile, { recursive: true, force: true });
    stop();
  });
}

main().catch((err) => {
  console.error(`npm start: ${err.message}`);
  process.exit(1);
});
