// The claims' stored deadline columns, read and rewritten in bulk: after a change of calendar (or
// of the arithmetic) services/sla-recompute.ts computes them again from each claim's status,
// status_since and policy, and only the rows that differ are written.
import type { ClaimRow } from './claim-row';
import type { Db } from './db';
import { stmt } from './statements';

export const SLA_COLUMNS = ['sla_clock', 'sla_due_at', 'sla_due_ms', 'sla_at_risk_ms', 'sla_waiting', 'sla_sort_ms'] as const;
type SlaColumn = (typeof SLA_COLUMNS)[number];

/** What a claim's deadline is computed from, and the deadline stored. */
export type DeadlineRow = Pick<ClaimRow, 'id' | 'status' | 'policy' | 'status_since' | SlaColumn>;

/** A claim's new deadline columns. */
export type DeadlineChange = Pick<ClaimRow, 'id' | SlaColumn>;

// Past this many rewritten claims, the indexes holding deadline columns are dropped and built
// again after the writes: one sorted build each instead of a delete and an insert per claim in
// eight indexes (a new calendar at 100,000 claims: 1.4 s instead of 3 to 5).
const REBUILD_INDEXES_FROM = 5_000;

export function readDeadlines(db: Db): DeadlineRow[] {
  return stmt<[], DeadlineRow>(db, `SELECT id, status, policy, status_since, ${SLA_COLUMNS.join(', ')} FROM claims`).all();
}

/** Rewrites the deadline columns of the claims given. Call inside a transaction. */
export function writeDeadlines(db: Db, changes: readonly DeadlineChange[]): void {
  withoutDeadlineIndexes(db, changes.length >= REBUILD_INDEXES_FROM, () => {
    const update = stmt(db, `UPDATE claims SET ${SLA_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
    for (const change of changes) update.run(change);
  });
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
