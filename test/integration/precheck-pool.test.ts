// The pre-check's worker pool with the built worker (dist/cli/precheck-worker.mjs): results
// in order, a per-file time limit that ends the thread, and a pool that goes on after it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PrecheckPool, precheckFiles } from '../../main/services/precheck/pool';
import { ROOT } from '../fixtures/cli';
import { textPdf } from '../fixtures/precheck-pdfs';

const workerUrl = pathToFileURL(join(ROOT, 'dist', 'cli', 'precheck-worker.mjs'));
const work = mkdtempSync(join(tmpdir(), 'cpor-precheck-pool-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function pdf(name: string, lines: string[], pages = 1): Promise<string> {
  const path = join(work, name);
  writeFileSync(path, await textPdf(Array.from({ length: pages }, () => lines)));
  return path;
}

describe('pre-check pool', () => {
  it('pre-checks files on worker threads, results in the order of the files', async () => {
    const files = await Promise.all([1, 2, 3, 4, 5].map((n) => pdf(`f${n}.pdf`, [`Date: 2026-03-0${n}`], n)));
    const results = await precheckFiles(files.map((path) => ({ path, label: path.slice(work.length + 1) })), { products: [] }, '2026-03-18', { workerUrl, size: 2 });
    expect(results.map((r) => [r.file, r.ok, r.pages])).toEqual(files.map((f, i) => [f.slice(work.length + 1), true, i + 1]));
    expect(results.map((r) => r.findings.find((f) => f.kind === 'date')?.text)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
  });

  it('ends a thread that takes longer than the limit, and goes on with a new one', async () => {
    const big = await pdf('big.pdf', Array.from({ length: 40 }, (_, i) => `Line ${i} of a long page about Microsoft Teams`), 40);
    const small = await pdf('small.pdf', ['Signed by: Jane Doe']);
    const pool = new PrecheckPool({ workerUrl, size: 1 });
    try {
      const late = await pool.run({ path: big, claim: { products: [] }, today: '2026-03-18' }, { timeoutMs: 30 });
      expect(late).toMatchObject({ ok: false, error: 'took longer than 0.03 s', proposed: ['missing-poe'] });
      const [a, b] = await Promise.all([
        pool.run({ path: big, claim: { products: [] }, today: '2026-03-18' }),
        pool.run({ path: small, claim: { products: [] }, today: '2026-03-18' }),
      ]);
      expect([a?.ok, a?.pages, b?.ok, b?.findings[0]?.kind]).toEqual([true, 40, true, 'signature']);
    } finally {
      await pool.close();
    }
  });
});
