// A claim pulled from the team hub replaces the store's copy of everything that hangs off it:
// documents, history, comments, decisions, checklist and product marks (the caller writes the
// claim's row and products, whose SLA columns come from this store's calendar).
import type { ClaimSnapshot } from '../../shared/api/hub-sync';
import type { Db } from './db';
import { upsertFile } from './documents-table';
import { adoptHubChain } from './history-table';
import { stmt } from './statements';

/**
 * Writes a pulled claim's rows; `replacing` when the store had the claim already (a claim it did
 * not have has no rows to replace: every table's claim_id references claims, so a first pull of a
 * whole team's store skips these deletes, a sizeable part of its time).
 *
 * History is never rewritten, here or anywhere (the store's triggers refuse it): the hub's chain is
 * the canonical one, and `adoptHubChain` appends what this store lacks, or keeps the hub's chain as
 * the claim's next chain beside the old one when the hub ordered this store's provisional entries
 * differently (docs/domain.md "History"). The caller pulls no claim with local changes the hub has
 * not answered yet, so nothing of this workstation's is lost: its entries are in the hub's chain, or
 * in a conflict the hub keeps, and in the chain it superseded. Comments and decisions are the
 * claim's current records, each pointing at an entry of its current chain: they are rewritten with
 * the hub's.
 */
export function replaceClaimFromHub(db: Db, claimId: string, s: ClaimSnapshot, replacing: boolean): void {
  // Nothing refers to a document row by key (pre-checks are by document id and content hash): the
  // list is replaced whole, as a re-import replaces it.
  // A page count is what this store's pre-check found: kept when the hub has none.
  const pages = new Map(stmt<[string], { id: string; pages: number | null }>(db, 'SELECT id, pages FROM documents WHERE claim_id = ?').all(claimId).map((r) => [r.id, r.pages]));
  stmt(db, 'DELETE FROM documents WHERE claim_id = ?').run(claimId);
  const document = stmt(db, 'INSERT INTO documents (id, claim_id, position, name, sha256, pages, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const d of s.documents) {
    upsertFile(db, d.sha256, d.size, d.mediaType, d.addedAt);
    document.run(d.id, claimId, d.position, d.name, d.sha256, d.pages ?? pages.get(d.id) ?? null, d.addedAt);
  }

  if (replacing) {
    stmt(db, 'DELETE FROM comments WHERE claim_id = ?').run(claimId);
    stmt(db, 'DELETE FROM decisions WHERE claim_id = ?').run(claimId);
  }
  adoptHubChain(db, claimId, s.history, !replacing);
  const comment = stmt(db, 'INSERT INTO comments (claim_id, at, author, side, internal, text, history_seq) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const m of s.comments) comment.run(claimId, m.at, m.author, m.side, m.internal ? 1 : 0, m.text, m.historySeq);
  const decision = stmt(
    db,
    `INSERT INTO decisions (claim_id, action, from_status, to_status, actor, at, reason, deficiencies, message, override, checklist, history_seq, claim_submitted_at, from_status_since)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const d of s.decisions) {
    decision.run(claimId, d.action, d.fromStatus, d.toStatus, d.actor, d.at, d.reason, JSON.stringify(d.deficiencies), d.message, d.override, JSON.stringify(d.checklist), d.historySeq, d.claimSubmittedAt, d.fromStatusSince);
  }

  if (replacing) stmt(db, 'DELETE FROM checklist WHERE claim_id = ?').run(claimId);
  const check = stmt(db, 'INSERT INTO checklist (claim_id, code, open, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)');
  for (const r of s.checklist) check.run(claimId, r.code, r.open ? 1 : 0, r.updatedAt, r.updatedBy);
  if (replacing) stmt(db, 'DELETE FROM product_support WHERE claim_id = ?').run(claimId);
  const mark = stmt(db, 'INSERT INTO product_support (claim_id, product, supported, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)');
  for (const r of s.productSupport) if (r.supported !== null) mark.run(claimId, r.product, r.supported ? 1 : 0, r.updatedAt, r.updatedBy);
}
