// Competing claims across the store for the team lead: customers whose claims compete, the most
// urgent customer first (the soonest deadline among its competing claims).
import type { CompetingGroup } from '../../../shared/api/team';
import { rowSla } from '../../store/claims-table';
import { competingGroups } from '../../store/contest-groups';
import type { Db } from '../../store/open';

/** `kept`: the store's groups were brought up to date (refreshContestGroups) and are read as they are. */
export function competingCustomers(db: Db, nowMs: number, limit: number, kept: boolean): { total: number; groups: CompetingGroup[] } {
  const { total, groups } = competingGroups(db, limit, { kept });
  return {
    total,
    groups: groups.map((members) => ({
      customer: { tenantId: members[0]?.claim.row.customer_tenant_id ?? '', name: members[0]?.claim.row.customer_name ?? '' },
      claims: members.map(({ claim: { row }, products, sameSubscription }) => ({
        id: row.id,
        status: row.status,
        assignee: row.assignee,
        partner: { mpnId: row.partner_mpn_id, name: row.partner_name },
        submittedAt: row.submitted_at,
        sla: rowSla(row, nowMs),
        products: [...products],
        sameSubscription,
      })),
    })),
  };
}
