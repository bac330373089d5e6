// A long CSV report written by several threads (main/services/reports/csv-threads.ts, with the
// built dist/cli/csv-worker.mjs): the same bytes as one thread writes; a commit that lands between
// the threads' snapshots leaves the report on the first snapshot, nothing twice, nothing missed;
// a thread that cannot run or stops leaves its part to the main thread.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CsvThreads } from '../../main/services/reports/csv-threads';
import { exportReport, reportBytes } from '../../main/services/reports/export-report';
import type { ReportFilters } from '../../shared/domain/report';
import { ROOT } from '../fixtures/cli';
import { seedDecisions } from '../fixtures/report-bulk';
import type { TempStore } from '../fixtures/store';

const WORKER = pathToFileURL(join(ROOT, 'dist', 'cli', 'csv-worker.mjs'));
const ROWS = 3000;

let bulk: TempStore;
let out: string;
const threads: CsvThreads[] = [];
/** A thread that shares reports from 100 rows, so that a test store of 3,000 is shared, and a sixth of it. */
const thread = (url: URL = WORKER, count = 1) => {
  const made = new CsvThreads(url, { warm: 100, cold: 100, upTo: 100_000 }, count);
  threads.push(made);
  return made;
};

beforeAll(() => {
  bulk = seedDecisions(ROWS);
  // Two-, three- and four-byte characters, quotes and line breaks on rows on both sides of the split.
  bulk.store.db.prepare(`UPDATE decisions SET message = 'Ōsaka "株式会社" 😀' || char(10) || id WHERE id % 7 = 0`).run();
  out = mkdtempSync(join(tmpdir(), 'cpor-report-threads-'));
});
afterAll(async () => {
  await Promise.all(threads.map((t) => t.close()));
  bulk.dispose();
  rmSync(out, { recursive: true, force: true });
});

async function csv(name: string, csvThreads: CsvThreads | null, filters: ReportFilters = {}) {
  const seen: number[] = [];
  const result = await exportReport(bulk.ctx(), { format: 'csv', filters, out: join(out, name), csvThreads, onProgress: (written) => seen.push(written) });
  return { result, bytes: readFileSync(result.file), lastProgress: seen.at(-1) };
}

