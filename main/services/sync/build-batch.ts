// The push journal. A batch is built and written in one transaction with the outbox rows it covers
// marked: per claim, what changed since the hub last had it (or the whole claim when it never did).
// It is then sent as written until the hub answers, however often the hub or the network fails.
import type { ClaimField, HubChange, PushRequest, SupportRow } from '../../../shared/api/hub-sync';
import { CLAIM_FIELDS, MAX_PUSH } from '../../../shared/api/hub-sync';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { type ClaimImage, commentsAfter, decisionsAfter, entriesAfter, lastHistorySeq, readBody, readImage } from '../../store/claim-image';
import type { Db } from '../../store/open';
import { markBatched, queuedClaims, queuedKinds } from '../../store/outbox-table';
import { type Batch, insertBatch } from '../../store/sync-batches-table';
import { getSyncClaim, putSyncClaim, workstationName } from '../../store/sync-state-table';

/** About 4 MiB of JSON: half of what the hub takes in one request. */
const MAX_BATCH_CHARS = 4 * 1024 * 1024;

/** Writes the next batch of queued changes, or returns null when nothing is queued. */
export function buildBatch(db: Db, at: string, limit = MAX_PUSH): Batch | null {
  return db.transaction((): Batch | null => {
    const claims = queuedClaims(db, limit);
    if (claims.length === 0) return null;
    const ws = workstationName(db);
    const changes: HubChange[] = [];
    const batched: string[] = [];
    let bytes = 0;
    for (const { claimId, last } of claims) {
      const kinds = queuedKinds(db, claimId);
      const base = getSyncClaim(db, claimId);
      const image = readImage(db, claimId);
      const seq = lastHistorySeq(db, claimId);
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
    const id = insertBatch(db, request, at);
    markBatched(db, id, batched);
    return { id, request };
  }).immediate();
}

/** What a push sends beyond new rows: the columns and marks that differ from the image the hub last had from or gave this store. */
function imageDiff(base: ClaimImage, now: ClaimImage, at: string) {
  const set: Partial<Record<ClaimField, string | number | null>> = {};
  for (const c of CLAIM_FIELDS) if ((now.claim[c] ?? null) !== (base.claim[c] ?? null)) set[c] = now.claim[c] ?? null;
  // The hub's snapshots come back from PostgreSQL with their keys in its order: compare by content.
  const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
  const checklist = now.checklist.filter((r) => !same(r, base.checklist.find((b) => b.code === r.code)));
  const nowMarks = new Set(now.productSupport.map((r) => r.product));
  const productSupport: SupportRow[] = [
    ...now.productSupport.filter((r) => !same(r, base.productSupport.find((b) => b.product === r.product))),
    // A mark cleared since: sent as cleared, with the time of this push.
    ...base.productSupport.filter((b) => !nowMarks.has(b.product)).map((b) => ({ product: b.product, supported: null, updatedAt: at, updatedBy: b.updatedBy })),
  ];
  return {
    ...(Object.keys(set).length ? { set: set as HubChange['set'] } : {}),
    ...(!same(now.products, base.products) ? { products: [...now.products] } : {}),
    ...(!same(now.documents, base.documents) ? { documents: [...now.documents] } : {}),
    ...(checklist.length ? { checklist } : {}),
    ...(productSupport.length ? { productSupport } : {}),
  };
}
