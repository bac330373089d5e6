// The one place that opens the database: pragmas, migrations, a smoke query.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './db';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

export type { Db } from './db';

export const STORE_FILE = 'cpor.db';
export const FILES_DIR = 'files';

export interface Store {
  readonly db: Db;
  readonly dataDir: string;
  readonly filesDir: string;
  close(): void;
}

export function openDatabase(file: string): Db {
  const db = new Database(file, { timeout: 5000 });
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before the call returns; a decision is never lost to a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, MIGRATIONS);
    db.prepare('SELECT count(*) FROM claims').get();
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

export function openStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const filesDir = join(dataDir, FILES_DIR);
  mkdirSync(filesDir, { recursive: true });
  const db = openDatabase(join(dataDir, STORE_FILE));
  return {
    db,
    dataDir,
    filesDir,
    close() {
      if (!db.open) return;
      try {
        db.pragma('optimize');
      } catch {
        // Upkeep only: a damaged page it meets must not turn a finished command into a failure
        // after its output. `cpor verify` finds and names the damage.
      } finally {
        db.close();
      }
    },
  };
}

/** A read-only connection to a database file as it is (a backup's copy): no pragmas, no migration. */
export function openSnapshot(file: string): Db {
  return new Database(file, { readonly: true });
}

/**
 * A second, read-only connection to an open store, for long reads (report exports): WAL lets it
 * read one consistent snapshot while the main connection goes on committing, and an export that
 * awaits its output file between rows never holds the main connection busy.
 */
export function openReader(store: Pick<Store, 'dataDir'>): Db {
  const db = new Database(join(store.dataDir, STORE_FILE), { readonly: true, fileMustExist: true, timeout: 5000 });
  db.pragma('busy_timeout = 5000');
  return db;
}
