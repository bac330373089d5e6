// Changes the team hub refused, kept for the person who made them (migration 0011 says why).
import type { SyncEntry } from '../../shared/api/hub-sync';
import type { Db } from './db';
import { stmt } from './statements';

export interface SyncRefusal {
  readonly changeId: string;
  readonly claimId: string;
  readonly refusedAt: string;
  readonly code: string;
  readonly message: string;
  /** What the refused change did: its history entries as this store had written them. */
  readonly entries: readonly SyncEntry[];
}

export function recordRefusal(db: Db, r: SyncRefusal): void {
  stmt(db, 'INSERT OR REPLACE INTO sync_refusals (change_id, claim_id, refused_at, code, message, entries) VALUES (?, ?, ?, ?, ?, ?)').run(
    r.changeId,
    r.claimId,
    r.refusedAt,
    r.code,
    r.message,
    JSON.stringify(r.entries),
  );
}

interface Row {
  change_id: string;
  claim_id: string;
  refused_at: string;
  code: string;
  message: string;
  entries: string;
}

const fromRow = (r: Row): SyncRefusal => ({
  changeId: r.change_id,
  claimId: r.claim_id,
  refusedAt: r.refused_at,
  code: r.code,
  message: r.message,
  entries: JSON.parse(r.entries) as SyncEntry[],
});

/**
 * Newest first; one claim's when claimId is given. The refusals of one round share their time: they
 * follow in the order they were recorded (rowid), not by change id, whose text order puts ws:100
 * before ws:99.
 */
export function listRefusals(db: Db, claimId?: string, limit = 200): SyncRefusal[] {
  const rows = claimId
    ? stmt<[string, number], Row>(db, 'SELECT * FROM sync_refusals WHERE claim_id = ? ORDER BY refused_at DESC, rowid DESC LIMIT ?').all(claimId, limit)
    : stmt<[number], Row>(db, 'SELECT * FROM sync_refusals ORDER BY refused_at DESC, rowid DESC LIMIT ?').all(limit);
  return rows.map(fromRow);
}

export function refusalCount(db: Db): number {
  return stmt<[], { n: number }>(db, 'SELECT count(*) AS n FROM sync_refusals').get()?.n ?? 0;
}
