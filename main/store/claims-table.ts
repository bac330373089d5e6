// Claims and their products: row mapping, writes and the paged queue query.
import type { Clock, ProductFamily, SlaState, Status } from '../../shared/domain/codes';
import { type ClockDeadline, slaState } from '../../shared/domain/sla';
import type { QueueRow } from '../../shared/api/schemas';
import type { ClaimRow } from './claim-row';
import { competingCounts } from './competing-claims';
import { duplicatePoe, otherClaimCount } from './duplicate-poe';
import type { Db } from './db';
import { stmt } from './statements';

/** Far future: claims with no running clock sort after every deadline. */
export const NO_DEADLINE_SORT = 8_640_000_000_000_000;

export function slaColumns(deadline: ClockDeadline | null) {
  return deadline
    ? {
        sla_clock: deadline.clock,
        sla_due_at: deadline.dueAt,
        sla_due_ms: Date.parse(deadline.dueAt),
        sla_at_risk_ms: Date.parse(deadline.atRiskAt),
        sla_waiting: deadline.waiting ? 1 : 0,
        sla_sort_ms: Date.parse(deadline.dueAt),
      }
    : { sla_clock: null, sla_due_at: null, sla_due_ms: null, sla_at_risk_ms: null, sla_waiting: 0, sla_sort_ms: NO_DEADLINE_SORT };
}

export function getClaimRow(db: Db, id: string): ClaimRow | undefined {
  return stmt<[string], ClaimRow>(db, 'SELECT * FROM claims WHERE id = ?').get(id);
}

const CLAIM_COLUMNS = [
  'id', 'status', 'policy', 'version', 'partner_mpn_id', 'partner_name', 'partner_contact',
  'customer_tenant_id', 'customer_subscription_id', 'customer_name', 'customer_domain',
  'customer_country', 'customer_public_sector', 'customer_contact', 'activity', 'product_family',
  'submitted_at', 'status_since', 'assignee', 'sla_clock', 'sla_due_at', 'sla_due_ms',
  'sla_at_risk_ms', 'sla_waiting', 'sla_sort_ms', 'rejection_reason', 'created_at', 'updated_at',
] as const satisfies readonly (keyof ClaimRow)[];

/** Writes a new claim and its search entry (here, not in a trigger: migration 0013 says why). */
export function insertClaim(db: Db, row: ClaimRow): void {
  const { lastInsertRowid } = stmt(db, `INSERT INTO claims (${CLAIM_COLUMNS.join(', ')}) VALUES (${CLAIM_COLUMNS.map((c) => '@' + c).join(', ')})`).run(row);
  stmt(db, 'INSERT INTO claims_search (rowid, id, partner_mpn_id, partner_name, customer_tenant_id, customer_name) VALUES (?, ?, ?, ?, ?, ?)').run(
    lastInsertRowid,
    row.id,
    row.partner_mpn_id,
    row.partner_name,
    row.customer_tenant_id,
    row.customer_name,
  );
}

/** The columns the search index (claims_search) holds: writing one of them rewrites the claim's index entry. */
export const SEARCHED_COLUMNS = ['partner_mpn_id', 'partner_name', 'customer_tenant_id', 'customer_name'] as const satisfies readonly (keyof ClaimRow)[];

/** Writes every column but id, created_at and those named. */
export function updateClaimExcept(db: Db, row: ClaimRow, except: readonly (keyof ClaimRow)[]): void {
  const sets = CLAIM_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at' && !except.includes(c)).map((c) => `${c} = @${c}`);
  stmt(db, `UPDATE claims SET ${sets.join(', ')} WHERE id = @id`).run(row);
}

/** Writes every column but id; the caller has already bumped version and updated_at. */
export function replaceClaim(db: Db, row: ClaimRow): void {
  const sets = CLAIM_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at').map((c) => `${c} = @${c}`);
  stmt(db, `UPDATE claims SET ${sets.join(', ')} WHERE id = @id`).run(row);
}

// What a decision, a time transition or an assignment changes. Writing only these leaves the
// search index's trigger (which fires on any SET of a searchable column) alone.
const STATE_COLUMNS = [
  'status', 'status_since', 'assignee', 'rejection_reason', 'version', 'updated_at',
  'sla_clock', 'sla_due_at', 'sla_due_ms', 'sla_at_risk_ms', 'sla_waiting', 'sla_sort_ms',
] as const satisfies readonly (keyof ClaimRow)[];

export function updateClaimState(db: Db, row: ClaimRow): void {
  const sets = STATE_COLUMNS.map((c) => `${c} = @${c}`);
  const params = Object.fromEntries([['id', row.id], ...STATE_COLUMNS.map((c) => [c, row[c]])]);
  stmt(db, `UPDATE claims SET ${sets.join(', ')} WHERE id = @id`).run(params);
}

/** The most urgent unassigned claim in one of the statuses given (the soonest deadline first). */
export function mostUrgentUnassigned(db: Db, statuses: readonly Status[]): string | undefined {
  return stmt<Status[], { id: string }>(
    db,
    `SELECT id FROM claims WHERE assignee IS NULL AND status IN (${statuses.map(() => '?').join(', ')})
       ORDER BY sla_sort_ms, id LIMIT 1`,
  ).get(...statuses)?.id;
}

