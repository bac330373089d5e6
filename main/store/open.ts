// The one place that opens the database: what the folder holds is checked first (an empty or
// foreign file beside PoE files is not a new store), then pragmas, migrations, the schema compared
// with the app's own (own-schema.ts) and a smoke query. A folder this user cannot write is opened
// read-only (read-only-copy.ts): reads work, writes are refused by SQLite and worded by the services.
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './db';
import { anyStoredFile } from './file-store';
import { migrate, NewerDatabaseError, schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import { assertOwnSchema, ForeignSchemaError } from './own-schema';
import { copyForReading, isReadOnlyFailure } from './read-only-copy';
import { boundLogInCommits } from './checkpoint';
import { refreshContestGroups } from './contest-groups';
import { keepTalliesOnOpen } from './team-tallies';

export type { Db } from './db';
export { ForeignSchemaError } from './own-schema';

export const STORE_FILE = 'cpor.db';
export const FILES_DIR = 'files';

export interface Store {
  readonly db: Db;
  readonly dataDir: string;
  readonly filesDir: string;
  /** The database file the connection reads: the store's own, or a private copy when the folder is read-only. */
  readonly dbFile: string;
  /** True when the folder cannot be written: every change is refused, reads work. */
  readonly readOnly: boolean;
  close(): void;
}

/** A data folder that is not a store this workstation may open or start: said plainly, nothing touched. */
export class NotAStoreError extends Error {
  override name = 'NotAStoreError';
}

const SQLITE_HEADER = 'SQLite format 3\0';

function headerOf(file: string): string {
  const buf = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return buf.toString('latin1');
}

/**
 * Refuses a folder whose PoE files would be orphaned by a new, empty store: no `cpor.db` or a
 * zero-length one beside `files/` that holds documents (a deleted or truncated database), and any
 * `cpor.db` that is not SQLite at all.
 */
function checkFolder(dataDir: string, file: string, filesDir: string): void {
  const size = existsSync(file) ? statSync(file).size : -1;
  if (size > 0) {
    if (size < 16 || headerOf(file) !== SQLITE_HEADER) {
      throw new NotAStoreError(`${file} is not a workstation store (not an SQLite database); nothing was changed: open another data folder or restore a backup`);
    }
    return;
  }
  if (anyStoredFile(filesDir)) {
    const what = size === 0 ? 'is empty (zero bytes)' : 'is missing';
    throw new NotAStoreError(
      `${file} ${what} but ${filesDir} holds PoE files: the store was lost or truncated, and a new one would orphan them; ` +
        `nothing was changed: restore a backup into ${dataDir} or move the folder aside`,
    );
  }
}

/** Another program's SQLite file (no version, yet tables of its own) is not migrated into a store. */
function refuseForeignDatabase(db: Db, file: string): void {
  if (schemaVersion(db) !== 0) return;
  const objects = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").get()?.n ?? 0;
  if (objects > 0) throw new NotAStoreError(`${file} is an SQLite database of another program (${objects} tables or indexes, no workstation schema); nothing was changed`);
}

/** Runs a new connection's opening steps, then checks it is this build's store; closes it on any refusal. */
function opened(db: Db, steps: () => void): Db {
  try {
    steps();
    assertOwnSchema(db);
    db.prepare('SELECT count(*) FROM claims').get();
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

export function openDatabase(file: string): Db {
  const db = new Database(file, { timeout: 5000 });
  return opened(db, () => {
    refuseForeignDatabase(db, file);
    // A store older than this build is checked against its own version's schema before any
    // migration writes to it: what a foreign trigger would do, it must not do during the upgrade.
    const found = schemaVersion(db);
    if (found > 0 && found < MIGRATIONS.length) assertOwnSchema(db, found);
    db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before the call returns; a decision is never lost to a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 32 MB of pages held (the default is 2 MB): the queue's filters and sorts each read their own
    // index, and with the small cache one evicted another's pages (a queue page 15% slower).
    db.pragma('cache_size = -32768');
    boundLogInCommits(db);
    migrate(db, MIGRATIONS);
    // Nothing is written to a store whose schema is not ours (a foreign trigger would run).
    assertOwnSchema(db);
    // The team lead's tallies are counted once after their migration, and again if the calendar's
    // zone changed by other means than this application (a default of an older build); competing
    // customers marked by writes since (an import, another program) are worked out now, not on the
    // team lead's first look.
    keepTalliesOnOpen(db);
    refreshContestGroups(db);
  });
}

/** A read-only connection to a store that cannot be migrated here: it must already be this build's. */
function openReadOnly(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  return opened(db, () => {
    db.pragma('busy_timeout = 5000');
    refuseForeignDatabase(db, file);
    const found = schemaVersion(db);
    if (found > MIGRATIONS.length) throw new NewerDatabaseError(found, MIGRATIONS.length);
    if (found < MIGRATIONS.length) {
      throw new NotAStoreError(
        `${file} is read-only here and needs an upgrade this workstation cannot write (schema ${found}, this build knows ${MIGRATIONS.length}): open it once where it can be written`,
      );
    }
  });
}

function closer(db: Db, cleanup: () => void = () => {}): () => void {
  return () => {
    if (!db.open) return;
    try {
      if (!db.readonly) db.pragma('optimize');
    } catch {
      // Upkeep only: a damaged page it meets must not turn a finished command into a failure
      // after its output. `cpor verify` finds and names the damage.
    } finally {
      db.close();
      cleanup();
    }
  };
}

export function openStore(dataDir: string): Store {
  const filesDir = join(dataDir, FILES_DIR);
  const file = join(dataDir, STORE_FILE);
  checkFolder(dataDir, file, filesDir);
  try {
    mkdirSync(filesDir, { recursive: true });
    const db = openDatabase(file);
    return { db, dataDir, filesDir, dbFile: file, readOnly: false, close: closer(db) };
  } catch (err) {
    if (err instanceof ForeignSchemaError || err instanceof NotAStoreError || !existsSync(file) || !isReadOnlyFailure(err)) throw err;
  }
  // The folder (or the file) cannot be written: read from a private copy, so SQLite needs no
  // write access to the folder for its shared-memory index; every change is refused.
  const copy = copyForReading(file);
  try {
    const db = openReadOnly(copy.file);
    return { db, dataDir, filesDir, dbFile: copy.file, readOnly: true, close: closer(db, copy.remove) };
  } catch (err) {
    copy.remove();
    throw err;
  }
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
export function openReader(store: Pick<Store, 'dbFile'>): Db {
  const db = new Database(store.dbFile, { readonly: true, fileMustExist: true, timeout: 5000 });
  db.pragma('busy_timeout = 5000');
  return db;
}

