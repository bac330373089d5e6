// A store with one damaged index page that a read does not need: the read prints its whole answer
// and exits 0; the upkeep at close (PRAGMA optimize, which re-reads every index of a table whose
// statistics are stale) meets the damage and must not turn the finished read into a failure.
// `cpor verify` still finds the damage and says so (issue 16, item 5).
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../main/store/open';
import { insertSubmittedClaims } from '../bench/synthetic-claims';
import { cpor } from '../fixtures/cli';

const AT = Date.parse('2026-11-24T18:00:00Z');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cpor-damaged-'));
  const store = openStore(dir);
  // Statistics taken on 50 claims, then 1,500 more: stale by far more than optimize's 25x.
  insertSubmittedClaims(store.db, 'A', 50, AT);
  store.db.exec('ANALYZE');
  insertSubmittedClaims(store.db, 'B', 1500, AT);
  store.db.close();
  // One leaf page of an index the queue does not read (partner order) overwritten with noise.
  const db = new Database(join(dir, 'cpor.db'));
  const page = db.prepare("SELECT pageno FROM dbstat WHERE name = 'claims_by_partner' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1").pluck().get() as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(join(dir, 'cpor.db'), 'r+');
  writeSync(fd, Buffer.alloc(size, 0xa5), 0, size, (page - 1) * size);
  closeSync(fd);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a store with a damaged page the read does not need', () => {
  it('cpor queue --json prints every claim and exits 0', () => {
    const r = cpor('--data', dir, 'queue', '--json', '--now', '2026-11-25T18:00:00Z');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as unknown[]).length).toBe(1550);
  });

  it('cpor verify names the damage and exits 1', () => {
    const r = cpor('--data', dir, 'verify');
    expect(r.code).toBe(1);
    expect(r.out + r.err).toMatch(/malformed|integrity|damaged|corrupt/i);
  });
});
