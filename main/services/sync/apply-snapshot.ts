// A pulled claim replaces the store's copy whole: columns, products, documents, checklist, marks,
// comments, decisions and the hub's canonical history. The SLA columns are derived here from the
// store's own calendar. The caller skips claims with local changes the hub has not answered yet.
import type { ClaimSnapshot } from '../../../shared/api/hub-sync';
import type { CalendarConfig } from '../../../shared/domain/calendar';
import type { PolicyId, Status } from '../../../shared/domain/codes';
import { deadlineForStatus } from '../../../shared/domain/sla';
import type { ClaimRow } from '../../store/claim-row';
import { getClaimRow, insertClaim, replaceClaim, SEARCHED_COLUMNS, setProducts, slaColumns, updateClaimExcept } from '../../store/claims-table';
import { upsertFile } from '../../store/documents-table';
import type { Db } from '../../store/open';
import { stmt } from '../../store/statements';
import { imageOfSnapshot } from './claim-image';
import { putSyncClaim, replaceConflicts } from './sync-tables';

/** The search index is rewritten only when a searched column changed (its trigger fires on the column list, not on the values). */
function updatePulledClaim(db: Db, had: ClaimRow, row: ClaimRow): void {
  if (SEARCHED_COLUMNS.some((c) => had[c] !== row[c])) replaceClaim(db, row);
  else updateClaimExcept(db, row, SEARCHED_COLUMNS);
}

export function applySnapshot(db: Db, claimId: string, version: number, s: ClaimSnapshot, calendar: CalendarConfig): void {
  const had = getClaimRow(db, claimId);
  const c = s.claim as Record<string, string | number | null>;
  const status = c['status'] as Status;
  const policy = c['policy'] as PolicyId;
  const row = {
    ...c,
    id: claimId,
    version: (had?.version ?? 0) + 1,
    customer_public_sector: Number(c['customer_public_sector'] ?? 0),
    ...slaColumns(deadlineForStatus(status, policy, String(c['status_since']), calendar)),
  } as unknown as ClaimRow;
  if (had) updatePulledClaim(db, had, row);
  else insertClaim(db, row);
  setProducts(db, claimId, s.products);

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

  // A claim the store did not have has no rows to replace (every table's claim_id references
  // claims): a first pull of a whole team's store skips these deletes, a sizeable part of its time.
  if (had) {
    stmt(db, 'DELETE FROM comments WHERE claim_id = ?').run(claimId);
    stmt(db, 'DELETE FROM decisions WHERE claim_id = ?').run(claimId);
    stmt(db, 'DELETE FROM history WHERE claim_id = ?').run(claimId);
  }
  const history = stmt(db, 'INSERT INTO history (claim_id, seq, at, actor, side, kind, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const e of s.history) history.run(claimId, e.seq, e.at, e.actor, e.side, e.kind, JSON.stringify(e.detail), e.prevHash, e.hash);
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

  if (had) stmt(db, 'DELETE FROM checklist WHERE claim_id = ?').run(claimId);
  const check = stmt(db, 'INSERT INTO checklist (claim_id, code, open, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)');
  for (const r of s.checklist) check.run(claimId, r.code, r.open ? 1 : 0, r.updatedAt, r.updatedBy);
  if (had) stmt(db, 'DELETE FROM product_support WHERE claim_id = ?').run(claimId);
  const mark = stmt(db, 'INSERT INTO product_support (claim_id, product, supported, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)');
  for (const r of s.productSupport) if (r.supported !== null) mark.run(claimId, r.product, r.supported ? 1 : 0, r.updatedAt, r.updatedBy);

  replaceConflicts(db, claimId, s.conflicts);
  putSyncClaim(db, claimId, { hubVersion: version, seq: s.history.length, image: imageOfSnapshot(s) });
}
