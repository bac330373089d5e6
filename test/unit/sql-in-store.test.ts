// SQL lives in the store folders only: the workstation's main/store/ and the hub's hub/store/.
// Everything else asks a store module, so a schema change touches one folder and every statement
// can be read in one place. The database drivers are imported there only, too.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = ['main', 'shared', 'renderer', 'hub'];
const STORE_FOLDERS = ['main/store/', 'hub/store/'];

/** A statement in a string: the verbs with what must follow them in SQL, not in English. */
const SQL = /\b(SELECT\s+[\w*(),.\s]+?\s+FROM\s+\w+|INSERT\s+INTO\s+\w+|DELETE\s+FROM\s+\w+|UPDATE\s+\w+\s+SET\b|CREATE\s+(?:TABLE|INDEX|VIEW|TRIGGER)\b|DROP\s+(?:TABLE|INDEX)\b|PRAGMA\s+\w+)/;
/** Reaching a database without a store module: its driver, or a raw statement call. */
const DRIVER = /from\s+'(?:better-sqlite3|pg)'|\.(?:prepare|query|exec|pragma)\(\s*['`"]/;

function* sourceFiles(dir: string): Iterable<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

function sqlOutsideStore(files: Iterable<readonly [path: string, text: string]>): string[] {
  const found: string[] = [];
  for (const [path, text] of files) {
    if (STORE_FOLDERS.some((f) => path.startsWith(f))) continue;
    text.split('\n').forEach((line, i) => {
      if (/^\s*(\/\/|\*)/.test(line)) return;
      if (SQL.test(line) || DRIVER.test(line)) found.push(`${path}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

function repositoryFiles(): Array<readonly [string, string]> {
  const files: Array<readonly [string, string]> = [];
  for (const top of SOURCES) {
    let dir: string;
    try {
      dir = join(ROOT, top);
      readdirSync(dir);
    } catch {
      continue;
    }
    for (const path of sourceFiles(dir)) files.push([relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8')]);
  }
  return files;
}

describe('SQL in the store folders only', () => {
  it('finds no statement and no database driver outside main/store/ and hub/store/', () => {
    expect(sqlOutsideStore(repositoryFiles())).toEqual([]);
  });

  it('would catch a statement, a driver import or a raw call anywhere else', () => {
    const planted: Array<readonly [string, string]> = [
      ['main/services/x.ts', "const rows = db.prepare('SELECT id FROM claims').all();"],
      ['hub/hub-server.ts', "await db.query('DELETE FROM hub_leases WHERE claim_id = $1', [id]);"],
      ['main/cli/y.ts', "import pg from 'pg';"],
      ['renderer/z.ts', 'const sql = `UPDATE claims SET status = 1`;'],
      ['main/store/ok.ts', "stmt(db, 'SELECT id FROM claims').all();"],
      ['main/services/words.ts', "const text = 'select the claims from the queue';"],
    ];
    expect(sqlOutsideStore(planted).map((f) => f.split(':')[0])).toEqual(['main/services/x.ts', 'hub/hub-server.ts', 'main/cli/y.ts', 'renderer/z.ts']);
  });
});
