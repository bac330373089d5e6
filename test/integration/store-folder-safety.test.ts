// What a data folder holds is data from outside: a database with code of its own (triggers, views),
// an empty or foreign cpor.db beside PoE files, files no claim refers to. Each is refused or
// reported by name, and nothing the person has is changed or lost (issue 16, items 1 to 3).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../main/services/import/import-bundle';
import { orphanFiles } from '../../main/services/verify';
import { storedFileHashes } from '../../main/store/documents-table';
import { MIGRATIONS } from '../../main/store/migrations';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { cpor, ROOT } from '../fixtures/cli';
import { storeContent } from '../fixtures/import-refusal';
import { tempStore } from '../fixtures/store';
import { folderEntries, writeZip } from '../fixtures/zip';

const work = mkdtempSync(join(tmpdir(), 'cpor-folder-safety-'));
const data = join(work, 'store');
const NOW = '2026-11-24T18:00:00Z';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const queue = (dir: string) => cpor('--data', dir, 'queue', '--limit', '500', '--json');

/** A copy of the good store, changed with SQLite's own tools as someone holding the file would. */
function tampered(name: string, sql: string): string {
  const dir = join(work, name);
  cpSync(data, dir, { recursive: true });
  const db = new Database(join(dir, 'cpor.db'));
  db.exec(sql);
  db.close();
  return dir;
}

const EVIL_TRIGGERS = `
  CREATE TRIGGER outbox_vanishes AFTER INSERT ON outbox BEGIN DELETE FROM outbox WHERE id = new.id; END;
  CREATE TRIGGER comments_rewritten AFTER INSERT ON comments BEGIN UPDATE comments SET text = 'all fine' WHERE id = new.id; END;`;

