// What this store knows of its sync with the team hub: per claim, the hub version it last had, how
// many history entries were handed over or pulled and the claim's shared image then (sync_claims:
// what the next push diffs against); and small values (sync_meta: the pull cursor, this
// workstation's name, the last round's outcome).
import { randomBytes } from 'node:crypto';
import type { ClaimImage } from './claim-image';
import type { Db } from './db';
import { getSetting } from './settings-table';
import { stmt } from './statements';
import { ROLES, type Role } from '../../shared/domain/roles';

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

/** Forgets what the hub had of a claim: the next push hands it over whole. */
export function forgetSyncClaim(db: Db, claimId: string): void {
  stmt(db, 'DELETE FROM sync_claims WHERE claim_id = ?').run(claimId);
}

export function getMeta(db: Db, key: string): string | undefined {
  return stmt<[string], { value: string }>(db, 'SELECT value FROM sync_meta WHERE key = ?').get(key)?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  stmt(db, 'INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/**
 * This store's name in change ids (`NAME:OUTBOX_ID`), made once. The outbox numbers its rows from
 * what the store holds, so a store that goes back in time (a restored backup) or is copied (a second
 * machine, another folder) would number new changes as ones it already sent, and the hub would take
 * them for retries. Such a store takes a new name (`renewWorkstationName`); the batches already
 * written in its push journal keep the ids they were written with, so a change whose answer was lost
 * is still recognised when it is sent again.
 */
export function workstationName(db: Db): string {
  return getMeta(db, 'workstation') ?? renewWorkstationName(db);
}

export function renewWorkstationName(db: Db): string {
  const name = `ws-${randomBytes(6).toString('hex')}`;
  setMeta(db, 'workstation', name);
  return name;
}

/**
 * Records where this store lives (machine and folder). A store found somewhere other than where it
 * last synced is a copy, or a moved folder: it takes a new name before it numbers another change.
 * Returns whether it did.
 */
export function settleWorkstationPlace(db: Db, place: string): boolean {
  const had = getMeta(db, 'place');
  if (had === place) return false;
  db.transaction(() => {
    if (had !== undefined) renewWorkstationName(db);
    setMeta(db, 'place', place);
  }).immediate();
  return had !== undefined;
}

export function pullCursor(db: Db): number {
  return Number(getMeta(db, 'cursor') ?? '0');
}

/** Who this store acts as on its team hub: the person and role of its token, as the hub last said. */
export interface HubIdentity {
  readonly name: string;
  readonly role: Role;
  /** The hub that said so: a store set to another hub does not know who it is there until a round asks. */
  readonly hubUrl: string;
}

export function hubIdentity(db: Db): HubIdentity | null {
  const raw = getMeta(db, 'hub-identity');
  if (!raw) return null;
  const identity = JSON.parse(raw) as HubIdentity;
  const saved = getSetting(db, 'hub.url');
  if ((saved !== undefined && identity.hubUrl !== saved) || !ROLES.includes(identity.role)) return null;
  return identity;
}

/**
 * Records who the hub says this store's token is. The workstation's name belongs, on the hub, to
 * the person who first pushed under it: a store that now pushes for someone else takes a new name.
 */
export function settleHubIdentity(db: Db, identity: HubIdentity): void {
  db.transaction(() => {
    const had = getMeta(db, 'hub-identity');
    if (had && (JSON.parse(had) as HubIdentity).name !== identity.name) renewWorkstationName(db);
    setMeta(db, 'hub-identity', JSON.stringify(identity));
  })();
}

/** Leaving a hub, or changing token: who this store is there is learned again at the next round. */
export function forgetHubIdentity(db: Db): void {
  stmt(db, "DELETE FROM sync_meta WHERE key = 'hub-identity'").run();
}
