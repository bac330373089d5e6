// Every change a workstation makes, queued for the team hub with the claim version it was based on.
// A row is unsent until the hub answers the batch that carried it (sync-batches-table.ts): batch_id
// says which batch carries it meanwhile.
import type { Db } from './db';
import { stmt } from './statements';

/** Queues a change for the team hub, with the claim version it was based on. */
export function enqueueOutbox(db: Db, claimId: string, kind: string, payload: unknown, baseVersion: number, at: string): void {
  stmt(db, 'INSERT INTO outbox (claim_id, kind, payload, base_version, created_at) VALUES (?, ?, ?, ?, ?)').run(
    claimId,
    kind,
    JSON.stringify(payload),
    baseVersion,
    at,
  );
}

/** Changes not yet answered by the hub: queued or in a batch in flight. */
export function pendingCount(db: Db): number {
  return stmt<[], { n: number }>(db, 'SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get()?.n ?? 0;
}

export function hasPending(db: Db, claimId: string): boolean {
  return stmt<[string], { x: number }>(db, 'SELECT 1 AS x FROM outbox WHERE claim_id = ? AND sent_at IS NULL LIMIT 1').get(claimId) !== undefined;
}

/** Up to `limit` claims with changes queued and in no batch, in the order they were first queued, with their last change's id. */
export function queuedClaims(db: Db, limit: number): { claimId: string; last: number }[] {
  return stmt<[number], { claim_id: string; last: number }>(
    db,
    `SELECT claim_id, max(id) AS last FROM outbox WHERE sent_at IS NULL AND batch_id IS NULL
     GROUP BY claim_id ORDER BY min(id) LIMIT ?`,
  )
    .all(limit)
    .map((r) => ({ claimId: r.claim_id, last: r.last }));
}

/** The kinds of a claim's changes queued and in no batch, in order. */
export function queuedKinds(db: Db, claimId: string): string[] {
  return stmt<[string], { kind: string }>(db, 'SELECT kind FROM outbox WHERE claim_id = ? AND sent_at IS NULL AND batch_id IS NULL ORDER BY id')
    .all(claimId)
    .map((r) => r.kind);
}

/** Puts the claims' queued changes in a batch. */
export function markBatched(db: Db, batchId: number, claimIds: readonly string[]): void {
  const mark = stmt(db, 'UPDATE outbox SET batch_id = ? WHERE claim_id = ? AND sent_at IS NULL AND batch_id IS NULL');
  for (const claimId of claimIds) mark.run(batchId, claimId);
}

/** Takes a claim's changes out of a batch, queued again for the next one. */
export function unbatchClaim(db: Db, batchId: number, claimId: string): void {
  stmt(db, 'UPDATE outbox SET batch_id = NULL WHERE batch_id = ? AND claim_id = ?').run(batchId, claimId);
}

/** The hub answered the batch: the changes it still carries are sent. */
export function markBatchSent(db: Db, batchId: number, at: string): void {
  stmt(db, 'UPDATE outbox SET sent_at = ?, batch_id = NULL WHERE batch_id = ?').run(at, batchId);
}

/** The id of the last change queued (0 when none ever was). */
export function lastOutboxId(db: Db): number {
  return stmt<[], number>(db, 'SELECT coalesce(max(id), 0) FROM outbox').pluck().get() ?? 0;
}

/** Marks every unsent change queued after `id` as sent: the hub is never handed them. */
export function markSentAfter(db: Db, id: number, at: string): void {
  stmt(db, 'UPDATE outbox SET sent_at = ? WHERE id > ? AND sent_at IS NULL').run(at, id);
}
