// The decision report's rows as SQLite gives them: the decisions in decision order, and the claims
// they are on with each claim's products; each decision keeps when its claim entered the status
// it was taken from (its clock's start). Read on a connection of its own inside one read transaction, so
// the count and every pass over the rows see the same snapshot (services/reports/report-source.ts
// turns them into report rows).
import type { ReportFilters } from '../../shared/domain/report';
import type { Statement } from 'better-sqlite3';
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

type Params = Record<string, string | number>;

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

/** A decision's place in decision order: its time, then its id. */
export type DecisionKey = readonly [at: string, id: number];

/** Part of the matching decisions in decision order: from a key (included), before one (excluded), or both. */
export interface DecisionRange {
  readonly from?: DecisionKey;
  readonly before?: DecisionKey;
}

export interface DecisionReportRows {
  readonly total: number;
  /** The matching decisions in decision order, all or a range; may be walked more than once (same snapshot). */
  rows(range?: DecisionRange): IterableIterator<RawDecisionRow>;
  /** Every claim a matching decision (of the range) is on, once each, in no order (same snapshot). */
  claims(range?: DecisionRange): IterableIterator<RawClaimRow>;
  /** The key of the matching decision `offset` places from the first, if there are so many. */
  keyAt(offset: number): DecisionKey | undefined;
  /**
   * Whether nothing was committed to the store since this snapshot was taken, so that a read
   * transaction begun since (on another connection, another thread) sees the same rows.
   */
  isLatest(): boolean;
  /** Ends the read transaction and closes the connections. */
  close(): void;
}

type RangeName = 'all' | 'from' | 'before' | 'between';

function rangeOf(range: DecisionRange | undefined): { name: RangeName; params: Params } {
  const params: Params = {};
  if (range?.from) Object.assign(params, { fromAt: range.from[0], fromId: range.from[1] });
  if (range?.before) Object.assign(params, { beforeAt: range.before[0], beforeId: range.before[1] });
  const name: RangeName = range?.from ? (range.before ? 'between' : 'from') : range?.before ? 'before' : 'all';
  return { name, params };
}

// Row values in decision order; SQLite bounds the scan of decisions_in_order (at) by the time.
const FROM_TERM = '(d.at, d.id) >= (@fromAt, @fromId)';
const BEFORE_TERM = '(d.at, d.id) < (@beforeAt, @beforeId)';
const RANGE_TERMS: Readonly<Record<RangeName, readonly string[]>> = {
  all: [],
  from: [FROM_TERM],
  before: [BEFORE_TERM],
  between: [FROM_TERM, BEFORE_TERM],
};

const withRange = (where: string, name: RangeName): string => {
  const terms = RANGE_TERMS[name];
  if (terms.length === 0) return where;
  return where ? `${where} AND ${terms.join(' AND ')}` : `WHERE ${terms.join(' AND ')}`;
};

/**
 * `PRAGMA data_version` on a connection of its own that never writes: it changes when any other
 * connection, in this process or another, commits. Read before the report's snapshot is taken
 * and again later, the same value means no commit came between.
 */
function commitWatch(store: Pick<Store, 'dbFile'>): { changed(): boolean; close(): void } {
  const db = openReader(store);
  const read = () => db.pragma('data_version', { simple: true }) as number;
  const first = read();
  return { changed: () => read() !== first, close: () => db.close() };
}

/** A part of a report read by another thread needs no commit watch: the main thread's source keeps it. */
export interface DecisionReportOptions {
  readonly watchCommits?: boolean;
}

const NO_WATCH = {
  changed(): boolean {
    throw new Error('this report was opened without a commit watch');
  },
  close() {},
};

export function openDecisionReport(store: Pick<Store, 'dbFile'>, filters: DecisionReportFilters, options: DecisionReportOptions = {}): DecisionReportRows {
  const watch = options.watchCommits === false ? NO_WATCH : commitWatch(store);
  let db: ReturnType<typeof openReader> | undefined;
  try {
    db = openReader(store);
    const reader = db;
    const { where, params, joinClaims } = whereClause(filters);
    const from = fromFor(joinClaims);
    db.exec('BEGIN');
    const count = db.prepare(`SELECT count(*) ${from} ${where}`).pluck();
    // The count is the first read, which takes the snapshot (BEGIN alone does not) right after the
    // commit watch's first look. A part's thread never asks for it and is not counted.
    let total = options.watchCommits === false ? undefined : (count.get(params) as number);
    const prepared = new Map<string, Statement<Params, RawDecisionRow>>();
    const statement = (kind: 'rows' | 'claims', name: RangeName): Statement<Params, RawDecisionRow> => {
      const key = `${kind} ${name}`;
      let found = prepared.get(key);
      if (!found) {
        const w = withRange(where, name);
        const sql =
          kind === 'rows'
            ? `SELECT ${Object.values(DECISION_COLUMNS).join(', ')} ${from} ${w} ORDER BY d.at, d.id`
            : `SELECT ${Object.values(CLAIM_COLUMNS).join(', ')} FROM claims c WHERE c.id IN (SELECT d.claim_id ${from} ${w})`;
        found = reader.prepare<Params, RawDecisionRow>(sql).raw(true);
        prepared.set(key, found);
      }
      return found;
    };
    const walk = (kind: 'rows' | 'claims', range: DecisionRange | undefined) => {
      const r = rangeOf(range);
      return statement(kind, r.name).iterate({ ...params, ...r.params });
    };
    const keyStatement = db.prepare<Params, readonly unknown[]>(`SELECT d.at, d.id ${from} ${where} ORDER BY d.at, d.id LIMIT 1 OFFSET @offset`).raw(true);
    return {
      get total() {
        return (total ??= count.get(params) as number);
      },
      rows: (range) => walk('rows', range),
      claims: (range) => walk('claims', range),
      keyAt(offset) {
        const row = keyStatement.get({ ...params, offset });
        return row ? [row[0] as string, row[1] as number] : undefined;
      },
      isLatest: () => !watch.changed(),
      close() {
        try {
          if (reader.inTransaction) reader.exec('COMMIT');
        } finally {
          reader.close();
          watch.close();
        }
      },
    };
  } catch (err) {
    db?.close();
    watch.close();
    throw err;
  }
}
