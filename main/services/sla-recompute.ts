// Stored deadlines again from the stored events: every claim's SLA columns are a function of its
// status, the moment it entered it (status_since), its policy and the store's business calendar.
// After a change of calendar (or of the arithmetic) they are recomputed in one transaction, and
// only rows whose columns differ are written. Claim versions and history are left alone: the
// deadline is derived data, not an edit of the claim.
import { DomainError } from '../../shared/api/result';
import { type CalendarConfig, calendarProblem } from '../../shared/domain/calendar';
import type { PolicyId, Status } from '../../shared/domain/codes';
import { deadlineForStatus } from '../../shared/domain/sla';
import type { ClaimRow } from '../store/claim-row';
import { slaColumns } from '../store/claims-table';
import type { Db, Store } from '../store/open';
import { readCalendar, storedCalendar, writeCalendar } from '../store/settings-table';
import { stmt } from '../store/statements';

export interface RecomputeResult {
  readonly calendar: CalendarConfig;
  /** Claims looked at. */
  readonly claims: number;
  /** Claims whose stored deadline columns changed. */
  readonly changed: number;
}

const SLA_COLUMNS = ['sla_clock', 'sla_due_at', 'sla_due_ms', 'sla_at_risk_ms', 'sla_waiting', 'sla_sort_ms'] as const;
type SlaRow = Pick<ClaimRow, 'id' | 'status' | 'policy' | 'status_since' | (typeof SLA_COLUMNS)[number]>;

// Past this many rewritten claims, the indexes holding deadline columns are dropped and built
// again after the writes: one sorted build each instead of a delete and an insert per claim in
// eight indexes (a new calendar at 100,000 claims: 1.4 s instead of 3 to 5).
const REBUILD_INDEXES_FROM = 5_000;

/** Rewrites the deadline columns that differ from a fresh computation. Call inside a transaction. */
function recomputeIn(db: Db, calendar: CalendarConfig): { claims: number; changed: number } {
  const rows = stmt<[], SlaRow>(db, `SELECT id, status, policy, status_since, ${SLA_COLUMNS.join(', ')} FROM claims`).all();
  const changes: Record<string, unknown>[] = [];
  for (const row of rows) {
    const fresh = slaColumns(deadlineForStatus(row.status as Status, row.policy as PolicyId, row.status_since, calendar));
    if (!SLA_COLUMNS.every((c) => fresh[c] === row[c])) changes.push({ id: row.id, ...fresh });
  }
  withoutDeadlineIndexes(db, changes.length >= REBUILD_INDEXES_FROM, () => {
    const update = stmt(db, `UPDATE claims SET ${SLA_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
    for (const change of changes) update.run(change);
  });
  return { claims: rows.length, changed: changes.length };
}

/** Runs `write` with the claims' deadline indexes dropped, when asked, and builds them again after. */
function withoutDeadlineIndexes(db: Db, drop: boolean, write: () => void): void {
  const indexes = drop
    ? stmt<[], { name: string; sql: string }>(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL")
        .all()
        .filter((i) => SLA_COLUMNS.some((c) => i.sql.includes(c)))
    : [];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  write();
  for (const index of indexes) db.exec(index.sql);
}

/** Recomputes every stored deadline with the store's calendar. */
export function recomputeDeadlines(store: Store): RecomputeResult {
  const { db } = store;
  return db.transaction(() => {
    const calendar = readCalendar(db);
    return { calendar, ...recomputeIn(db, calendar) };
  }).immediate();
}

/**
 * Sets the store's business calendar (values not given keep the current ones) and recomputes
 * every deadline with it, all in one transaction. A calendar that cannot be used is refused and
 * nothing changes.
 */
export function changeCalendar(store: Store, change: Partial<CalendarConfig>): RecomputeResult {
  const { db } = store;
  return db.transaction(() => {
    // From the stored values, unchecked: a damaged calendar can be mended this way.
    const given = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
    const calendar: CalendarConfig = { ...storedCalendar(db).calendar, ...given };
    const problem = calendarProblem(calendar);
    if (problem) throw new DomainError('invalid-input', problem);
    writeCalendar(db, calendar);
    return { calendar, ...recomputeIn(db, calendar) };
  }).immediate();
}