/** Claims in `status` whose `clock` has run out by `nowMs`, the earliest due first. */
export function claimsDue(db: Db, status: Status, clock: Clock, nowMs: number): string[] {
  return stmt<[Status, Clock, number], { id: string }>(
    db,
    'SELECT id FROM claims WHERE status = ? AND sla_clock = ? AND sla_due_ms <= ? ORDER BY sla_due_ms, id',
  )
    .all(status, clock, nowMs)
    .map((r) => r.id);
}

/** Everyone a claim is assigned to, in name order. */
export function distinctAssignees(db: Db): string[] {
  return stmt<[], { v: string }>(db, 'SELECT DISTINCT assignee AS v FROM claims WHERE assignee IS NOT NULL ORDER BY 1').all().map((r) => r.v);
}

/** What the queue's filter menus offer: the people claims are assigned to and the activities claimed. */
export function queueFacets(db: Db): { assignees: string[]; activities: string[] } {
  return {
    assignees: distinctAssignees(db),
    activities: stmt<[], { v: string }>(db, 'SELECT DISTINCT activity AS v FROM claims ORDER BY 1').all().map((r) => r.v),
  };
}

export function setProducts(db: Db, claimId: string, products: readonly string[]): void {
  stmt(db, 'DELETE FROM claim_products WHERE claim_id = ?').run(claimId);
  const insert = stmt(db, 'INSERT INTO claim_products (claim_id, position, name) VALUES (?, ?, ?)');
  products.forEach((name, i) => insert.run(claimId, i, name));
}

export function productsOf(db: Db, claimIds: readonly string[]): Map<string, string[]> {
  const byClaim = new Map<string, string[]>();
  if (claimIds.length === 0) return byClaim;
  const rows = stmt<string[], { claim_id: string; name: string }>(db, 
      `SELECT claim_id, name FROM claim_products WHERE claim_id IN (${claimIds.map(() => '?').join(',')}) ORDER BY claim_id, position`,
    )
    .all(...claimIds);
  for (const r of rows) {
    const list = byClaim.get(r.claim_id);
    if (list) list.push(r.name);
    else byClaim.set(r.claim_id, [r.name]);
  }
  return byClaim;
}

export function rowSla(row: ClaimRow, nowMs: number): QueueRow['sla'] {
  if (!row.sla_clock || !row.sla_due_at || row.sla_due_ms === null || row.sla_at_risk_ms === null) return null;
  const state: SlaState = slaState(
    { dueAt: row.sla_due_at, atRiskAt: new Date(row.sla_at_risk_ms).toISOString(), waiting: row.sla_waiting === 1 },
    nowMs,
  );
  return { clock: row.sla_clock as NonNullable<QueueRow['sla']>['clock'], dueAt: row.sla_due_at, state, policy: row.policy };
}

export function toQueueRow(row: ClaimRow, products: readonly string[], competing: number, duplicatePoe: number, nowMs: number): QueueRow {
  return {
    id: row.id,
    status: row.status,
    assignee: row.assignee,
    partner: { mpnId: row.partner_mpn_id, name: row.partner_name },
    customer: { tenantId: row.customer_tenant_id, name: row.customer_name },
    products: [...products],
    productFamily: row.product_family,
    activity: row.activity,
    submittedAt: row.submitted_at,
    sla: rowSla(row, nowMs),
    competing,
    duplicatePoe,
  };
}

export interface QueueFilter {
  readonly status?: readonly Status[] | undefined;
  readonly sla?: readonly SlaState[] | undefined;
  /** A name, or null for unassigned claims; undefined for everyone's. */
  readonly assignee?: string | null | undefined;
  readonly search?: string | undefined;
  readonly productFamily?: ProductFamily | undefined;
  readonly activity?: string | undefined;
}

export type QueueSort = 'sla' | 'age' | 'partner';

const ORDER_BY: Record<QueueSort, string> = {
  sla: 'sla_sort_ms, id',
  age: 'submitted_at, id',
  partner: 'partner_name, id',
};

/** Longer than any "last business day" (a long weekend with holidays): bounds the at-risk range. */
export const AT_RISK_HORIZON_MS = 14 * 86_400_000;

// sla_sort_ms is the due time, so each SLA state is a range on it: breached before now, at risk
// from now to a short horizon with its at-risk instant passed, on track after that instant. One
// index (sla_waiting, sla_sort_ms, id) then serves the filter, the count and the order at once.
function slaCondition(states: readonly SlaState[]): string {
  const has = (s: SlaState) => states.includes(s);
  const parts: string[] = [];
  if (has('breached') || has('at-risk') || has('on-track')) {
    const range = [
      has('breached') ? null : 'sla_sort_ms >= @now',
      `sla_sort_ms < ${has('on-track') ? '@noDeadline' : has('at-risk') ? '@riskHorizon' : '@now'}`,
    ].filter(Boolean);
    if (has('at-risk') && !has('on-track')) range.push('(sla_sort_ms < @now OR sla_at_risk_ms <= @now)');
    if (has('on-track') && !has('at-risk')) range.push('(sla_sort_ms < @now OR sla_at_risk_ms > @now)');
    parts.push(`(sla_waiting = 0 AND ${range.join(' AND ')})`);
  }
  if (has('paused')) parts.push('(sla_waiting = 1)');
  return parts.join(' OR ');
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MPN_ID = /^\d{6,10}$/;

/** A quoted FTS5 phrase: the trigram index matches it as a substring anywhere in the fields. */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => '\\' + c);
}

