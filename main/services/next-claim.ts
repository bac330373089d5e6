// "Next claim": the most urgent unassigned claim that waits on a reviewer, taken by me at once.
import type { ClaimDetail } from '../../shared/api/schemas';
import { getClaimRow, mostUrgentUnassigned } from '../store/claims-table';
import { assignClaim } from './assignment';
import { claimDetail } from './claims';
import type { ServiceContext } from './context';

/** Statuses whose clock runs against the reviewers. */
const REVIEWER_QUEUE = ['submitted', 'under-review', 'disputed'] as const;

export function takeNextClaim(ctx: ServiceContext): ClaimDetail | null {
  const { db } = ctx.store;
  const taken = db.transaction(() => {
    const id = mostUrgentUnassigned(db, REVIEWER_QUEUE);
    if (!id || !getClaimRow(db, id)) return null;
    assignClaim(ctx, { claimId: id, to: ctx.user, by: ctx.user });
    return id;
  }).immediate();
  return taken ? claimDetail(db, taken, ctx.now().getTime(), ctx.calendar) : null;
}
