// The charts' numbers, labelled once: the chart and its table show exactly the same rows.
import type { AgeBucketCount, DecisionDay } from '../../../shared/api/team';
import type { DecisionOutcome } from '../../../shared/domain/team-metrics';

export interface AgeRow {
  readonly label: string;
  readonly claims: number;
}

export function ageRows(buckets: readonly AgeBucketCount[]): AgeRow[] {
  return buckets.map((b) => ({
    label: b.max === null ? `${b.min}+ bd` : b.max === b.min ? `${b.min} bd` : `${b.min}–${b.max} bd`,
    claims: b.claims,
  }));
}

export const OUTCOME_LABELS: Readonly<Record<DecisionOutcome, string>> = {
  approved: 'Approved',
  'info-requested': 'Information requested',
  rejected: 'Rejected',
  'dispute-answered': 'Dispute answered',
};

/** Colours from the chart palette (theme.css), one per outcome. */
export const OUTCOME_COLOURS: Readonly<Record<DecisionOutcome, string>> = {
  approved: 'var(--chart-approved)',
  'info-requested': 'var(--chart-info-requested)',
  rejected: 'var(--chart-rejected)',
  'dispute-answered': 'var(--chart-dispute-answered)',
};

export const AGE_COLOURS = ['var(--chart-age-1)', 'var(--chart-age-2)', 'var(--chart-age-3)', 'var(--chart-age-4)', 'var(--chart-age-5)', 'var(--chart-age-6)'];

export interface DayRow extends DecisionDay {
  /** "Mon 16": the weekday first, whatever the locale puts first. */
  readonly label: string;
  /** "Monday 16 November 2026", for tables and tooltips. */
  readonly longLabel: string;
  readonly weekend: boolean;
}

// The dates are the business calendar's local dates: format them as dates, never as instants.
const weekdayName = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const long = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function dayRows(days: readonly DecisionDay[]): DayRow[] {
  return days.map((d) => {
    const date = new Date(`${d.date}T00:00:00Z`);
    const weekday = date.getUTCDay();
    return { ...d, label: `${weekdayName.format(date)} ${date.getUTCDate()}`, longLabel: long.format(date), weekend: weekday === 0 || weekday === 6 };
  });
}
