// What the team lead's view counts (docs/product.md "Team lead view"), as rules rather than queries:
// which claims are open work, which actions are decisions, the ageing buckets and their cutoffs.
// Pure: the store supplies instants and the calendar.
import { nthBusinessDayOnOrBefore } from './business-days';
import type { CalendarConfig } from './calendar';
import type { Action, Status } from './codes';
import { localDateOf, localDayNumber, startOfLocalDay } from './local-days';

/** Claims still in review work: a reviewer or the partner owes the next step. */
export const OPEN_STATUSES: readonly Status[] = ['submitted', 'under-review', 'partner-action-required', 'disputed'];

export const DECISION_OUTCOMES = ['approved', 'info-requested', 'rejected', 'dispute-answered'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/**
 * A reviewer's decisions and what each settles. Starting a review is work begun, not a decision;
 * a disassociation ends the association (Rejected final), so it counts with the rejections.
 */
export const OUTCOME_OF_ACTION: Readonly<Partial<Record<Action, DecisionOutcome>>> = {
  approve: 'approved',
  'request-info': 'info-requested',
  reject: 'rejected',
  disassociate: 'rejected',
  'uphold-rejection': 'dispute-answered',
  'overturn-rejection': 'dispute-answered',
};

export const DECIDING_ACTIONS = Object.keys(OUTCOME_OF_ACTION) as Action[];

/** An ageing bucket: open claims whose age in business days since submission is in [min, max]. */
export interface AgeBucket {
  readonly min: number;
  /** null: no upper bound. */
  readonly max: number | null;
}

export const AGE_BUCKETS: readonly AgeBucket[] = [
  { min: 0, max: 1 },
  { min: 2, max: 3 },
  { min: 4, max: 5 },
  { min: 6, max: 10 },
  { min: 11, max: 20 },
  { min: 21, max: null },
];

/**
 * The instant before which a claim submitted is at least `days` business days old at `nowMs`:
 * the start of the `days`-th business day counting back from today. Ageing then needs only
 * comparisons on the stored submission time, however many claims there are.
 */
export function olderThanCutoff(days: number, nowMs: number, cal: CalendarConfig): number {
  if (days <= 0) return Number.POSITIVE_INFINITY;
  const day = nthBusinessDayOnOrBefore(cal.region, localDateOf(nowMs, cal.timeZone), days);
  return startOfLocalDay(day, cal.timeZone);
}

/**
 * The same cutoff as a local day number (days since 1970 in the calendar's zone): a claim
 * submitted on an earlier local day is at least `days` business days old.
 */
export function olderThanDay(days: number, nowMs: number, cal: CalendarConfig): number {
  if (days <= 0) return Number.POSITIVE_INFINITY;
  return localDayNumber(nthBusinessDayOnOrBefore(cal.region, localDateOf(nowMs, cal.timeZone), days));
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
