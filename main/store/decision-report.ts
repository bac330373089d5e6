// The decision report's rows as SQLite gives them: the decisions in decision order, and the claims
// they are on with each claim's products; each decision keeps when its claim entered the status
// it was taken from (its clock's start). Read on a connection of its own inside one read transaction, so
// the count and every pass over the rows see the same snapshot (services/reports/report-source.ts
// turns them into report rows).
import type { ReportFilters } from '../../shared/domain/report';
import { openReader, type Store } from './open';

// Rows are read as plain arrays (better-sqlite3's raw mode, a third faster at 100,000 rows than
// objects); DECISION_FIELD and CLAIM_FIELD name each position. A claim's columns are read once
// per claim, not once per decision: at 100,000 decisions of 50,000 claims that takes the read
// from 0.5 s to 0.35 s.
const DECISION_COLUMNS = {
  id: 'd.id',
  claimId: 'd.claim_id',
  action: 'd.action',
  fromStatus: 'd.from_status',
  toStatus: 'd.to_status',
  actor: 'd.actor',
  at: 'd.at',
  reason: 'd.reason',
  deficiencies: 'd.deficiencies',
  message: 'd.message',
  override: 'd.override',
  enteredAt: 'd.from_status_since',
} as const;
const CLAIM_COLUMNS = {
  id: 'c.id',
  partnerMpnId: 'c.partner_mpn_id',
  partnerName: 'c.partner_name',
  customerTenantId: 'c.customer_tenant_id',
  customerName: 'c.customer_name',
  productFamily: 'c.product_family',
  policy: 'c.policy',
  products: '(SELECT json_group_array(p.name ORDER BY p.position) FROM claim_products p WHERE p.claim_id = c.id)',
} as const;
export type DecisionField = keyof typeof DECISION_COLUMNS;
export type ClaimField = keyof typeof CLAIM_COLUMNS;
const positions = <K extends string>(columns: Record<K, string>) => Object.fromEntries(Object.keys(columns).map((name, i) => [name, i])) as Record<K, number>;
export const DECISION_FIELD = positions<DecisionField>(DECISION_COLUMNS);
export const CLAIM_FIELD = positions<ClaimField>(CLAIM_COLUMNS);

/** Decisions are joined to their claim only when a filter names a claim column: the join costs a third of the read. */
const fromFor = (joinClaims: boolean) => (joinClaims ? 'FROM decisions d JOIN claims c ON c.id = d.claim_id' : 'FROM decisions d');

export type RawDecisionRow = readonly unknown[];
export type RawClaimRow = readonly unknown[];

type Params = Record<string, string>;

/** Which decisions: the filters but the period, which comes as instants (shared/domain/report periodBounds). */
export type DecisionReportFilters = Omit<ReportFilters, 'from' | 'to'> & { readonly fromIso: string | null; readonly toIso: string | null };

function whereClause(filters: DecisionReportFilters): { where: string; params: Params; joinClaims: boolean } {
  const terms: string[] = [];
  const params: Params = {};
  const add = (term: string, name: string, value: string | null | undefined) => {
    if (value === null || value === undefined) return;
    terms.push(term);
    params[name] = value;
  };
  add('d.at >= @fromIso', 'fromIso', filters.fromIso);
  add('d.at < @toIso', 'toIso', filters.toIso);
  add('d.actor = @reviewer COLLATE NOCASE', 'reviewer', filters.reviewer);
  add('d.to_status = @status', 'status', filters.status);
  add('c.product_family = @productFamily', 'productFamily', filters.productFamily);
  add('c.policy = @policy', 'policy', filters.policy);
  add('d.action = @action', 'action', filters.action);
  return { where: terms.length ? `WHERE ${terms.join(' AND ')}` : '', params, joinClaims: terms.some((term) => term.startsWith('c.')) };
}

export interface DecisionReportRows {
  readonly total: number;
  /** Every matching decision in decision order; may be walked more than once (same snapshot). */
  rows(): IterableIterator<RawDecisionRow>;
  /** Every claim a matching decision is on, once each, in no order (same snapshot). */
  claims(): IterableIterator<RawClaimRow>;
  /** Ends the read transaction and closes the connection. */
  close(): void;
}

export function openDecisionReport(store: Pick<Store, 'dbFile'>, filters: DecisionReportFilters): DecisionReportRows {
  const db = openReader(store);
  try {
    const { where, params, joinClaims } = whereClause(filters);
    const from = fromFor(joinClaims);
    db.exec('BEGIN');
    const total = db.prepare(`SELECT count(*) ${from} ${where}`).pluck().get(params) as number;
    const decisions = db.prepare<Params, RawDecisionRow>(`SELECT ${Object.values(DECISION_COLUMNS).join(', ')} ${from} ${where} ORDER BY d.at, d.id`).raw(true);
    const claims = db
      .prepare<Params, RawClaimRow>(`SELECT ${Object.values(CLAIM_COLUMNS).join(', ')} FROM claims c WHERE c.id IN (SELECT d.claim_id ${from} ${where})`)
      .raw(true);
    return {
      total,
      rows: () => decisions.iterate(params),
      claims: () => claims.iterate(params),
      close() {
        try {
          if (db.inTransaction) db.exec('COMMIT');
        } finally {
          db.close();
        }
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}
