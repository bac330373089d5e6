// A claim as the team shares it, read from the local store: its image (columns, products, checklist
// and product marks: what a push diffs), the whole claim for a first push, and what was added to it
// after a history seq (entries, comments, decisions).
import type { ClaimBody, ClaimField, ClaimSnapshot, CommentRow, DecisionRow, DocumentRow, SyncEntry } from '../../shared/api/hub-sync';
import { CLAIM_FIELDS } from '../../shared/api/hub-sync';
import type { ClaimRow } from './claim-row';
import type { Side } from '../../shared/domain/codes';
import type { Db } from './db';
import { stmt } from './statements';

export type ClaimImage = Pick<ClaimSnapshot, 'claim' | 'products' | 'documents' | 'checklist' | 'productSupport'>;

/** The claims table's column for each field the team shares: the wire speaks the contract's names, never a column's. */
export const COLUMN_OF_FIELD: Readonly<Record<ClaimField, keyof ClaimRow>> = {
  id: 'id',
  status: 'status',
  policy: 'policy',
  partnerMpnId: 'partner_mpn_id',
  partnerName: 'partner_name',
  partnerContact: 'partner_contact',
  customerTenantId: 'customer_tenant_id',
  customerSubscriptionId: 'customer_subscription_id',
  customerName: 'customer_name',
  customerDomain: 'customer_domain',
  customerCountry: 'customer_country',
  customerPublicSector: 'customer_public_sector',
  customerContact: 'customer_contact',
  activity: 'activity',
  productFamily: 'product_family',
  submittedAt: 'submitted_at',
  statusSince: 'status_since',
  assignee: 'assignee',
  rejectionReason: 'rejection_reason',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

const SELECTED = CLAIM_FIELDS.map((f) => `${COLUMN_OF_FIELD[f]} AS "${f}"`).join(', ');

/** A claim's shared fields as columns of its row (a pulled claim written to the store). */
export function columnsOfFields(fields: Partial<Record<ClaimField, string | number | null>>): Partial<Record<keyof ClaimRow, string | number | null>> {
  const row: Partial<Record<keyof ClaimRow, string | number | null>> = {};
  for (const f of CLAIM_FIELDS) if (f in fields) row[COLUMN_OF_FIELD[f]] = fields[f] ?? null;
  return row;
}

/** Each store counts pages in its own pre-check: not something a push should carry as a change. */
const withoutPages = (d: DocumentRow): DocumentRow => ({ ...d, pages: null });

export function readImage(db: Db, claimId: string): ClaimImage {
  const claim = stmt<[string], Record<ClaimField, string | number | null>>(db, `SELECT ${SELECTED} FROM claims WHERE id = ?`).get(claimId);
  if (!claim) throw new Error(`no claim ${claimId} in the store`);
  const products = stmt<[string], { name: string }>(db, 'SELECT name FROM claim_products WHERE claim_id = ? ORDER BY position').all(claimId).map((r) => r.name);
  const checklist = stmt<[string], { code: string; open: number; updated_at: string; updated_by: string }>(
    db,
    'SELECT code, open, updated_at, updated_by FROM checklist WHERE claim_id = ? ORDER BY code',
  )
    .all(claimId)
    .map((r) => ({ code: r.code, open: r.open === 1, updatedAt: r.updated_at, updatedBy: r.updated_by }));
  const productSupport = stmt<[string], { product: string; supported: number; updated_at: string; updated_by: string }>(
    db,
    'SELECT product, supported, updated_at, updated_by FROM product_support WHERE claim_id = ? ORDER BY product',
  )
    .all(claimId)
    .map((r) => ({ product: r.product, supported: r.supported === 1, updatedAt: r.updated_at, updatedBy: r.updated_by }));
  return { claim, products, documents: documentsOf(db, claimId).map(withoutPages), checklist, productSupport };
}

export function imageOfSnapshot(s: ClaimSnapshot): ClaimImage {
  return { claim: s.claim, products: s.products, documents: s.documents.map(withoutPages), checklist: s.checklist, productSupport: s.productSupport.filter((r) => r.supported !== null) };
}

/** How many history entries the claim's current chain has (its last seq). */
export function lastHistorySeq(db: Db, claimId: string): number {
  return stmt<[string], { s: number | null }>(db, 'SELECT seq AS s FROM history WHERE claim_id = ? ORDER BY chain DESC, seq DESC LIMIT 1').get(claimId)?.s ?? 0;
}

export function entriesAfter(db: Db, claimId: string, seq: number): SyncEntry[] {
  return stmt<[{ claim: string; seq: number }], { seq: number; at: string; actor: string; side: Side; kind: string; detail: string }>(
    db,
    'SELECT seq, at, actor, side, kind, detail FROM history WHERE claim_id = @claim AND chain = (SELECT max(chain) FROM history WHERE claim_id = @claim) AND seq > @seq ORDER BY seq',
  )
    .all({ claim: claimId, seq })
    .map((r) => ({ seq: r.seq, at: r.at, actor: r.actor, side: r.side, kind: r.kind, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

export function commentsAfter(db: Db, claimId: string, seq: number): CommentRow[] {
  return stmt<[string, number], { at: string; author: string; side: Side; internal: number; text: string; history_seq: number }>(
    db,
    'SELECT at, author, side, internal, text, history_seq FROM comments WHERE claim_id = ? AND history_seq > ? ORDER BY id',
  )
    .all(claimId, seq)
    .map((r) => ({ at: r.at, author: r.author, side: r.side, internal: r.internal === 1, text: r.text, historySeq: r.history_seq }));
}

interface DecisionDbRow {
  action: string;
  from_status: string;
  to_status: string;
  actor: string;
  at: string;
  reason: string | null;
  deficiencies: string;
  message: string | null;
  override: string | null;
  checklist: string;
  history_seq: number;
  claim_submitted_at: string | null;
  from_status_since: string | null;
}

export function decisionsAfter(db: Db, claimId: string, seq: number): DecisionRow[] {
  return stmt<[string, number], DecisionDbRow>(
    db,
    `SELECT action, from_status, to_status, actor, at, reason, deficiencies, message, override, checklist, history_seq, claim_submitted_at, from_status_since
     FROM decisions WHERE claim_id = ? AND history_seq > ? ORDER BY id`,
  )
    .all(claimId, seq)
    .map((r) => ({
      action: r.action,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      actor: r.actor,
      at: r.at,
      reason: r.reason,
      deficiencies: JSON.parse(r.deficiencies) as string[],
      message: r.message,
      override: r.override,
      checklist: JSON.parse(r.checklist) as { code: string; open: boolean }[],
      historySeq: r.history_seq,
      claimSubmittedAt: r.claim_submitted_at,
      fromStatusSince: r.from_status_since,
    }));
}

export function documentsOf(db: Db, claimId: string): DocumentRow[] {
  return stmt<[string], { id: string; position: number; name: string; sha256: string; pages: number | null; added_at: string; size: number; media_type: string }>(
    db,
    `SELECT d.id, d.position, d.name, d.sha256, d.pages, d.added_at, f.size, f.media_type
     FROM documents d JOIN files f ON f.sha256 = d.sha256 WHERE d.claim_id = ? ORDER BY d.position`,
  )
    .all(claimId)
    .map((r) => ({ id: r.id, position: r.position, name: r.name, sha256: r.sha256, pages: r.pages, addedAt: r.added_at, size: r.size, mediaType: r.media_type }));
}

/** The whole claim, for the hub's first sight of it. */
export function readBody(db: Db, claimId: string): ClaimBody {
  const image = readImage(db, claimId);
  return {
    // The store's columns are of the types the contract names (their table says so).
    claim: image.claim as ClaimBody['claim'],
    products: [...image.products],
    documents: documentsOf(db, claimId),
    checklist: [...image.checklist],
    productSupport: [...image.productSupport],
    comments: commentsAfter(db, claimId, 0),
    decisions: decisionsAfter(db, claimId, 0),
    entries: entriesAfter(db, claimId, 0),
  };
}
