// The SLA counts of the team lead's view: they move with the clock, so the part that does (today's
// deadlines, the at-risk window) is counted when asked from a covering index, the rest read from
// a tally kept by the writes (migration 16). Nothing here reads a claim row.
import { AT_RISK_HORIZON_MS } from './claims-table';
import type { Db } from './db';
import { stmt } from './statements';

export interface SlaCount {
  readonly state: 'breached' | 'at-risk' | 'paused';
  /** Per assignee for the urgent states; null (everyone) for paused. */
  readonly assignee: string | null;
  readonly n: number;
}

// Each SLA state is a range on the deadlines, exactly as queryQueue's filter reads it (breached
// before now; at risk from now on once the at-risk instant has passed; paused while the clock runs
// against someone else), so these counts and the queue's agree claim for claim. Breached and paused
// are most claims: the deadlines of days before today are read from sla_day_tally (migration 16),
// today's are counted on claims_by_waiting_sla. At risk is a short range ahead of now, counted there.
// On track is the rest of the running clocks; the caller derives it from the status counts.
export const SLA_COUNTS = `
  SELECT 'breached' AS state, assignee, sum(n) AS n FROM (
    SELECT nullif(assignee, '') AS assignee, n FROM sla_day_tally WHERE waiting = 0 AND day < @today
    UNION ALL
    SELECT assignee, count(*) FROM claims WHERE sla_waiting = 0 AND sla_sort_ms >= @todayStart AND sla_sort_ms < @now GROUP BY assignee
  ) GROUP BY assignee
  UNION ALL
  SELECT 'at-risk', assignee, count(*) FROM claims
    WHERE sla_waiting = 0 AND sla_sort_ms >= @now AND sla_sort_ms < @riskHorizon AND sla_at_risk_ms <= @now GROUP BY assignee
  UNION ALL
  SELECT 'paused', NULL, coalesce(sum(n), 0) FROM sla_day_tally WHERE waiting = 1`;

const DAY_MS = 86_400_000;

export function slaCounts(db: Db, nowMs: number): SlaCount[] {
  const today = Math.floor(nowMs / DAY_MS);
  return stmt<[{ now: number; riskHorizon: number; today: number; todayStart: number }], SlaCount>(db, SLA_COUNTS).all({
    now: nowMs,
    riskHorizon: nowMs + AT_RISK_HORIZON_MS,
    today,
    todayStart: today * DAY_MS,
  });
}
