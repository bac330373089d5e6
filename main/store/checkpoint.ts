// SQLite copies the write-ahead log into the database file (a checkpoint, with its fsyncs) inside
// whichever commit crosses its threshold, by default every 1,000 pages: one decision in about 25
// waited for it (a commit's p95 twice its usual). A running workstation checkpoints between
// requests instead (background.ts, each second after writes); the threshold stays as a bound on
// the log for a process that does not (a bulk write between two seconds, the command line, whose
// log is checkpointed when it closes the store).
import { statSync } from 'node:fs';
import type { Db } from './db';

/** Pages of log before a commit checkpoints by itself (about 40 MB). */
export const WAL_AUTOCHECKPOINT_PAGES = 10_000;

export function boundLogInCommits(db: Db): void {
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
}

/** When the log was last written, or null without one. */
function logWritten(dbFile: string): number | null {
  try {
    return statSync(`${dbFile}-wal`).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Checkpoints between requests: returns a function to call now and then, which copies the log
 * into the database when it was written since its last call. PASSIVE: it never waits for a
 * reader (a report's snapshot); what it cannot copy yet is copied next time.
 */
export function checkpointer(): (store: { readonly db: Db; readonly dbFile: string; readonly readOnly: boolean }) => boolean {
  let seen: number | null = null;
  return (store) => {
    if (store.readOnly || store.db.inTransaction || !store.db.open) return false;
    const written = logWritten(store.dbFile);
    if (written === null || written === seen) return false;
    store.db.pragma('wal_checkpoint(PASSIVE)');
    seen = logWritten(store.dbFile);
    return true;
  };
}
