// The on-demand pre-check pool kept between uses (main/services/precheck/kept-pool.ts), with the
// built worker: a second use runs on the threads the first started, a use while the pool waits
// to close keeps it, and a pool left idle closes its threads.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { KeptPool } from '../../main/services/precheck/kept-pool';
import { PrecheckPool } from '../../main/services/precheck/pool';
import { ROOT } from '../fixtures/cli';
import { textPdf } from '../fixtures/precheck-pdfs';

const workerUrl = pathToFileURL(join(ROOT, 'dist', 'cli', 'precheck-worker.mjs'));
const work = mkdtempSync(join(tmpdir(), 'cpor-kept-pool-'));
const made: PrecheckPool[] = [];
const kept: KeptPool[] = [];
afterAll(async () => {
  await Promise.all(kept.map((k) => k.close()));
  rmSync(work, { recursive: true, force: true });
});

function keptPool(idleMs: number): KeptPool {
  const pool = new KeptPool(() => {
    const p = new PrecheckPool({ size: 2, workerUrl });
    made.push(p);
    return p;
  }, idleMs);
  kept.push(pool);
  return pool;
}

async function pdf(name: string, text: string): Promise<string> {
  const path = join(work, name);
  writeFileSync(path, await textPdf([[text]]));
  return path;
}

const check = (pool: PrecheckPool, path: string) => pool.run({ path, claim: { products: [] }, today: '2026-03-18' });

describe('the kept pre-check pool', () => {
  it('runs a second use on the threads the first started, and closes them when left idle', async () => {
    const a = await pdf('a.pdf', 'Date: 2026-03-01');
    const b = await pdf('b.pdf', 'Date: 2026-03-02');
    // Long enough that the second use comes before it on any machine; the close is awaited below.
    const pool = keptPool(60_000);
    const before = made.length;
    expect((await pool.use((p) => check(p, a))).ok).toBe(true);
    const threads = pool.current!.threads;
    expect(threads).toBeGreaterThan(0);
    const second = await pool.use(async (p) => [await check(p, b), p] as const);
    expect(second[0].findings.find((f) => f.kind === 'date')?.text).toBe('2026-03-02');
    expect(made.length).toBe(before + 1);
    expect(second[1]).toBe(made.at(-1));
    expect(pool.current!.threads).toBe(threads);
    await pool.close();
    expect(pool.current).toBeNull();
    expect(second[1].threads).toBe(0);
  });

  it('closes after its idle time, and a use in the meantime keeps it', async () => {
    const a = await pdf('c.pdf', 'Date: 2026-03-03');
    const pool = keptPool(200);
    const used = await pool.use(async (p) => (await check(p, a), p));
    // A use while the close is pending: the same pool, the close put off.
    expect(await pool.use(async (p) => p)).toBe(used);
    await vi.waitFor(() => expect(pool.current).toBeNull(), { timeout: 30_000, interval: 50 });
    expect(used.threads).toBe(0);
    // The next use starts a new pool.
    const next = await pool.use(async (p) => (await check(p, a), p));
    expect(next).not.toBe(used);
  });
});
