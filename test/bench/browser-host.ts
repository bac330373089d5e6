// The real `cpor serve` and a headless Chromium, for the benches measured in the page.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type Browser, chromium } from '@playwright/test';
import { findChromium, QUIET_CHROMIUM_FLAGS } from '../../build/chromium.mjs';

interface Served {
  readonly proc: ChildProcess;
  readonly url: string;
}

/** Builds the renderer and the CLI when they are out of date. */
function buildIfNeeded(root: string): void {
  const built = spawnSync(process.execPath, [join(root, 'build', 'build.mjs'), '--if-needed'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the build failed');
}

export async function serve(root: string, dataDir: string): Promise<Served> {
  const proc = spawn(process.execPath, [join(root, 'bin', 'cpor.mjs'), '--data', dataDir, 'serve', '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`cpor serve exited with ${code}`)));
  });
  return { proc, url: (JSON.parse(line) as { url: string }).url };
}

async function launchChromium(): Promise<{ browser: Browser; name: string }> {
  const executablePath = findChromium() ?? undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', ...QUIET_CHROMIUM_FLAGS] });
  return { browser, name: executablePath ?? "Playwright's Chromium" };
}

/**
 * Builds if needed, lets `prepare` fill a fresh store folder, serves it, opens headless Chromium,
 * runs `measure`, and cleans everything up whatever happens.
 */
export async function withServedStore(
  prepare: (work: string, dataDir: string) => Promise<void> | void,
  measure: (browser: Browser, url: string, chromiumName: string, dataDir: string) => Promise<boolean>,
): Promise<boolean> {
  const root = process.cwd();
  buildIfNeeded(root);
  const work = mkdtempSync(join(tmpdir(), 'cpor-bench-host-'));
  let host: Served | null = null;
  let browser: Browser | null = null;
  try {
    const dataDir = join(work, 'store');
    await prepare(work, dataDir);
    host = await serve(root, dataDir);
    const launched = await launchChromium();
    browser = launched.browser;
    return await measure(browser, host.url, launched.name, dataDir);
  } finally {
    await browser?.close();
    host?.proc.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}
