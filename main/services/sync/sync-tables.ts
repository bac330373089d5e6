// The local side of sync in the store: per-claim sync state, the push journal, the mirrored conflicts
// and small values (the cursor, this workstation's name, the last round's outcome).
import { randomBytes } from 'node:crypto';
import type { ConflictRecord } from '../../../shared/api/hub-sync';
import type { Db } from '../../store/open';
import { stmt } from '../../store/statements';
import type { ClaimImage } from './claim-image';

export interface SyncClaimRow {
  readonly hubVersion: number;
  readonly seq: number;
  readonly image: ClaimImage;
}

export function getSyncClaim(db: Db, claimId: string): SyncClaimRow | null {
  const r = stmt<[string], { hub_version: number; seq: number; image: string }>(db, 'SELECT hub_version, seq, image FROM sync_claims WHERE claim_id = ?').get(claimId);
  return r ? { hubVersion: r.hub_version, seq: r.seq, image: JSON.parse(r.image) as ClaimImage } : null;
}

export function putSyncClaim(db: Db, claimId: string, row: SyncClaimRow): void {
  stmt(
    db,
    `INSERT INTO sync_claims (claim_id, hub_version, seq, image) VALUES (?, ?, ?, ?)
     ON CONFLICT (claim_id) DO UPDATE SET hub_version = excluded.hub_version, seq = excluded.seq, image = excluded.image`,
  ).run(claimId, row.hubVersion, row.seq, JSON.stringify(row.image));
}

export function setHubVersion(db: Db, claimId: string, version: number): void {
  stmt(db, 'UPDATE sync_claims SET hub_version = ? WHERE claim_id = ?').run(version, claimId);
}

export function getMeta(db: Db, key: string): string | undefined {
  return stmt<[string], { value: string }>(db, 'SELECT value FROM sync_meta WHERE key = ?').get(key)?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  stmt(db, 'INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** This store's name in change ids: made once, kept with the store (a restored backup keeps it too). */
export function workstationName(db: Db): string {
  const had = getMeta(db, 'workstation');
  if (had) return had;
  const name = `ws-${randomBytes(6).toString('hex')}`;
  setMeta(db, 'workstation', name);
  return name;
}

export function pullCursor(db: Db): number {
  return Number(getMeta(db, 'cursor') ?? '0');
}

/** Changes not yet answered by the hub: queued or in a batch in flight. */
export function pendingCount(db: Db): number {
  return stmt<[], { n: number }>(db, 'SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get()?.n ?? 0;
}

export function hasPending(db: Db, claimId: string): boolean {
  return stmt<[string], { x: number }>(db, 'SELECT 1 AS x FROM outbox WHERE claim_id = ? AND sent_at IS NULL LIMIT 1').get(claimId) !== undefined;
}

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
