// The decision report (docs/product.md "Reports"): one row per decision, for a period and
// filters, with the time the decision took against the SLA clock it answered.
//
// "Business days taken" and "within SLA" measure the reviewers' SLA, decision by decision:
// - The clock is the one the claim's status ran when the decision was taken (CLOCK_FOR_STATUS of
//   the status it was decided from, under the claim's policy): review start for a start-review,
//   the decision clock for an approve, request-info or reject, the dispute answer for an uphold
//   or overturn.
// - It started when the claim entered that status: the claim's status_since as the decision found
//   it, kept with the decision (an import's statusSince, an earlier decision's time, or a time
//   transition's effectiveAt), exactly the start the live SLA used.
// - Business days taken: business days d with start's local date < d <= the decision's local
//   date, in the store's calendar (the same count as "N business days from T": a decision on
//   the N-th business day after the start took N).
// - Within SLA: decided at or before the clock's due time (the live deadline arithmetic).
// Both are null when no reviewer clock ran against the decider: partner and customer actions
// (resubmit, dispute, withdraw, customer decline), and reviewer actions taken while the claim
// waited on someone else (a disassociation during the consent window). Those clocks run against
// the partner or customer, and time transitions close them first, so they would always read
// "within" and say nothing about the reviewer.
import { DateTime } from 'luxon';
import type { CalendarConfig } from './calendar';
import type { Action, Clock, PolicyId, ProductFamily, Side, Status } from './codes';
import { TRANSITIONS } from './lifecycle';
import { CLOCK_FOR_STATUS, POLICIES, WAITING_CLOCKS } from './policy';
import { businessDaysBetweenByWalking, businessDaysFromTables, type CalendarTime, calendarTime, clockDue } from './sla';

export const REPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Which decisions a report holds. Days are local days of the store's calendar, both included.
 * `status` is the status the decision put the claim in (its outcome: "what did we reject in
 * March"); `action` narrows further; `reviewer` is who decided (any side).
 */
export interface ReportFilters {
  readonly from?: string | undefined; // YYYY-MM-DD
  readonly to?: string | undefined; // YYYY-MM-DD
  readonly reviewer?: string | undefined;
  readonly status?: Status | undefined;
  readonly productFamily?: ProductFamily | undefined;
  readonly policy?: PolicyId | undefined;
  readonly action?: Action | undefined;
}

export interface ReportRow {
  readonly decisionId: number;
  readonly claimId: string;
  readonly partnerMpnId: string;
  readonly partnerName: string;
  readonly customerTenantId: string;
  readonly customerName: string;
  readonly productFamily: ProductFamily;
  readonly products: readonly string[];
  readonly policy: PolicyId;
  readonly action: Action;
  readonly fromStatus: Status;
  readonly toStatus: Status;
  readonly side: Side;
  readonly decidedBy: string;
  /** ISO-8601 with the calendar's offset. */
  readonly decidedAt: string;
  /** The rejection reason code given with the decision. */
  readonly reason: string | null;
  readonly deficiencies: readonly string[];
  /** The message to the partner (or the answer to a dispute) recorded with the decision. */
  readonly message: string | null;
  /** Why an approval went ahead with deficiencies open. */
  readonly override: string | null;
  readonly clock: Clock | null;
  readonly clockStartedAt: string | null;
  readonly dueAt: string | null;
  readonly businessDays: number | null;
  readonly withinSla: boolean | null;
}

export interface DecisionTiming {
  readonly clock: Clock;
  readonly startedAt: string;
  /** startedAt as calendarTime reads it. */
  readonly started: CalendarTime;
  readonly dueAt: string;
  readonly businessDays: number;
  readonly withinSla: boolean;
}

export interface TimedDecision {
  readonly action: Action;
  readonly fromStatus: Status;
  readonly policy: PolicyId;
  readonly decidedAt: string;
  /** When the claim entered fromStatus; null when its history cannot say. */
  readonly enteredAt: string | null;
  /** decidedAt as calendarTime reads it, when the caller has read it already. */
  readonly decided?: CalendarTime;
}

/**
 * The reviewer clock a decision answered, or null when none ran against the decider (see the
 * top). A timer per report: a business-day deadline depends only on its start's local date (and,
 * on a day the clocks change, its offset), so each is computed once per date, not per decision.
 */
export function decisionTimer(cal: CalendarConfig): (d: TimedDecision) => DecisionTiming | null {
  // A clock's due time depends on its start only through the start's local date and offset
  // (business-day clocks): one answer per clock, policy, date and offset. Looked up by clock, then
  // policy (codes, hashed once), then a number: a key joined from them would be a new string to
  // hash for every decision.
  const dues = new Map<Clock, Map<PolicyId, Map<number, { readonly iso: string; readonly ms: number }>>>();
  return (d) => {
    const clock = CLOCK_FOR_STATUS[d.fromStatus];
    if (!clock || !d.enteredAt || WAITING_CLOCKS.has(clock) || TRANSITIONS[d.action].side !== 'reviewer') return null;
    const start = calendarTime(d.enteredAt, cal);
    const end = d.decided ?? calendarTime(d.decidedAt, cal);
    let due: { readonly iso: string; readonly ms: number } | undefined;
    if (POLICIES[d.policy].timings[clock].unit === 'business-days') {
      let byPolicy = dues.get(clock);
      if (!byPolicy) {
        byPolicy = new Map();
        dues.set(clock, byPolicy);
      }
      let byStart = byPolicy.get(d.policy);
      if (!byStart) {
        byStart = new Map();
        byPolicy.set(d.policy, byStart);
      }
      // Days since 1970 and the offset (within ±18 hours, ±1,080 minutes) in one small integer.
      const key = start.dayNumber * 4096 + start.offset + 2048;
      due = byStart.get(key);
      if (!due) {
        due = clockDue(clock, d.policy, d.enteredAt, cal);
        byStart.set(key, due);
      }
    } else {
      due = clockDue(clock, d.policy, d.enteredAt, cal);
    }
    return {
      clock,
      startedAt: d.enteredAt,
      started: start,
      dueAt: due.iso,
      businessDays: businessDaysFromTables(start, end, cal) ?? businessDaysBetweenByWalking(d.enteredAt, d.decidedAt, cal),
      withinSla: end.ms <= due.ms,
    };
  };
}

/**
 * The period as stored instants (UTC, Date#toISOString form, which sorts as time): from the start
 * of `from` in the calendar's zone, up to (not including) the start of the day after `to`.
 */
export function periodBounds(filters: Pick<ReportFilters, 'from' | 'to'>, cal: CalendarConfig): { readonly fromIso: string | null; readonly toIso: string | null } {
  const startOf = (date: string, plusDays: number): string => {
    const day = DateTime.fromISO(date, { zone: cal.timeZone }).startOf('day').plus({ days: plusDays });
    if (!day.isValid) throw new Error(`not a date: "${date}"`);
    return new Date(day.toMillis()).toISOString();
  };
  return { fromIso: filters.from ? startOf(filters.from, 0) : null, toIso: filters.to ? startOf(filters.to, 1) : null };
}
