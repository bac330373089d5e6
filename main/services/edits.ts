// A partner-side edit is one transaction: claim row and products, version, a history entry naming
// each changed field (old -> new), an outbox record. An edit that changes nothing writes nothing
// and reports no changes (a retried edit is then harmless); a refused edit changes nothing.
import { DomainError } from '../../shared/api/result';
import type { EditInput, EditResult } from '../../shared/api/schemas';
import { applyEdit, checkEdit, type EditableValues } from '../../shared/domain/editing';
import type { ClaimRow } from '../store/claim-row';
import { productsOf, replaceClaim, setProducts } from '../store/claims-table';
import { appendHistory } from '../store/history-table';
import type { Db } from '../store/open';
import { enqueueOutbox } from '../store/outbox-table';
import { claimDetail, claimForWrite, parseContact } from './claims';
import type { ServiceContext } from './context';
import { catchUpWithTime } from './tick';

function editableValues(db: Db, row: ClaimRow): EditableValues {
  return {
    mpnId: row.partner_mpn_id,
    partnerName: row.partner_name,
    products: productsOf(db, [row.id]).get(row.id) ?? [],
    partnerContact: parseContact(row.partner_contact),
    customerContact: parseContact(row.customer_contact),
  };
}

export function editClaim(ctx: ServiceContext, req: EditInput): EditResult {
  const { db } = ctx.store;
  const now = ctx.now();
  const at = now.toISOString();
  const changes = db.transaction(() => {
    const stored = claimForWrite(db, req.claimId, req.expectedVersion, 'edit');
    // Judge the edit on the claim as time left it (a partner answer window that has closed is
    // closed); a refusal rolls the catch-up back with everything else.
    const row = catchUpWithTime(ctx, db, stored, now);
    const check = checkEdit(row);
    if (!check.ok) throw new DomainError('illegal-transition', check.reason, check.refusal);
    const { next, changes } = applyEdit(editableValues(db, row), req.changes);
    if (changes.length === 0) return changes;

    appendHistory(db, row.id, {
      at,
      actor: req.actor,
      side: 'partner',
      kind: 'edited',
      detail: { changes: Object.fromEntries(changes.map((c) => [c.field, { from: c.from, to: c.to }])) },
    });
    enqueueOutbox(db, row.id, 'edit', { actor: req.actor, at, changes }, row.version, at);
    if (changes.some((c) => c.field === 'products')) setProducts(db, row.id, next.products);
    replaceClaim(db, {
      ...row,
      partner_mpn_id: next.mpnId,
      partner_name: next.partnerName,
      partner_contact: next.partnerContact ? JSON.stringify(next.partnerContact) : null,
      customer_contact: next.customerContact ? JSON.stringify(next.customerContact) : null,
      version: row.version + 1,
      updated_at: at,
    });
    return changes;
  }).immediate();
  return { changes, claim: claimDetail(db, req.claimId, now.getTime(), ctx.calendar) };
}
