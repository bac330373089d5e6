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

/** Every history entry kept, in current and superseded chains alike. */
export function historyEntryCount(db: Db): number {
  return stmt<[], number>(db, 'SELECT count(*) FROM history').pluck().get() ?? 0;
}

/**
 * Comments and decisions that point at no entry of their claim's current chain. A foreign key
 * cannot name the current chain (migration 0010), so this is the check that stands in for one.
 */
export function unlinkedRecords(db: Db): number {
  const unlinked = (table: 'comments' | 'decisions') =>
    `SELECT count(*) FROM ${table} r WHERE NOT EXISTS (
       SELECT 1 FROM history h WHERE h.claim_id = r.claim_id AND h.seq = r.history_seq
         AND h.chain = (SELECT max(chain) FROM history WHERE claim_id = r.claim_id))`;
  return stmt<[], number>(db, `SELECT (${unlinked('comments')}) + (${unlinked('decisions')})`).pluck().get() ?? 0;
}
