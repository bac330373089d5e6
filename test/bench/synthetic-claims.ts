// Many claims quickly, straight through the store's own row writer, for queue and commit figures.
import { DEFAULT_POLICY } from '../../shared/domain/policy';
import { deadlineForStatus } from '../../shared/domain/sla';
import type { Status } from '../../shared/domain/codes';
import type { ClaimRow } from '../../main/store/claim-row';
import { insertClaim, setProducts, slaColumns } from '../../main/store/claims-table';
import { appendHistory } from '../../main/store/history-table';
import type { Db } from '../../main/store/open';
import { enqueueOutbox } from '../../main/store/outbox-table';
import { statusBefore } from './synthetic-team-decisions';

const PARTNERS = ['Northwind Cloud Partners', 'Fabrikam Consulting', 'Adatum Digital', 'Tailspin IT', 'Proseware Services'];
const CUSTOMERS = ['Contoso Ltd', 'Litware Inc', 'Wide World Importers', 'City of Riverton', 'Lakeside County Schools'];
const PRODUCTS = ['Microsoft Teams', 'Exchange Online', 'Intune', 'Dynamics 365 Sales', 'Power BI Pro'];
const REVIEWERS = ['Alex Martin', 'Priya Shah', 'Jonas Weber', 'Camille Dubois', 'Sam Okafor'];
const STATUSES: Status[] = ['submitted', 'submitted', 'submitted', 'under-review', 'under-review', 'partner-action-required', 'approved', 'rejected'];

/** Every 20th claim competes with the one before it: same tenant and product, another partner. */
const rivalOf = (i: number) => (i % 20 === 19 ? i - 1 : i);

const ACTIVITIES = ['Pre-sales', 'Revenue association', 'Build intent - Advisor', 'Use or consume'];

/** The i-th synthetic claim row: names, tenant and family vary with i; the rest is given. */
export function syntheticClaimRow(
  i: number,
  state: Pick<ClaimRow, 'id' | 'status' | 'version' | 'activity' | 'submitted_at' | 'status_since' | 'assignee' | 'rejection_reason' | 'created_at'> & { readonly tenant: number },
): ClaimRow {
  return {
    id: state.id,
    status: state.status,
    policy: DEFAULT_POLICY,
    version: state.version,
    partner_mpn_id: String(1_000_000 + (i % 5000)),
    partner_name: `${PARTNERS[i % PARTNERS.length]} ${i % 97}`,
    partner_contact: null,
    customer_tenant_id: `00000000-0000-4000-8000-${String(state.tenant).padStart(12, '0')}`,
    customer_subscription_id: null,
    customer_name: `${CUSTOMERS[i % CUSTOMERS.length]} ${i % 89}`,
    customer_domain: null,
    customer_country: 'US',
    customer_public_sector: 0,
    customer_contact: null,
    activity: state.activity,
    // Two families, about 40% Business Applications, as in real queues.
    product_family: i % 5 < 2 ? 'business-applications' : 'microsoft-365',
    submitted_at: state.submitted_at,
    status_since: state.status_since,
    assignee: state.assignee,
    ...slaColumns(deadlineForStatus(state.status, DEFAULT_POLICY, state.status_since)),
    rejection_reason: state.rejection_reason,
    created_at: state.created_at,
    updated_at: state.created_at,
  };
}

export function insertSyntheticClaims(db: Db, count: number, nowMs: number): void {
  const at = new Date(nowMs).toISOString();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = `B-${String(i).padStart(7, '0')}`;
      const status = STATUSES[i % STATUSES.length]!;
      const since = new Date(nowMs - ((i * 7_919_000) % (12 * 86_400_000))).toISOString();
      insertClaim(
        db,
        syntheticClaimRow(i, {
          id,
          status,
          version: 0,
          tenant: rivalOf(i),
          // Four activities, as in real queues.
          activity: ACTIVITIES[i % ACTIVITIES.length]!,
          submitted_at: since,
          status_since: since,
          assignee: status === 'submitted' ? null : REVIEWERS[i % REVIEWERS.length]!,
          rejection_reason: status === 'rejected' ? 'insufficient-poe' : null,
          created_at: at,
        }),
      );
      setProducts(db, id, [PRODUCTS[rivalOf(i) % PRODUCTS.length]!]);
      // Imported in the status before its synthetic decision (synthetic-team-decisions.ts), so the history the hub replays is legal.
      appendHistory(db, id, { at, actor: 'import', side: 'system', kind: 'imported', detail: { status: statusBefore(status), submittedAt: since, statusSince: since } });
    }
  }).immediate();
}

/**
 * Submitted claims named `<prefix>-0000000`..., entered in the last hour (so no clock transition
 * happens before a decision), each queued for the team hub as an import queues it.
 */
export function insertSubmittedClaims(db: Db, prefix: string, count: number, nowMs: number): string[] {
  const at = new Date(nowMs).toISOString();
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = `${prefix}-${String(i).padStart(7, '0')}`;
      const since = new Date(nowMs - (i % 3600) * 1000).toISOString();
      insertClaim(
        db,
        syntheticClaimRow(i, {
          id,
          status: 'submitted',
          version: 0,
          tenant: rivalOf(i),
          activity: ACTIVITIES[i % ACTIVITIES.length]!,
          submitted_at: since,
          status_since: since,
          assignee: null,
          rejection_reason: null,
          created_at: at,
        }),
      );
      setProducts(db, id, [PRODUCTS[rivalOf(i) % PRODUCTS.length]!]);
      appendHistory(db, id, { at, actor: 'import', side: 'system', kind: 'imported', detail: { status: 'submitted', submittedAt: since, statusSince: since } });
      enqueueOutbox(db, id, 'import', { source: 'bench' }, 0, at);
      ids.push(id);
    }
  }).immediate();
  return ids;
}