beforeAll(() => {
  expect(cpor('demo', '--claims', '6', '--seed', '16', '--now', NOW, '--out', join(work, 'bundle')).code).toBe(0);
  const imported = cpor('--data', data, 'import', join(work, 'bundle'));
  expect(imported.code, imported.err).toBe(0);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a store whose schema is not the app\'s own', () => {
  it('is refused on opening, naming what was added, and left as it was', () => {
    const dir = tampered('with-triggers', EVIL_TRIGGERS);
    const before = sha(join(dir, 'cpor.db'));
    const v = cpor('--data', dir, 'verify');
    expect(v.code).toBe(1);
    expect(v.err).toMatch(/schema is not the workstation's own \(extra trigger "comments_rewritten" on comments, extra trigger "outbox_vanishes" on outbox\)/);
    const q = queue(dir);
    expect(q.code).toBe(1);
    expect(q.out).toBe('');
    expect(sha(join(dir, 'cpor.db'))).toBe(before);
  });

  it('is refused when a view, an index or a changed table is added, or a guard is taken away', () => {
    const cases: [string, RegExp][] = [
      ['CREATE VIEW everything AS SELECT * FROM claims;', /extra view "everything" on everything/],
      ['CREATE INDEX sneaky ON comments (text);', /extra index "sneaky" on comments/],
      ['DROP TRIGGER history_never_changes;', /missing trigger "history_never_changes" on history/],
      ['ALTER TABLE comments ADD COLUMN payload TEXT;', /changed table "comments" on comments/],
    ];
    cases.forEach(([sql, named], i) => {
      const r = cpor('--data', tampered(`case-${i}`, sql), 'verify');
      expect(r.code, sql).toBe(1);
      expect(r.err, sql).toMatch(named);
    });
  });

  it('is refused before an upgrade runs when the store is older', () => {
    // A store at an older schema with a trigger of its own: the upgrade's writes must not run it.
    const dir = join(work, 'older');
    mkdirSync(dir);
    const db = new Database(join(dir, 'cpor.db'));
    for (const m of MIGRATIONS.slice(0, 9)) m.up(db);
    db.pragma('user_version = 9');
    db.exec("CREATE TRIGGER claims_spy AFTER UPDATE ON claims BEGIN SELECT 1; END;");
    db.close();
    const r = cpor('--data', dir, 'verify');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/extra trigger "claims_spy" on claims/);
    const left = new Database(join(dir, 'cpor.db'), { readonly: true });
    expect(left.pragma('user_version', { simple: true })).toBe(9);
    left.close();
  });

  it('in a backup whose manifest was fixed to match: restore refuses it and changes nothing', () => {
    const dir = tampered('backup-source', EVIL_TRIGGERS);
    // Checkpointed and closed by tampered(): the database file is the whole store.
    const manifest = {
      format: 'cpor-backup',
      version: 1,
      createdAt: NOW,
      appVersion: '1.0.0',
      schemaVersion: MIGRATIONS.length,
      claims: 6,
      historyEntries: 0,
      files: folderEntries(join(dir, 'files')).length,
      dbSha256: sha(join(dir, 'cpor.db')),
    };
    const file = writeZip(join(work, 'crafted.cporbackup'), [
      { name: 'cpor-backup.json', data: JSON.stringify(manifest) },
      { name: 'cpor.db', data: readFileSync(join(dir, 'cpor.db')) },
      ...folderEntries(join(dir, 'files'), 'files/'),
    ]);
    const target = join(work, 'restore-target');
    cpSync(data, target, { recursive: true });
    const before = queue(target).out;
    const r = cpor('--data', target, 'restore', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/restore refused, nothing changed: the backup's database is not the workstation's own: extra trigger "comments_rewritten" on comments/);
    expect(queue(target).out).toBe(before);
    expect(cpor('--data', target, 'verify').code).toBe(0);
    expect(readdirSync(work).filter((n) => n.includes('restore-target.'))).toEqual([]);
  });
});

describe('a data folder whose database is gone, empty or not a store', () => {
  it('is refused while files/ holds PoE files, and nothing is written into it', () => {
    const empty = join(work, 'empty-db');
    cpSync(data, empty, { recursive: true });
    writeFileSync(join(empty, 'cpor.db'), '');
    for (const args of [['verify'], ['queue', '--json'], ['import', join(work, 'bundle')]]) {
      const r = cpor('--data', empty, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toMatch(/cpor\.db is empty \(zero bytes\) but .*files holds PoE files/);
    }
    expect(statSync(join(empty, 'cpor.db')).size).toBe(0);

    const gone = join(work, 'no-db');
    cpSync(data, gone, { recursive: true });
    rmSync(join(gone, 'cpor.db'));
    const r = cpor('--data', gone, 'verify');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cpor\.db is missing but .*files holds PoE files/);
    expect(existsSync(join(gone, 'cpor.db'))).toBe(false);
  });

  it('refuses a cpor.db that is not SQLite, or is another program\'s database', () => {
    const text = join(work, 'text-db');
    mkdirSync(text);
    writeFileSync(join(text, 'cpor.db'), 'these are my notes, not a database\n');
    expect(cpor('--data', text, 'verify').err).toMatch(/cpor\.db is not a workstation store \(not an SQLite database\)/);

    const other = join(work, 'other-db');
    mkdirSync(other);
    const db = new Database(join(other, 'cpor.db'));
    db.exec('CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES (\'bread\');');
    db.close();
    const before = sha(join(other, 'cpor.db'));
    const r = cpor('--data', other, 'queue', '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/an SQLite database of another program \(1 tables or indexes/);
    expect(sha(join(other, 'cpor.db'))).toBe(before);
  });

  it('still starts a new store in an empty folder, or one whose files/ is empty', () => {
    const fresh = join(work, 'fresh');
    mkdirSync(join(fresh, 'files'), { recursive: true });
    writeFileSync(join(fresh, 'cpor.db'), '');
    const r = cpor('--data', fresh, 'verify');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/ok: SQLite integrity, 0 claims/);
  });
});

describe('files no claim refers to', () => {
  it('are listed by verify, removed by verify --repair after naming each, and the store then verifies', () => {
    const dir = join(work, 'orphans');
    cpSync(data, dir, { recursive: true });
    const stray = 'ab'.repeat(32);
    mkdirSync(join(dir, 'files', 'ab'), { recursive: true });
    writeFileSync(join(dir, 'files', 'ab', stray), 'left by an import that failed');
    writeFileSync(join(dir, 'files', 'ab', `${stray}.1a2b3c.tmp`), 'half written');
    mkdirSync(join(dir, '.importing-x1y2z3', 'cd'), { recursive: true });
    writeFileSync(join(dir, '.importing-x1y2z3', 'cd', 'cd'.repeat(32)), 'staged by a crashed import');

    const v = cpor('--data', dir, 'verify', '--json');
    expect(v.code).toBe(1);
    const report = JSON.parse(v.out) as { orphanFiles: string[]; failure: string };
    expect(report.orphanFiles).toEqual(['.importing-x1y2z3', `files/ab/${stray}`, `files/ab/${stray}.1a2b3c.tmp`]);
    expect(v.err).toMatch(/verify failed: 3 files in the data folder belong to no claim \(\.importing-x1y2z3, files\/ab\/a.*; "cpor verify --repair" removes them/);

    const before = queue(dir).out;
    const repaired = cpor('--data', dir, 'verify', '--repair');
    expect(repaired.code, repaired.err).toBe(0);
    expect(repaired.err).toContain(`cpor: removing files/ab/${stray} (no claim refers to it)`);
    expect(repaired.err).toContain('cpor: removed 3 files no claim referred to');
    expect(repaired.out).toMatch(/every PoE file present and no other/);
    expect(queue(dir).out).toBe(before);
    expect(existsSync(join(dir, '.importing-x1y2z3'))).toBe(false);
  });

  it('are not left by an import the rules refuse after its files were written', async () => {
    const t = tempStore();
    try {
      await importBundle(t.ctx(), await writeBundle([claimRow({ id: 'KEEP-1' })]));
      const before = storeContent(t);
      // The events lead to under-review while the row says approved: refused at the claims' write,
      // after every file was read, checked and staged.
      const refused = await writeBundle([
        claimRow({ id: 'NEW-1', documents: [{ path: 'poe/a.pdf', name: 'a.pdf' }, { path: 'poe/b.pdf', name: 'b.pdf' }] }),
        {
          ...claimRow({ id: 'NEW-2', submittedAt: '2026-11-02T17:00:00Z', status: 'approved' }),
          events: [{ kind: 'decision', at: '2026-11-03T17:00:00Z', actor: 'Alex Martin', action: 'start-review' }],
        },
      ]);
      await expect(importBundle(t.ctx(), refused)).rejects.toThrow(/says approved but its events lead to under-review/);
      expect(storeContent(t)).toBe(before);
      expect(orphanFiles(t.store, new Set(storedFileHashes(t.store.db)))).toEqual([]);
    } finally {
      t.dispose();
    }
  });
});

// Root writes anywhere: as root the CLI runs as "nobody" (setpriv), who can read the folder but not write it.
const root = process.getuid?.() === 0;
const setpriv = spawnSync('setpriv', ['--version']).status === 0;
const readOnlyReason = root && !setpriv ? 'running as root without setpriv, no way to take write access away' : '';

function cporAsReader(...args: string[]) {
  if (!root) return cpor(...args);
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(ROOT, 'bin/cpor.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CPOR_DATA_DIR: '', HOME: tmpdir() },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.skipIf(readOnlyReason !== '')(`a data folder this user cannot write${readOnlyReason ? ` (skipped: ${readOnlyReason})` : ''}`, () => {
  it('opens for reading (queue, show, verify), refuses a change saying why, and is left untouched', () => {
    const dir = join(work, 'read-only');
    cpSync(data, dir, { recursive: true });
    const writable = queue(data);
    const id = (JSON.parse(writable.out) as { id: string }[])[0]!.id;
    // Readable by everyone, writable by no one but root (who is not who runs the CLI below).
    for (let d = dir; d.startsWith(work); d = join(d, '..')) chmodSync(d, 0o755);
    chmodSync(work, 0o755);
    chmodSync(dir, root ? 0o755 : 0o555);
    chmodSync(join(dir, 'cpor.db'), 0o444);
    const before = sha(join(dir, 'cpor.db'));
    try {
      const q = cporAsReader('--data', dir, 'queue', '--limit', '500', '--json');
      expect(q.code, q.err).toBe(0);
      expect(q.out).toBe(writable.out);
      const s = cporAsReader('--data', dir, 'show', id, '--json');
      expect(s.code, s.err).toBe(0);
      expect((JSON.parse(s.out) as { id: string }).id).toBe(id);
      const v = cporAsReader('--data', dir, 'verify');
      expect(v.code, v.err).toBe(0);
      const d = cporAsReader('--data', dir, 'comment', id, '--as', 'Alex Martin', '--text', 'Seen.');
      expect(d.code).toBe(1);
      expect(d.err).toMatch(/^cpor: claim\.comment: the data folder cannot be written \(read-only, or another user's\); reading works, but nothing can be changed here\n$/);
      expect(sha(join(dir, 'cpor.db'))).toBe(before);
      expect(readdirSync(dir).sort()).toEqual(readdirSync(data).filter((n) => !n.startsWith('cpor.db-')).sort());
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
