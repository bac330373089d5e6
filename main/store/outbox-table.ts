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
