// The write half of an import: checked claims into the store in ONE transaction. New claims are
// inserted with an "imported" history entry; changed ones replaced with an "updated" entry
// naming what changed; identical ones left alone, so re-importing a bundle is a no-op.
import type { BundleClaim } from '../../../shared/api/bundle';
import { DEFAULT_POLICY } from '../../../shared/domain/policy';
import { deadlineForStatus } from '../../../shared/domain/sla';
import { type ClaimRow, getClaimRow, insertClaim, productsOf, replaceClaim, setProducts, slaColumns } from '../../store/claims-table';
import { listDocuments, type NewDocument, replaceDocuments } from '../../store/documents-table';
import { appendHistory } from '../../store/history-table';
import type { ServiceContext } from '../context';
import { type CheckedDocument, sha256 } from './check-documents';

export interface ImportSummary {
  readonly claims: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly documents: number;
}

function documentId(claimId: string, sha: string): string {
  return 'd_' + sha256(Buffer.from(`${claimId}\n${sha}`)).slice(0, 16);
}

function claimRowFrom(claim: BundleClaim, existing: ClaimRow | undefined, ctx: ServiceContext, at: string): ClaimRow {
  const policy = claim.policy ?? existing?.policy ?? DEFAULT_POLICY;
  const submittedAt = new Date(claim.submittedAt).toISOString();
  const statusSince = new Date(claim.statusSince ?? claim.submittedAt).toISOString();
  return {
    id: claim.id,
    status: claim.status,
    policy,
    version: existing ? existing.version : 0,
    partner_mpn_id: claim.partner.mpnId,
    partner_name: claim.partner.name,
    partner_contact: claim.partner.contact ? JSON.stringify(claim.partner.contact) : null,
    customer_tenant_id: claim.customer.tenantId.toLowerCase(),
    customer_subscription_id: claim.customer.subscriptionId?.toLowerCase() ?? null,
    customer_name: claim.customer.name,
    customer_domain: claim.customer.domain ?? null,
    customer_country: claim.customer.country?.toUpperCase() ?? null,
    customer_public_sector: claim.customer.publicSector ? 1 : 0,
    customer_contact: claim.customer.contact ? JSON.stringify(claim.customer.contact) : null,
    activity: claim.activity,
    product_family: claim.productFamily,
    submitted_at: submittedAt,
    status_since: statusSince,
    assignee: claim.assignee ?? null,
    ...slaColumns(deadlineForStatus(claim.status, policy, statusSince, ctx.calendar)),
    rejection_reason: existing?.rejection_reason ?? null,
    created_at: existing?.created_at ?? at,
    updated_at: existing?.updated_at ?? at,
  };
}

const COMPARED: readonly (keyof ClaimRow)[] = [
  'status', 'policy', 'partner_mpn_id', 'partner_name', 'partner_contact', 'customer_tenant_id',
  'customer_subscription_id', 'customer_name', 'customer_domain', 'customer_country',
  'customer_public_sector', 'customer_contact', 'activity', 'product_family', 'submitted_at',
  'status_since', 'assignee',
];

function changedFields(db: ServiceContext['store']['db'], before: ClaimRow, after: ClaimRow, products: readonly string[], docs: readonly CheckedDocument[]): string[] {
  const changed = COMPARED.filter((k) => before[k] !== after[k]).map(String);
  const oldProducts = productsOf(db, [before.id]).get(before.id) ?? [];
  if (oldProducts.join('\n') !== products.join('\n')) changed.push('products');
  const oldDocs = listDocuments(db, before.id).map((d) => `${d.name}:${d.sha256}`);
  if (oldDocs.join('\n') !== docs.map((d) => `${d.name}:${d.sha256}`).join('\n')) changed.push('documents');
  return changed;
}

/** Writes every claim, or (on any error) none: one immediate transaction. */
export function writeClaims(
  ctx: ServiceContext,
  source: string,
  claims: readonly BundleClaim[],
  documents: ReadonlyMap<string, readonly CheckedDocument[]>,
): ImportSummary {
  const at = ctx.now().toISOString();
  const { db } = ctx.store;
  let created = 0;
  let updated = 0;
  let documentCount = 0;
  db.transaction(() => {
    for (const claim of claims) {
      const docs = documents.get(claim.id) ?? [];
      documentCount += docs.length;
      const newDocs: NewDocument[] = docs.map((d, position) => ({
        id: documentId(claim.id, d.sha256),
        claimId: claim.id,
        position,
        name: d.name,
        sha256: d.sha256,
        size: d.size,
        mediaType: d.mediaType,
        addedAt: at,
      }));
      const existing = getClaimRow(db, claim.id);
      const row = claimRowFrom(claim, existing, ctx, at);
      if (!existing) {
        insertClaim(db, row);
        setProducts(db, claim.id, claim.products);
        replaceDocuments(db, claim.id, newDocs);
        appendHistory(db, claim.id, {
          at,
          actor: 'import',
          side: 'system',
          kind: 'imported',
          detail: { source, status: row.status, submittedAt: row.submitted_at, documents: docs.length },
        });
        created += 1;
        continue;
      }
      const changed = changedFields(db, existing, row, claim.products, docs);
      if (changed.length === 0) continue;
      replaceClaim(db, { ...row, version: existing.version + 1, updated_at: at });
      setProducts(db, claim.id, claim.products);
      replaceDocuments(db, claim.id, newDocs);
      appendHistory(db, claim.id, { at, actor: 'import', side: 'system', kind: 'updated', detail: { source, changed } });
      updated += 1;
    }
  }).immediate();
  return { claims: claims.length, created, updated, unchanged: claims.length - created - updated, documents: documentCount };
}
