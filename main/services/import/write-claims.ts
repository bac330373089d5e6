// The write half of an import: checked claims into the store in ONE transaction. New claims are
// inserted with an "imported" history entry; changed ones replaced with an "updated" entry
// naming what changed; identical ones left alone, so re-importing a bundle is a no-op.
import type { BundleClaim } from '../../../shared/api/bundle';
import { type PolicyAdoption, policyInForce } from '../../../shared/domain/policy';
import { deadlineForStatus } from '../../../shared/domain/sla';
import type { ClaimRow } from '../../store/claim-row';
import { getClaimRow, insertClaim, productsOf, replaceClaim, setProducts, slaColumns } from '../../store/claims-table';
import { listDocuments, type NewDocument, replaceDocuments } from '../../store/documents-table';
import { appendHistory } from '../../store/history-table';
import { enqueueOutbox } from '../../store/outbox-table';
import { policyAdoptions } from '../../store/settings-table';
import type { ServiceContext } from '../context';
import { type CheckedDocument, sha256 } from './check-documents';
import { BundleRefusedError } from './errors';
import { replayEvents } from './replay-events';

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

/**
 * The claim row a bundle row describes. With events, status, status_since and assignee are what
 * the replayed events made them (a new claim starts as submitted); without, the row says them.
 */
function claimRowFrom(claim: BundleClaim, existing: ClaimRow | undefined, ctx: ServiceContext, at: string, adoptions: readonly PolicyAdoption[]): ClaimRow {
  const submittedAt = new Date(claim.submittedAt).toISOString();
  const policy = claim.policy ?? existing?.policy ?? policyInForce(submittedAt, adoptions);
  const replayed = Boolean(claim.events?.length);
  const status = replayed ? (existing?.status ?? 'submitted') : (claim.status ?? 'submitted');
  const statusSince = replayed ? (existing?.status_since ?? submittedAt) : new Date(claim.statusSince ?? claim.submittedAt).toISOString();
  const assignee = replayed && claim.assignee === undefined ? (existing?.assignee ?? null) : (claim.assignee ?? null);
  return {
    id: claim.id,
    status,
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
    assignee,
    ...(replayed && existing ? pickSla(existing) : slaColumns(deadlineForStatus(status, policy, statusSince, ctx.calendar))),
    rejection_reason: existing?.rejection_reason ?? null,
    created_at: existing?.created_at ?? at,
    updated_at: existing?.updated_at ?? at,
  };
}

function pickSla(row: ClaimRow) {
  const { sla_clock, sla_due_at, sla_due_ms, sla_at_risk_ms, sla_waiting, sla_sort_ms } = row;
  return { sla_clock, sla_due_at, sla_due_ms, sla_at_risk_ms, sla_waiting, sla_sort_ms };
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

function newDocuments(claimId: string, docs: readonly CheckedDocument[], at: string): NewDocument[] {
  return docs.map((d, position) => ({
    id: documentId(claimId, d.sha256),
    claimId,
    position,
    name: d.name,
    sha256: d.sha256,
    size: d.size,
    mediaType: d.mediaType,
    addedAt: at,
  }));
}

type Outcome = 'created' | 'updated' | 'unchanged';

interface WriteRun {
  readonly source: string;
  readonly at: string;
  /** The team's policy adoptions, read once per import: a new claim is judged by the one in force at its submission. */
  readonly adoptions: readonly PolicyAdoption[];
}

function writeClaim(ctx: ServiceContext, run: WriteRun, claim: BundleClaim, docs: readonly CheckedDocument[], rowNumber: number): Outcome {
  const { source, at, adoptions } = run;
  const { db } = ctx.store;
  const events = claim.events ?? [];
  let existing = getClaimRow(db, claim.id);
  let outcome: Outcome = 'unchanged';
  if (!existing) {
    const row = claimRowFrom(claim, undefined, ctx, at, adoptions);
    insertClaim(db, row);
    setProducts(db, claim.id, claim.products);
    replaceDocuments(db, claim.id, newDocuments(claim.id, docs, at));
    appendHistory(db, claim.id, {
      // A claim that brings its past starts its history at its submission, so history stays in time order.
      at: events.length ? row.submitted_at : at,
      actor: 'import',
      side: 'system',
      kind: 'imported',
      detail: { source, status: row.status, submittedAt: row.submitted_at, statusSince: row.status_since, documents: docs.length, ...(events.length ? { importedAt: at } : {}) },
    });
    if (events.length) replayEvents(ctx, db, row, events, rowNumber);
    // The team hub learns of the claim at the next sync (the whole claim, its replayed past with it).
    enqueueOutbox(db, claim.id, 'import', { source }, 0, at);
    outcome = 'created';
  } else {
    // Past events first (they are older than this import), then the row's own changes.
    if (events.length && replayEvents(ctx, db, existing, events, rowNumber).applied > 0) {
      outcome = 'updated';
      existing = getClaimRow(db, claim.id) as ClaimRow;
    }
    const row = claimRowFrom(claim, existing, ctx, at, adoptions);
    const changed = changedFields(db, existing, row, claim.products, docs);
    if (changed.length > 0) {
      replaceClaim(db, { ...row, version: existing.version + 1, updated_at: at });
      setProducts(db, claim.id, claim.products);
      replaceDocuments(db, claim.id, newDocuments(claim.id, docs, at));
      appendHistory(db, claim.id, { at, actor: 'import', side: 'system', kind: 'updated', detail: { source, changed } });
      enqueueOutbox(db, claim.id, 'import', { source, changed }, existing.version, at);
      outcome = 'updated';
    }
  }
  if (events.length && claim.status) {
    const now = getClaimRow(db, claim.id) as ClaimRow;
    if (now.status !== claim.status) {
      throw new BundleRefusedError([{ row: rowNumber, claimId: claim.id, field: 'status', problem: `says ${claim.status} but its events lead to ${now.status}` }]);
    }
  }
  return outcome;
}

/** Writes every claim, or (on any error) none: one immediate transaction. */
export function writeClaims(
  ctx: ServiceContext,
  source: string,
  claims: readonly BundleClaim[],
  documents: ReadonlyMap<string, readonly CheckedDocument[]>,
  rows: readonly number[] = claims.map((_, i) => i + 1),
): ImportSummary {
  const at = ctx.now().toISOString();
  const counts = { created: 0, updated: 0, unchanged: 0 };
  let documentCount = 0;
  ctx.store.db.transaction(() => {
    const run: WriteRun = { source, at, adoptions: policyAdoptions(ctx.store.db) };
    claims.forEach((claim, i) => {
      const docs = documents.get(claim.id) ?? [];
      documentCount += docs.length;
      counts[writeClaim(ctx, run, claim, docs, rows[i] ?? i + 1)] += 1;
    });
  }).immediate();
  return { claims: claims.length, ...counts, documents: documentCount };
}
