// The decision report's rows as SQLite gives them, in decision order: decisions joined to their
// claim and the claim's products; each decision keeps when its claim entered the status it was
// taken from (its clock's start). Read on a connection of its own inside one read transaction, so
// the count and every pass over the rows see the same snapshot (services/reports/report-source.ts
// turns them into report rows).
import type { ReportFilters } from '../../shared/domain/report';
import { openReader, type Store } from './open';

// Rows are read as plain arrays (better-sqlite3's raw mode, a third faster at 100,000 rows than
// objects); REPORT_FIELD names each position.
const COLUMNS = {
  id: 'd.id',
  claimId: 'd.claim_id',
  partnerMpnId: 'c.partner_mpn_id',
  partnerName: 'c.partner_name',
  customerTenantId: 'c.customer_tenant_id',
  customerName: 'c.customer_name',
  productFamily: 'c.product_family',
  policy: 'c.policy',
  products: '(SELECT json_group_array(p.name ORDER BY p.position) FROM claim_products p WHERE p.claim_id = d.claim_id)',
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
export type ReportField = keyof typeof COLUMNS;
export const REPORT_FIELD = Object.fromEntries(Object.keys(COLUMNS).map((name, i) => [name, i])) as Record<ReportField, number>;

const SELECT = `SELECT ${Object.values(COLUMNS).join(', ')} FROM decisions d JOIN claims c ON c.id = d.claim_id`;

export type RawReportRow = readonly unknown[];

type Params = Record<string, string>;

/** Which decisions: the filters but the period, which comes as instants (shared/domain/report periodBounds). */
export type DecisionReportFilters = Omit<ReportFilters, 'from' | 'to'> & { readonly fromIso: string | null; readonly toIso: string | null };

function whereClause(filters: DecisionReportFilters): { where: string; params: Params } {
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
  return { where: terms.length ? `WHERE ${terms.join(' AND ')}` : '', params };
}

export interface DecisionReportRows {
  readonly total: number;
  /** Every matching decision in decision order; may be walked more than once (same snapshot). */
  rows(): IterableIterator<RawReportRow>;
  /** Ends the read transaction and closes the connection. */
  close(): void;
}

export function openDecisionReport(store: Pick<Store, 'dbFile'>, filters: DecisionReportFilters): DecisionReportRows {
  const db = openReader(store);
  try {
    const { where, params } = whereClause(filters);
    db.exec('BEGIN');
    const total = db.prepare(`SELECT count(*) FROM decisions d JOIN claims c ON c.id = d.claim_id ${where}`).pluck().get(params) as number;
    const select = db.prepare<Params, RawReportRow>(`${SELECT} ${where} ORDER BY d.at, d.id`).raw(true);
    return {
      total,
      rows: () => select.iterate(params),
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
