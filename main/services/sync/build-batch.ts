// The push journal. A batch is built and written in one transaction with the outbox rows it covers
// marked: per claim, what changed since the hub last had it (or the whole claim when it never did).
// It is then sent as written until the hub answers, however often the hub or the network fails.
import type { HubChange, PushRequest } from '../../../shared/api/hub-sync';
import { MAX_PUSH } from '../../../shared/api/hub-sync';
import type { Db } from '../../store/open';
import { stmt } from '../../store/statements';
import { commentsAfter, decisionsAfter, entriesAfter, imageDiff, readBody, readImage } from './claim-image';
import { getSyncClaim, putSyncClaim, workstationName } from './sync-tables';

/** About 4 MiB of JSON: half of what the hub takes in one request. */
const MAX_BATCH_CHARS = 4 * 1024 * 1024;

export interface Batch {
  readonly id: number;
  readonly request: PushRequest;
}

export function pendingBatch(db: Db): Batch | null {
  const row = stmt<[], { id: number; body: string }>(db, 'SELECT id, body FROM sync_batches ORDER BY id LIMIT 1').get();
  return row ? { id: row.id, request: JSON.parse(row.body) as PushRequest } : null;
}

function maxSeq(db: Db, claimId: string): number {
  return stmt<[string], { s: number | null }>(db, 'SELECT max(seq) AS s FROM history WHERE claim_id = ?').get(claimId)?.s ?? 0;
}

/** Writes the next batch of queued changes, or returns null when nothing is queued. */
export function buildBatch(db: Db, at: string, limit = MAX_PUSH): Batch | null {
  return db.transaction((): Batch | null => {
    const claims = stmt<[number], { claim_id: string; last: number }>(
      db,
      `SELECT claim_id, max(id) AS last FROM outbox WHERE sent_at IS NULL AND batch_id IS NULL
       GROUP BY claim_id ORDER BY min(id) LIMIT ?`,
    ).all(limit);
    if (claims.length === 0) return null;
    const ws = workstationName(db);
    const changes: HubChange[] = [];
    const batched: string[] = [];
    let bytes = 0;
    for (const { claim_id: claimId, last } of claims) {
      const kinds = stmt<[string], { kind: string }>(db, 'SELECT kind FROM outbox WHERE claim_id = ? AND sent_at IS NULL AND batch_id IS NULL ORDER BY id')
        .all(claimId)
        .map((r) => r.kind);
      const base = getSyncClaim(db, claimId);
      const image = readImage(db, claimId);
      const seq = maxSeq(db, claimId);
      const head = { changeId: `${ws}:${last}`, claimId, createdAt: at, kinds };
      let change: HubChange;
      if (!base) {
        change = { ...head, baseVersion: 0, baseSeq: 0, create: readBody(db, claimId) };
      } else {
        const comments = commentsAfter(db, claimId, base.seq);
        const decisions = decisionsAfter(db, claimId, base.seq);
        change = {
          ...head,
          baseVersion: base.hubVersion,
          baseSeq: base.seq,
          ...imageDiff(base.image, image, at),
          ...(comments.length ? { comments } : {}),
          ...(decisions.length ? { decisions } : {}),
          entries: entriesAfter(db, claimId, base.seq),
        };
      }
      // The hub takes requests up to 8 MiB: a batch stops short of half that, the rest goes next.
      bytes += JSON.stringify(change).length;
      if (bytes > MAX_BATCH_CHARS && changes.length > 0) break;
      changes.push(change);
      batched.push(claimId);
      putSyncClaim(db, claimId, { hubVersion: base?.hubVersion ?? 0, seq, image });
    }
    const request: PushRequest = { changes };
    const id = Number(stmt(db, 'INSERT INTO sync_batches (body, created_at) VALUES (?, ?)').run(JSON.stringify(request), at).lastInsertRowid);
    const mark = stmt(db, 'UPDATE outbox SET batch_id = ? WHERE claim_id = ? AND sent_at IS NULL AND batch_id IS NULL');
    for (const claimId of batched) mark.run(id, claimId);
    return { id, request };
  }).immediate();
}
