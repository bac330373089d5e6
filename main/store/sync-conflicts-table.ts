// The conflicts the team hub keeps on this store's claims, mirrored for the screens: each claim's
// list is replaced whole when the claim is pulled.
import type { ConflictRecord } from '../../shared/api/hub-sync';
import type { Db } from './db';
import { stmt } from './statements';

export function replaceConflicts(db: Db, claimId: string, conflicts: readonly ConflictRecord[]): void {
  stmt(db, 'DELETE FROM sync_conflicts WHERE claim_id = ?').run(claimId);
  const insert = stmt(db, 'INSERT INTO sync_conflicts (id, claim_id, opened_at, resolved, body) VALUES (?, ?, ?, ?, ?)');
  for (const c of conflicts) insert.run(c.id, claimId, c.openedAt, c.resolved ? 1 : 0, JSON.stringify(c));
}

export function openConflicts(db: Db, claimId?: string): ConflictRecord[] {
  const rows = claimId
    ? stmt<[string], { body: string }>(db, 'SELECT body FROM sync_conflicts WHERE resolved = 0 AND claim_id = ? ORDER BY opened_at').all(claimId)
    : stmt<[], { body: string }>(db, 'SELECT body FROM sync_conflicts WHERE resolved = 0 ORDER BY opened_at').all();
  return rows.map((r) => JSON.parse(r.body) as ConflictRecord);
}

export function openConflictCount(db: Db): number {
  return stmt<[], { n: number }>(db, 'SELECT count(*) AS n FROM sync_conflicts WHERE resolved = 0').get()?.n ?? 0;
}
