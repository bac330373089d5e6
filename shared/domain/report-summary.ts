// The decision report's summary, built one row at a time as the rows stream past: counts and a
// histogram of business days, never the rows themselves, so a 100,000-decision export holds
// each row only while it is written.
import { ACTIONS, type Action } from './codes';
import type { ReportRow } from './report';

export interface ReviewerFigures {
  readonly reviewer: string;
  readonly decisions: number;
  /** Decisions measured against a reviewer clock, and how many of those were within it. */
  readonly measured: number;
  readonly withinSla: number;
}

export interface ReportSummary {
  readonly decisions: number;
  readonly firstDecidedAt: string | null;
  readonly lastDecidedAt: string | null;
  /** Most frequent first. */
  readonly byAction: readonly { readonly action: Action; readonly count: number }[];
  /** Reviewer-side decisions only (partners and customers are not reviewers); busiest first. */
  readonly byReviewer: readonly ReviewerFigures[];
  readonly withinSla: { readonly measured: number; readonly within: number; readonly share: number | null };
  /** Local days of the store's calendar that had decisions, in order. */
  readonly perDay: readonly { readonly date: string; readonly count: number }[];
  /** Median business days taken by the measured decisions. */
  readonly medianBusinessDays: number | null;
}

export interface SummaryBuilder {
  add(row: ReportRow): void;
  result(): ReportSummary;
}

/** The median of a histogram of whole numbers (value -> count). */
export function histogramMedian(histogram: ReadonlyMap<number, number>): number | null {
  let total = 0;
  for (const n of histogram.values()) total += n;
  if (total === 0) return null;
  const values = [...histogram.keys()].sort((a, b) => a - b);
  const valueAt = (rank: number): number => {
    let seen = 0;
    for (const v of values) {
      seen += histogram.get(v) ?? 0;
      if (seen > rank) return v;
    }
    return values[values.length - 1] ?? 0;
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

const bump = <K>(map: Map<K, number>, key: K): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

export function summaryBuilder(): SummaryBuilder {
  let decisions = 0;
  let first: string | null = null;
  let last: string | null = null;
  let measured = 0;
  let within = 0;
  const byAction = new Map<Action, number>();
  const reviewers = new Map<string, { decisions: number; measured: number; withinSla: number }>();
  const perDay = new Map<string, number>();
  const businessDays = new Map<number, number>();
  return {
    add(row) {
      decisions += 1;
      first ??= row.decidedAt;
      last = row.decidedAt;
      bump(byAction, row.action);
      // decidedAt carries the calendar's offset: its date part is the calendar's local day.
      bump(perDay, row.decidedAt.slice(0, 10));
      if (row.side === 'reviewer') {
        let r = reviewers.get(row.decidedBy);
        if (!r) reviewers.set(row.decidedBy, (r = { decisions: 0, measured: 0, withinSla: 0 }));
        r.decisions += 1;
        if (row.withinSla !== null) {
          r.measured += 1;
          if (row.withinSla) r.withinSla += 1;
        }
      }
      if (row.withinSla !== null) {
        measured += 1;
        if (row.withinSla) within += 1;
      }
      if (row.businessDays !== null) bump(businessDays, row.businessDays);
    },
    result() {
      return {
        decisions,
        firstDecidedAt: first,
        lastDecidedAt: last,
        byAction: ACTIONS.filter((a) => byAction.has(a))
          .map((action) => ({ action, count: byAction.get(action) ?? 0 }))
          .sort((a, b) => b.count - a.count),
        byReviewer: [...reviewers]
          .map(([reviewer, r]) => ({ reviewer, ...r }))
          .sort((a, b) => b.decisions - a.decisions || (a.reviewer < b.reviewer ? -1 : a.reviewer > b.reviewer ? 1 : 0)),
        withinSla: { measured, within, share: measured ? within / measured : null },
        perDay: [...perDay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, count]) => ({ date, count })),
        medianBusinessDays: histogramMedian(businessDays),
      };
    },
  };
}