describe('a CSV report shared with a second thread', () => {
  it('is byte for byte the report one thread writes, the thread writing the second half', async () => {
    const alone = await csv('alone.csv', null);
    const shared = thread();
    const part = vi.spyOn(shared, 'part');
    const both = await csv('both.csv', shared);
    expect(part).toHaveBeenCalledTimes(1);
    await expect(part.mock.results[0]!.value).resolves.toMatchObject({ rows: ROWS - ROWS / 2 });
    expect(both.result.rows).toBe(ROWS);
    expect(both.lastProgress).toBe(ROWS);
    expect(both.bytes.length).toBeGreaterThan(ROWS * 100);
    expect(both.bytes.equals(alone.bytes)).toBe(true);
    // Filtered reports split on their own rows: one reviewer's decisions.
    const someone = bulk.store.db.prepare('SELECT actor FROM decisions ORDER BY id LIMIT 1').pluck().get() as string;
    const filtered = await csv('one-reviewer.csv', shared, { reviewer: someone });
    expect(part).toHaveBeenCalledTimes(2);
    expect(filtered.result.rows).toBe(ROWS / 6);
    expect(filtered.bytes.equals((await csv('one-reviewer-alone.csv', null, { reviewer: someone })).bytes)).toBe(true);
  });

  it('is byte for byte the report one thread writes when three threads write a part each, in order', async () => {
    const alone = await csv('alone-3.csv', null);
    const three = thread(WORKER, 3);
    const part = vi.spyOn(three, 'part');
    const four = await csv('four-parts.csv', three);
    expect(part).toHaveBeenCalledTimes(3);
    // Each part on its own thread: the three run at once.
    expect(part.mock.calls.map(([, slot]) => slot)).toEqual([0, 1, 2]);
    const rows = await Promise.all(part.mock.results.map((r) => r.value as Promise<{ rows: number }>));
    expect(rows.map((r) => r.rows)).toEqual([ROWS / 4, ROWS / 4, ROWS / 4]);
    // The middle parts end where the next begins; the last runs to the end.
    const ranges = part.mock.calls.map(([task]) => task.range);
    expect(ranges[0]!.before).toEqual(ranges[1]!.from);
    expect(ranges[1]!.before).toEqual(ranges[2]!.from);
    expect(ranges[2]!.before).toBeUndefined();
    expect(four.result.rows).toBe(ROWS);
    expect(four.lastProgress).toBe(ROWS);
    expect(four.bytes.equals(alone.bytes)).toBe(true);
  });

  it('leaves a part whose thread failed to the main thread, the other parts still shared', async () => {
    const alone = await csv('alone-4.csv', null);
    const three = thread(WORKER, 3);
    const real = three.part.bind(three);
    vi.spyOn(three, 'part').mockImplementation((task, slot) => (slot === 1 ? Promise.reject(new Error('this part failed')) : real(task, slot)));
    const mixed = await csv('one-part-failed.csv', three);
    expect(mixed.result.rows).toBe(ROWS);
    expect(mixed.bytes.equals(alone.bytes)).toBe(true);
  });

  it('splits exactly inside a run of decisions taken at the same instant, and on a filter that joins the claims', async () => {
    // 300 decisions around the middle share one instant: the split key falls among them and the
    // two threads must part them by id, none twice, none missed.
    const middle = bulk.store.db.prepare('SELECT at FROM decisions ORDER BY at, id LIMIT 1 OFFSET ?').pluck().get(ROWS / 2) as string;
    const ids = bulk.store.db.prepare('SELECT id FROM decisions ORDER BY at, id LIMIT 300 OFFSET ?').pluck().all(ROWS / 2 - 150) as number[];
    const same = bulk.store.db.prepare('UPDATE decisions SET at = ? WHERE id = ?');
    bulk.store.db.transaction(() => ids.forEach((id) => same.run(middle, id)))();
    const shared = thread();
    const alone = await csv('ties-alone.csv', null);
    const both = await csv('ties-both.csv', shared);
    expect(both.result.rows).toBe(ROWS);
    expect(both.bytes.equals(alone.bytes)).toBe(true);
    // Four parts: the middle split falls among them too.
    expect((await csv('ties-four.csv', thread(WORKER, 3))).bytes.equals(alone.bytes)).toBe(true);
    // Through the API's path (bytes, no file) as well.
    const bytes = await reportBytes(bulk.ctx(), { format: 'csv', filters: {}, csvThreads: shared });
    expect(Buffer.from(bytes).equals(alone.bytes)).toBe(true);
    // A product-family filter reads the decisions joined to their claims.
    const family = bulk.store.db.prepare('SELECT product_family FROM claims ORDER BY id LIMIT 1').pluck().get() as ReportFilters['productFamily'];
    const part = vi.spyOn(shared, 'part');
    const filtered = await csv('family-both.csv', shared, { productFamily: family });
    expect(part).toHaveBeenCalledTimes(1);
    expect(filtered.result.rows).toBeGreaterThan(200);
    expect(filtered.bytes.equals((await csv('family-alone.csv', null, { productFamily: family })).bytes)).toBe(true);
  });

  it('stays on its own snapshot when a commit lands before the thread reads', async () => {
    const before = await csv('before.csv', null);
    const shared = thread();
    // The last decision is in the thread's half; the commit lands after the main thread's
    // snapshot and before the thread takes its own, so the thread reads the new message.
    const last = bulk.store.db.prepare('SELECT id FROM decisions ORDER BY at DESC, id DESC LIMIT 1').pluck().get() as number;
    const real = shared.part.bind(shared);
    const part = vi.spyOn(shared, 'part').mockImplementation(async (task) => {
      bulk.store.db.prepare('UPDATE decisions SET message = ? WHERE id = ?').run('changed during the export', last);
      return real(task);
    });
    const during = await csv('during.csv', shared);
    await expect(part.mock.results[0]!.value).resolves.toMatchObject({ rows: ROWS - ROWS / 2 });
    expect(during.bytes.equals(before.bytes)).toBe(true);
    expect(during.bytes.toString('utf8')).not.toContain('changed during the export');
    expect((await csv('after.csv', shared)).bytes.toString('utf8')).toContain('changed during the export');
  });

  it('is written by the main thread alone above the rows the thread may hold', async () => {
    // The thread would hold the second half, one row more than it may.
    const small = new CsvThreads(WORKER, { warm: 100, cold: 100, upTo: ROWS / 2 - 1 });
    threads.push(small);
    const part = vi.spyOn(small, 'part');
    const alone = await csv('upto-alone.csv', null);
    expect((await csv('upto.csv', small)).bytes.equals(alone.bytes)).toBe(true);
    expect(part).not.toHaveBeenCalled();
  });

  it('is written in fewer parts when all the threads would hold more rows than they may', async () => {
    // Three threads would hold 2,250 of the 3,000 rows, two 2,000: one holds 1,500.
    const few = new CsvThreads(WORKER, { warm: 100, cold: 100, upTo: 1600 }, 3);
    threads.push(few);
    const part = vi.spyOn(few, 'part');
    const alone = await csv('fewer-alone.csv', null);
    expect((await csv('fewer.csv', few)).bytes.equals(alone.bytes)).toBe(true);
    expect(part).toHaveBeenCalledTimes(1);
    await expect(part.mock.results[0]!.value).resolves.toMatchObject({ rows: ROWS / 2 });
  });

  it('is shared from fewer rows once the thread runs than while it would still have to start', () => {
    const fresh = new CsvThreads(WORKER);
    threads.push(fresh);
    expect(fresh.fromRows).toBe(60_000);
    fresh.warm();
    expect(fresh.fromRows).toBe(20_000);
  });

  it('is written whole by the main thread when the thread cannot start or stops', async () => {
    const alone = await csv('alone-2.csv', null);
    const throwing = join(out, 'throws.mjs');
    writeFileSync(throwing, "throw new Error('this thread cannot start');\n");
    const broken = thread(pathToFileURL(throwing));
    expect((await csv('no-thread.csv', broken)).bytes.equals(alone.bytes)).toBe(true);
    expect(broken.usable).toBe(false);
    const exiting = join(out, 'exits.mjs');
    writeFileSync(exiting, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    expect((await csv('thread-exited.csv', thread(pathToFileURL(exiting)))).bytes.equals(alone.bytes)).toBe(true);
  });
});
