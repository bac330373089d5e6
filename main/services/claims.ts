import { DomainError } from '../../shared/api/result';
import type { ClaimDetail, QueuePage } from '../../shared/api/schemas';
import type { ParsedInput } from '../../shared/api/contract';
import { availableActions } from '../../shared/domain/lifecycle';
import { readChecklist } from '../store/checklist-table';
import { getClaimRow, productsOf, queryQueue, toQueueRow } from '../store/claims-table';
import { listComments } from '../store/comments-table';
import { listDocuments } from '../store/documents-table';
import { listHistory } from '../store/history-table';
import type { Db } from '../store/open';
import type { ServiceContext } from './context';

function parseContact(json: string | null): ClaimDetail['partner']['contact'] {
  return json ? (JSON.parse(json) as ClaimDetail['partner']['contact']) : null;
}

export function claimDetail(db: Db, id: string, nowMs: number): ClaimDetail {
  const row = getClaimRow(db, id);
  if (!row) throw new DomainError('not-found', `no claim with id "${id}"`);
  const base = toQueueRow(row, productsOf(db, [id]).get(id) ?? [], nowMs);
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
    history: listHistory(db, id),
    availableActions: availableActions(row.status, row.policy),
  };
}

export function getClaim(ctx: ServiceContext, input: ParsedInput<'claim.get'>): ClaimDetail {
  return claimDetail(ctx.store.db, input.id, ctx.now().getTime());
}

export function listQueue(ctx: ServiceContext, q: ParsedInput<'queue.list'>): QueuePage {
  const { rows, total } = queryQueue(
    ctx.store.db,
    { status: q.status, sla: q.sla, assignee: q.assignee, search: q.search },
    q.sort,
    q.limit,
    q.offset,
    ctx.now().getTime(),
  );
  return { rows, total, offset: q.offset };
}
