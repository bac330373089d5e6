// Every test gets its own data folder and its own `cpor serve` process: the real CLI, the real
// store, the real browser host.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { test as base, expect } from '@playwright/test';
import { TEST_NOW } from '../fixtures/clock';
import { CPOR, DEMO_BUNDLE } from './paths';

export interface Host {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataDir: string;
  cpor(...args: string[]): string;
}

export async function startServe(dataDir: string, args: readonly string[] = []): Promise<{ proc: ChildProcess; info: { url: string; origin: string; token: string } }> {
  const proc = spawn(process.execPath, [CPOR, '--data', dataDir, 'serve', '--json', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`cpor serve exited with ${code}`)));
  });
  return { proc, info: JSON.parse(line) as { url: string; origin: string; token: string } };
}

export const test = base.extend<{ host: Host; bundle: string; serveArgs: readonly string[] }>({
  /** The bundle imported into the fresh store: the demo, unless a spec overrides it (test.use). */
  bundle: [DEMO_BUNDLE, { option: true }],
  /** More options for `cpor serve` (test.use), e.g. `--sync-every 0`. */
  serveArgs: [[], { option: true }],
  /** The page reads the same pinned instant as the host it talks to (timers still run). */
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(new Date(TEST_NOW));
    await use(page);
  },
  host: async ({ bundle, serveArgs }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cpor-e2e-'));
    const cpor = (...args: string[]) => execFileSync(process.execPath, [CPOR, '--data', dataDir, ...args], { encoding: 'utf8' });
    cpor('import', bundle);
    const { proc, info } = await startServe(dataDir, serveArgs);
    await use({ ...info, dataDir, cpor });
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/**
 * One API call on a connection of its own. A kept-alive connection can be closed by the host
 * just as the next call is written on it (both sides' idle timers race on a busy machine), and
 * Node's fetch does not send a POST again: a test must not fail on that.
 */
export function postApi(host: Pick<Host, 'origin' | 'token'>, method: string, input: unknown): Promise<{ status: number; body: unknown }> {
  const payload = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = request(
      `${host.origin}/api/${method}`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${host.token}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (err) {
            reject(err);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Calls the browser host's API as the renderer does, for a test's own expectations. */
export async function callApi<T>(host: Pick<Host, 'origin' | 'token'>, method: string, input: unknown): Promise<T> {
  const res = await postApi(host, method, input);
  const body = res.body as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? res.status}`);
  return body.value as T;
}

export { expect };
