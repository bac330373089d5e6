// The write-ahead log is copied into the database between requests, not inside a reviewer's
// commit: commits leave it to a bound of 10,000 pages, and the running app's checkpointer copies
// it when it was written since its last look (real store, real decisions).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDemoBundle } from '../../main/demo';
import { decide } from '../../main/services/decisions';
import { importBundle } from '../../main/services/import/import-bundle';
import { checkpointer, WAL_AUTOCHECKPOINT_PAGES } from '../../main/store/checkpoint';
import { FIXED_NOW, type TempStore, tempStore } from '../fixtures/store';

let t: TempStore;
beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.dispose());

/** A count read from the database file alone (a copy without its log). */
function inFileAlone(sql: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'cpor-file-alone-'));
  try {
    copyFileSync(t.store.dbFile, join(dir, 'copy.db'));
    const db = new Database(join(dir, 'copy.db'), { readonly: true });
    try {
      return db.prepare(sql).pluck().get() as number;
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const decisionsInFileAlone = () => inFileAlone("SELECT count(*) FROM decisions WHERE action = 'start-review'");
const settingInFileAlone = () => inFileAlone("SELECT count(*) FROM settings WHERE key = 'checkpoint-test'");

describe('checkpoints', () => {
  it('are left out of commits up to the bound', () => {
    expect(t.store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_PAGES);
  });

  it('copy the log when it was written since the last look, and do nothing otherwise', () => {
    const checkpoint = checkpointer();
    checkpoint(t.store);
    t.store.db.prepare("INSERT INTO settings (key, value) VALUES ('checkpoint-test', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    expect(settingInFileAlone()).toBe(0);
    expect(checkpoint(t.store)).toBe(true);
    expect(settingInFileAlone()).toBe(1);
    expect(checkpoint(t.store)).toBe(false);
  });

  it('wait for a transaction in progress', () => {
    const checkpoint = checkpointer();
    t.store.db.prepare("INSERT INTO settings (key, value) VALUES ('checkpoint-test', '2') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    let inside = true;
    t.store.db.transaction(() => {
      inside = checkpoint(t.store);
    })();
    expect(inside).toBe(false);
    expect(checkpoint(t.store)).toBe(true);
  });

  it('leave every decision in the database file once copied, across a reopening', async () => {
    const bundle = mkdtempSync(join(tmpdir(), 'cpor-checkpoint-'));
    try {
      await writeDemoBundle({ claims: 20, seed: 3, now: new Date(FIXED_NOW), outDir: bundle });
      await importBundle(t.ctx(), bundle);
    } finally {
      rmSync(bundle, { recursive: true, force: true });
    }
    const checkpoint = checkpointer();
    checkpoint(t.store);
    const earlier = decisionsInFileAlone();
    const ids = t.store.db.prepare("SELECT id FROM claims WHERE status = 'submitted' LIMIT 3").pluck().all() as string[];
    expect(ids.length).toBeGreaterThan(0);
    for (const claimId of ids) decide(t.ctx(), { claimId, action: 'start-review', actor: 'Priya Shah' });
    // The database file alone (what a copy without its log holds): the decisions reach it only
    // once they are copied.
    expect(decisionsInFileAlone()).toBe(earlier);
    expect(checkpoint(t.store)).toBe(true);
    expect(decisionsInFileAlone()).toBe(earlier + ids.length);
    t.reopen();
    const n = t.store.db.prepare("SELECT count(*) FROM decisions WHERE action = 'start-review'").pluck().get();
    expect(n).toBe(earlier + ids.length);
  });
});