export function queryQueue(
  db: Db,
  filter: QueueFilter,
  sort: QueueSort,
  limit: number,
  offset: number,
  nowMs: number,
  /** The match count when the caller has it already (the team view's SLA counts): not counted again. */
  knownTotal?: number,
): { rows: QueueRow[]; total: number } {
  const where: string[] = [];
  const params: Record<string, string | number> = { now: nowMs, limit, offset };
  // A page is read in its sort order and stops at `limit`: an index on a filter column would
  // instead find every match and sort them all. "+" keeps the planner on the ordered scan
  // (claims_queue_scan carries the filter columns); counts, which need no order, drop the "+".
  // One status keeps its index: (status, sla_sort_ms) gives the order too.
  if (filter.status?.length) {
    const column = filter.status.length > 1 ? '+status' : 'status';
    where.push(`${column} IN (${filter.status.map((_, i) => `@status${i}`).join(', ')})`);
    filter.status.forEach((s, i) => (params[`status${i}`] = s));
  }
  if (filter.productFamily) {
    where.push('+product_family = @productFamily');
    params.productFamily = filter.productFamily;
  }
  if (filter.activity) {
    where.push('+activity = @activity');
    params.activity = filter.activity;
  }
  if (filter.assignee === null) where.push('assignee IS NULL');
  else if (filter.assignee !== undefined) {
    where.push('assignee = @assignee');
    params.assignee = filter.assignee;
  }
  if (filter.sla?.length) {
    where.push(`(${slaCondition(filter.sla)})`);
    params.riskHorizon = nowMs + AT_RISK_HORIZON_MS;
    params.noDeadline = NO_DEADLINE_SORT;
  }
  const search = filter.search?.trim();
  if (search && GUID.test(search)) {
    params.exact = search.toLowerCase();
    where.push('(customer_tenant_id = @exact OR customer_subscription_id = @exact)');
  } else if (search && MPN_ID.test(search)) {
    // A partner's MPN ID, or a claim number's digits: the end of a claim id ("280135" of
    // CP-2026-280135), found through the id column's trigrams, then kept only at the end.
    params.exact = search;
    params.idFts = `id : ${ftsPhrase(search)}`;
    params.suffix = `%${escapeLike(search)}`;
    where.push(
      "(partner_mpn_id = @exact OR id = @exact OR (rowid IN (SELECT rowid FROM claims_search WHERE claims_search MATCH @idFts) AND id LIKE @suffix ESCAPE '\\'))",
    );
  } else if (search && search.length >= 3) {
    params.fts = ftsPhrase(search);
    params.suffix = `%${escapeLike(search)}`;
    where.push('rowid IN (SELECT rowid FROM claims_search WHERE claims_search MATCH @fts)');
  } else if (search) {
    // Trigrams need three characters; one or two match as a prefix of an id or a name.
    params.like = `${escapeLike(search)}%`;
    where.push(`(id LIKE @like ESCAPE '\\' OR partner_name LIKE @like ESCAPE '\\' OR customer_name LIKE @like ESCAPE '\\')`);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const usedParams = (sql: string) =>
    Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`@${k}\\b`).test(sql)));
  // A search that ends a claim's id finds that claim first, whatever the sort.
  const idFirst = params.suffix === undefined ? '' : "(id LIKE @suffix ESCAPE '\\') DESC, ";
  const pageSql = `SELECT * FROM claims ${whereSql} ORDER BY ${idFirst}${ORDER_BY[sort]} LIMIT @limit OFFSET @offset`;
  const rows = stmt<[Record<string, string | number>], ClaimRow>(db, pageSql).all(usedParams(pageSql));
  const countSql = `SELECT count(*) AS n FROM claims ${whereSql.replace(/\+(status|product_family|activity)\b/g, '$1')}`;
  const total = knownTotal ?? stmt<[Record<string, string | number>], { n: number }>(db, countSql).get(usedParams(countSql))?.n ?? 0;
  const products = productsOf(db, rows.map((r) => r.id));
  const page = rows.map((row) => ({ row, products: products.get(row.id) ?? [] }));
  const competing = competingCounts(db, page);
  const duplicates = duplicatePoe(db, rows.map((r) => r.id));
  return { rows: page.map((c) => toQueueRow(c.row, c.products, competing.get(c.row.id) ?? 0, otherClaimCount(duplicates.get(c.row.id)), nowMs)), total };
}
