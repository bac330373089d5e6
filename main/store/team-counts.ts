// Aggregates over claims for the team lead's view, answered from covering indexes (migrations 4
// and 7): nothing here reads a claim row, so they stay quick at 100,000 claims.
import type { Status } from '../../shared/domain/codes';
import { AT_RISK_HORIZON_MS } from './claims-table';
import type { Db } from './db';
import { stmt } from './statements';

export interface StatusCount {
  readonly status: Status;
  readonly assignee: string | null;
  readonly n: number;
}

/** Claims by status and assignee (claims_by_assignee_status_sla, read in order: no sort). */
export function statusCounts(db: Db): StatusCount[] {
  return stmt<[], StatusCount>(db, 'SELECT status, assignee, count(*) AS n FROM claims GROUP BY status, assignee').all();
}

export interface SlaCount {
  readonly state: 'breached' | 'at-risk' | 'paused';
  /** Per assignee for the urgent states; null (everyone) for paused. */
  readonly assignee: string | null;
  readonly n: number;
}

// Each SLA state is a range on claims_by_waiting_sla, exactly as queryQueue's filter reads it
// (breached before now; at risk from now on once the at-risk instant has passed; paused while
// the clock runs against someone else), so these counts and the queue's agree claim for claim.
// On track is the rest of the running clocks; the caller derives it from the status counts.
export const SLA_COUNTS = `
  SELECT 'breached' AS state, assignee, count(*) AS n FROM claims
    WHERE sla_waiting = 0 AND sla_sort_ms < @now GROUP BY assignee
  UNION ALL
  SELECT 'at-risk', assignee, count(*) FROM claims
    WHERE sla_waiting = 0 AND sla_sort_ms >= @now AND sla_sort_ms < @riskHorizon AND sla_at_risk_ms <= @now GROUP BY assignee
  UNION ALL
  SELECT 'paused', NULL, count(*) FROM claims WHERE sla_waiting = 1`;

export function slaCounts(db: Db, nowMs: number): SlaCount[] {
  return stmt<[{ now: number; riskHorizon: number }], SlaCount>(db, SLA_COUNTS).all({ now: nowMs, riskHorizon: nowMs + AT_RISK_HORIZON_MS });
}

/**
 * Claims in the given statuses, and how many of them were submitted before each cutoff (ISO
 * instants as stored: UTC, so text order is time order). claims_by_status_submitted covers it.
 */
export function submittedBefore(db: Db, statuses: readonly Status[], cutoffs: readonly string[]): { total: number; before: number[] } {
  const sums = cutoffs.map((_, i) => `, sum(submitted_at < @c${i}) AS b${i}`).join('');
  const sql = `SELECT count(*) AS total${sums} FROM claims WHERE status IN (SELECT value FROM json_each(@statuses))`;
  const params: Record<string, string> = { statuses: JSON.stringify(statuses) };
  cutoffs.forEach((c, i) => (params[`c${i}`] = c));
  const row = stmt<[Record<string, string>], Record<string, number | null>>(db, sql).get(params) ?? {};
  return { total: row.total ?? 0, before: cutoffs.map((_, i) => row[`b${i}`] ?? 0) };
}
