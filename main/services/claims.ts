import { DomainError } from '../../shared/api/result';
import type { ClaimDetail, CompetingClaim, HistoryEntry, QueuePage } from '../../shared/api/schemas';
import type { CalendarConfig } from '../../shared/domain/calendar';
import type { Status } from '../../shared/domain/codes';
import { checklistProposals } from '../../shared/domain/checklist-proposals';
import { productSupport } from '../../shared/domain/product-support';
import { countsAsCompeting } from '../../shared/domain/competition';
import { isEditable } from '../../shared/domain/editing';
import { reviewerTarget, type StatusChange } from '../../shared/domain/reviewer-target';
import type { ParsedInput } from '../../shared/api/contract';
import { availableActions } from '../../shared/domain/lifecycle';
import { readChecklist } from '../store/checklist-table';
import type { ClaimRow } from '../store/claim-row';
import { getClaimRow, productsOf, queryQueue, rowSla, toQueueRow } from '../store/claims-table';
import { type Rival, rivalsOf } from '../store/competing-claims';
import { listComments } from '../store/comments-table';
import { duplicatePoe, otherClaimCount } from '../store/duplicate-poe';
import { listDocuments } from '../store/documents-table';
import { listHistory } from '../store/history-table';
import { readProductMarks } from '../store/product-support-table';
import { urgentSlaTotal } from '../store/team-counts';
import type { Db } from '../store/open';
import type { ServiceContext } from './context';
import { claimPrechecks } from './prechecks';
import { claimNotFound } from './claim-not-found';

export function parseContact(json: string | null): ClaimDetail['partner']['contact'] {
  return json ? (JSON.parse(json) as ClaimDetail['partner']['contact']) : null;
}

/** The claim's status changes as its history records them; the row has the last word. */
function statusChanges(history: readonly HistoryEntry[], row: ClaimRow): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const h of history) {
    const d = h.detail;
    if (h.kind === 'imported') {
      changes.push({ at: row.submitted_at, to: 'submitted' });
      if (d.status !== 'submitted') changes.push({ at: typeof d.statusSince === 'string' ? d.statusSince : h.at, to: d.status as Status });
    } else if (h.kind === 'decision') changes.push({ at: h.at, to: d.to as Status });
    else if (h.kind === 'time-transition') changes.push({ at: typeof d.effectiveAt === 'string' ? d.effectiveAt : h.at, to: d.to as Status });
  }
  if (changes.at(-1)?.to !== row.status) changes.push({ at: row.status_since, to: row.status });
  return changes;
}

function toCompetingClaim({ claim: { row }, competition }: Rival, nowMs: number): CompetingClaim {
  return {
    id: row.id,
    status: row.status,
    assignee: row.assignee,
    partner: { mpnId: row.partner_mpn_id, name: row.partner_name },
    submittedAt: row.submitted_at,
    products: [...competition.products],
    sameSubscription: competition.sameSubscription,
    counted: countsAsCompeting(row.status),
    sla: rowSla(row, nowMs),
  };
}

export function claimDetail(db: Db, id: string, nowMs: number, calendar: CalendarConfig): ClaimDetail {
  const row = getClaimRow(db, id);
  if (!row) throw claimNotFound(id);
  const products = productsOf(db, [id]).get(id) ?? [];
  const competing = rivalsOf(db, { row, products }).map((r) => toCompetingClaim(r, nowMs));
  const duplicates = duplicatePoe(db, [id]).get(id) ?? [];
  const base = toQueueRow(row, products, competing.filter((c) => c.counted).length, otherClaimCount(duplicates), nowMs);
  const history = listHistory(db, id);
  const prechecks = claimPrechecks(db, row, products);
  return {
    ...base,
    policy: row.policy,
    version: row.version,
    partner: { ...base.partner, contact: parseContact(row.partner_contact) },
    customer: {
      ...base.customer,
      subscriptionId: row.customer_subscription_id,
      domain: row.customer_domain,
      country: row.customer_country,
      publicSector: row.customer_public_sector === 1,
      contact: parseContact(row.customer_contact),
    },
    documents: listDocuments(db, id),
    checklist: readChecklist(db, id),
    comments: listComments(db, id),
    history,
    availableActions: availableActions(row.status, row.policy),
    reviewerTarget: reviewerTarget(row.policy, row.submitted_at, statusChanges(history, row), new Date(nowMs).toISOString(), calendar),
    competingClaims: competing,
    duplicatePoeFiles: duplicates.map((d) => ({
      documentId: d.documentId,
      documentName: d.documentName,
      claimId: d.otherClaimId,
      status: d.otherStatus as Status,
      partner: d.otherPartner,
      customer: d.otherCustomer,
      match: d.match,
      similarity: d.similarity,
    })),
    // The domain types are readonly views of the same shapes the schema describes.
    prechecks: prechecks as ClaimDetail['prechecks'],
    proposals: checklistProposals(prechecks.filter((p) => !p.stale)) as ClaimDetail['proposals'],
    productSupport: productSupport(products, readProductMarks(db, id), prechecks.filter((p) => !p.stale)) as ClaimDetail['productSupport'],
    editable: isEditable(row.status, row.policy),
  };
}

/**
 * The stored claim a write starts from, inside the write's transaction: refused when missing, or
 * when the caller saw another version (`what` names the action in "reload it and ... again").
 */
export function claimForWrite(db: Db, id: string, expectedVersion: number | undefined, what: string): ClaimRow {
  const row = getClaimRow(db, id);
  if (!row) throw claimNotFound(id);
  if (expectedVersion !== undefined && expectedVersion !== row.version) {
    throw new DomainError(
      'conflict',
      `claim ${row.id} changed since it was opened (version ${expectedVersion}, now ${row.version}); reload it and ${what} again`,
      { key: 'claim-changed', params: { claim: row.id, expected: expectedVersion, now: row.version } },
    );
  }
  return row;
}

export function getClaim(ctx: ServiceContext, input: ParsedInput<'claim.get'>): ClaimDetail {
  return claimDetail(ctx.store.db, input.id, ctx.now().getTime(), ctx.calendar);
}

export function listQueue(ctx: ServiceContext, q: ParsedInput<'queue.list'>): QueuePage {
  const filter = { status: q.status, sla: q.sla, assignee: q.assignee, search: q.search, productFamily: q.productFamily, activity: q.activity };
  const nowMs = ctx.now().getTime();
  const { rows, total } = queryQueue(ctx.store.db, filter, q.sort, q.limit, q.offset, nowMs, urgentSlaTotal(ctx.store.db, filter, nowMs));
  return { rows, total, offset: q.offset };
}
