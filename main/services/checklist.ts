// The reviewer's deficiency ticks. A tick is recorded in the history and queued for the hub, but
// does not bump the claim's version: ticking while reading never conflicts with one's own decision.
import { DomainError } from '../../shared/api/result';
import { type Deficiency, STATUS_LABELS } from '../../shared/domain/codes';
import { TERMINAL_STATUSES } from '../../shared/domain/lifecycle';
import { readChecklist, setChecklistItem } from '../store/checklist-table';
import type { ClaimRow } from '../store/claim-row';
import { getClaimRow, productsOf } from '../store/claims-table';
import { appendHistory } from '../store/history-table';
import type { Db } from '../store/open';
import { enqueueOutbox } from '../store/outbox-table';
import { readProductMarks, setProductMark } from '../store/product-support-table';
import type { ServiceContext } from './context';
import { claimNotFound } from './claim-not-found';

export interface ChecklistRequest {
  readonly claimId: string;
  readonly code: Deficiency;
  readonly open: boolean;
  readonly actor: string;
}

/** Closed claims keep the checklist they were decided on. */
function claimWithOpenChecklist(db: Db, id: string): ClaimRow {
  const row = getClaimRow(db, id);
  if (!row) throw claimNotFound(id);
  if (TERMINAL_STATUSES.includes(row.status)) {
    throw new DomainError('illegal-transition', `claim ${row.id} is ${STATUS_LABELS[row.status]} (${row.status}): its checklist is closed`, {
      key: 'claim-closed-checklist',
      params: { claim: row.id, status: row.status },
    });
  }
  return row;
}

/** A reviewer ticks an item; closed claims keep the checklist they were decided on. */
export function setChecklist(ctx: ServiceContext, req: ChecklistRequest): void {
  const { db } = ctx.store;
  const at = ctx.now().toISOString();
  db.transaction(() => {
    const row = claimWithOpenChecklist(db, req.claimId);
    writeChecklistMark(db, row, req.code, req.open, req.actor, at);
  }).immediate();
}

/** Inside the caller's transaction; a tick that changes nothing writes nothing. */
export function writeChecklistMark(db: Db, row: ClaimRow, code: Deficiency, open: boolean, actor: string, at: string): void {
  if (readChecklist(db, row.id).find((c) => c.code === code)?.open === open) return;
  setChecklistItem(db, row.id, code, open, at, actor);
  appendHistory(db, row.id, { at, actor, side: 'reviewer', kind: 'checklist', detail: { code, open } });
  enqueueOutbox(db, row.id, 'checklist', { code, open, actor, at }, row.version, at);
}

export interface ProductSupportRequest {
  readonly claimId: string;
  readonly product: string;
  /** null clears the mark. */
  readonly supported: boolean | null;
  readonly actor: string;
}

/**
 * The reviewer marks whether the PoE supports a claimed product. A product marked unsupported is a
 * missing product, so the "missing products" deficiency opens with it in the same transaction;
 * marking products supported never closes it (the reviewer may have other reasons).
 */
export function setProductSupport(ctx: ServiceContext, req: ProductSupportRequest): void {
  const { db } = ctx.store;
  const at = ctx.now().toISOString();
  db.transaction(() => {
    const row = claimWithOpenChecklist(db, req.claimId);
    const products = productsOf(db, [row.id]).get(row.id) ?? [];
    const product = products.find((p) => p.toLowerCase() === req.product.trim().toLowerCase());
    if (!product) {
      throw new DomainError('invalid-input', `claim ${row.id} does not claim "${req.product}" (it claims ${products.map((p) => `"${p}"`).join(', ') || 'no product'})`, {
        key: 'product-not-claimed',
        params: { claim: row.id, product: req.product, products: products.join('\n') },
      });
    }
    const before = readProductMarks(db, row.id).get(product) ?? null;
    if (before === req.supported) return;
    setProductMark(db, row.id, product, req.supported, at, req.actor);
    appendHistory(db, row.id, { at, actor: req.actor, side: 'reviewer', kind: 'product-support', detail: { product, supported: req.supported } });
    enqueueOutbox(db, row.id, 'product-support', { product, supported: req.supported, actor: req.actor, at }, row.version, at);
    if (req.supported === false) writeChecklistMark(db, row, 'missing-products', true, req.actor, at);
  }).immediate();
}
