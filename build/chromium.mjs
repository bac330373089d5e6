// Finding (and, for tests, installing) a Chromium: Debian's package, a system Chrome, or
// Playwright's own download on machines that can reach it.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  process.env.CPOR_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Flags for a Chromium that must not phone home (closed networks refuse those connections). */
export const QUIET_CHROMIUM_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
];

/**
 * The browser host's address carries its token (in the fragment). On Chromium's command line any
 * local user would read it with `ps`; so the window is pointed at a page in `privateDir` (the
 * window's own profile, 0700) that only this user can read, and that page goes on to the address.
 * Returns the file:// address to give Chromium.
 */
export function writeLauncher(privateDir, url) {
  chmodSync(privateDir, 0o700);
  const file = join(privateDir, 'open-workstation.html');
  const target = url.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const page = `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${target}"><title>CPOR Workstation</title>\n`;
  writeFileSync(file, page, { mode: 0o600, flag: 'wx' });
  return pathToFileURL(file).href;
}

export function ensureChromiumForTests() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian Chromium for the end-to-end tests (apt-get install chromium)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  // Playwright's managed browser: used when Playwright's launcher finds no executablePath.
  const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.status === 0) return null;
  throw new Error('no Chromium found and none could be installed: install Chromium or Google Chrome, or set CPOR_CHROMIUM');
}
