import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, NewerDatabaseError, schemaVersion, type Migration } from '../../main/store/migrate';
import { MIGRATIONS } from '../../main/store/migrations';
import { openDatabase } from '../../main/store/open';

const dirs: string[] = [];
const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cpor-mig-'));
  dirs.push(dir);
  return join(dir, 'cpor.db');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('migrations', () => {
  it('migrates a new database to the latest version with the pragmas set', () => {
    const db = openDatabase(tempDb());
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['claims', 'claim_products', 'documents', 'files', 'decisions', 'history', 'settings']));
    db.close();
  });

  it('is idempotent: opening again runs nothing', () => {
    const file = tempDb();
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a database written by a newer version, and leaves it untouched', () => {
    const file = tempDb();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(NewerDatabaseError);
    expect(() => openDatabase(file)).toThrow(/newer version of the workstation/);
    const check = new Database(file);
    expect(schemaVersion(check)).toBe(MIGRATIONS.length + 5);
    check.close();
  });

  it('migrates n-1 to n keeping rows, and rolls back a failing migration whole', () => {
    const db = new Database(tempDb());
    const steps: Migration[] = [
      { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE t (a INTEGER) STRICT') },
      { version: 2, name: 'two', up: (d) => d.exec('ALTER TABLE t ADD COLUMN b TEXT') },
    ];
    migrate(db, steps, 1);
    db.prepare('INSERT INTO t (a) VALUES (41)').run();
    migrate(db, steps);
    expect(db.prepare('SELECT a, b FROM t').all()).toEqual([{ a: 41, b: null }]);
    const broken: Migration[] = [...steps, { version: 3, name: 'bad', up: (d) => d.exec('CREATE TABLE u (x); SELECT nonsense FROM nowhere') }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'u'").pluck().get()).toBe(0);
    db.close();
  });

  it('keeps the important indexes in use for the queue', () => {
    const db = openDatabase(tempDb());
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM claims ORDER BY sla_sort_ms, id LIMIT 100').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX claims_queue_scan/);
    const open = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM claims WHERE +status IN ('submitted', 'under-review') AND +activity = 'Pre-sales' ORDER BY sla_sort_ms, id LIMIT 100")
      .all() as { detail: string }[];
    expect(open.map((p) => p.detail).join(' ')).toMatch(/claims_queue_scan/);
    expect(open.map((p) => p.detail).join(' ')).not.toMatch(/TEMP B-TREE/);
    const count = db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM claims WHERE status IN ('submitted', 'under-review') AND activity = 'Pre-sales'").all() as { detail: string }[];
    expect(count.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX claims_by_activity/);
    const byStatus = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM claims WHERE status = 'submitted' ORDER BY sla_sort_ms, id LIMIT 100").all() as { detail: string }[];
    expect(byStatus.map((p) => p.detail).join(' ')).toMatch(/claims_by_status_sla/);
    db.close();
  });
});
