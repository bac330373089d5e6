// The SLA counts of the team lead's view: they move with the clock, so the part that does (today's
// deadlines, the at-risk window) is counted when asked from a covering index, the rest read from
// a tally kept by the writes (migration 16). Nothing here reads a claim row.
import { AT_RISK_HORIZON_MS, type QueueFilter } from './claims-table';
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

// The same ranges as SLA_COUNTS, for everyone at once: no grouping by assignee.
const BREACHED_TOTAL = `
  SELECT (SELECT coalesce(sum(n), 0) FROM sla_day_tally WHERE waiting = 0 AND day < @today)
    + (SELECT count(*) FROM claims WHERE sla_waiting = 0 AND sla_sort_ms >= @todayStart AND sla_sort_ms < @now)`;
const AT_RISK_TOTAL = `
  SELECT count(*) FROM claims WHERE sla_waiting = 0 AND sla_sort_ms >= @now AND sla_sort_ms < @riskHorizon AND sla_at_risk_ms <= @now`;

/**
 * How many claims a queue filter on urgent SLA states alone matches (breached, at risk, nothing
 * else named), read as the counts above are instead of counting the matching rows: the total of a
 * queue page of every breached claim would otherwise count tens of thousands of index entries.
 * Undefined for any other filter, which the page query counts itself (an assignee's claims are few).
 */
export function urgentSlaTotal(db: Db, filter: QueueFilter, nowMs: number): number | undefined {
  const { sla, ...others } = filter;
  const named = Object.values(others).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'string' && v.trim() === ''));
  if (named || !sla?.length || sla.some((s) => s !== 'breached' && s !== 'at-risk')) return undefined;
  const today = Math.floor(nowMs / DAY_MS);
  let n = 0;
  if (sla.includes('breached')) n += stmt<[{ now: number; today: number; todayStart: number }], number>(db, BREACHED_TOTAL).pluck().get({ now: nowMs, today, todayStart: today * DAY_MS }) ?? 0;
  if (sla.includes('at-risk')) n += stmt<[{ now: number; riskHorizon: number }], number>(db, AT_RISK_TOTAL).pluck().get({ now: nowMs, riskHorizon: nowMs + AT_RISK_HORIZON_MS }) ?? 0;
  return n;
}
