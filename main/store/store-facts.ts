// What `cpor verify` and a backup's manifest say of a whole store: SQLite's own checks and how many
// claims and history entries it holds.
import type { Db } from './db';
import { stmt } from './statements';

/** SQLite's integrity check: "ok", or the problems it found, joined. */
export function integrityCheck(db: Db): string {
  return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
}

/** How many rows reference a row that is not there. */
export function foreignKeyProblems(db: Db): number {
  return (db.pragma('foreign_key_check') as unknown[]).length;
}

export function claimCount(db: Db): number {
  return stmt<[], number>(db, 'SELECT count(*) FROM claims').pluck().get() ?? 0;
}

export function historyEntryCount(db: Db): number {
  return stmt<[], number>(db, 'SELECT count(*) FROM history').pluck().get() ?? 0;
}
