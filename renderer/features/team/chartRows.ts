// The charts' numbers, labelled once: the chart and its table show exactly the same rows, in the
// UI's language (made again on each render, so a switch of language relabels them).
import type { AgeBucketCount, DecisionDay } from '../../../shared/api/team';
import type { DecisionOutcome } from '../../../shared/domain/team-metrics';
import { i18n } from '../../i18n/i18n';
import { formatLongDay, formatWeekdayDay } from '../../i18n/format';

export interface AgeRow {
  readonly label: string;
  readonly claims: number;
}

function bucketLabel({ min, max }: AgeBucketCount): string {
  if (max === null) return i18n.t('team.ageing.bucket.over', { min });
  return max === min ? i18n.t('team.ageing.bucket.one', { min }) : i18n.t('team.ageing.bucket.range', { min, max });
}

export function ageRows(buckets: readonly AgeBucketCount[]): AgeRow[] {
  return buckets.map((b) => ({ label: bucketLabel(b), claims: b.claims }));
}

export const outcomeLabel = (outcome: DecisionOutcome): string => i18n.t(`team.decisions.outcome.${outcome}`);

/** Colours from the chart palette (theme.css, light and dark), one per outcome. */
export const OUTCOME_COLOURS: Readonly<Record<DecisionOutcome, string>> = {
  approved: 'var(--chart-approved)',
  'info-requested': 'var(--chart-info-requested)',
  rejected: 'var(--chart-rejected)',
  'dispute-answered': 'var(--chart-dispute-answered)',
};

export const AGE_COLOURS = ['var(--chart-age-1)', 'var(--chart-age-2)', 'var(--chart-age-3)', 'var(--chart-age-4)', 'var(--chart-age-5)', 'var(--chart-age-6)'];

export interface DayRow extends DecisionDay {
  /** "Mon 16" / "lun. 16": the weekday first, whatever the locale puts first. */
  readonly label: string;
  /** "Monday, November 16, 2026" / "lundi 16 novembre 2026", for tables and tooltips. */
  readonly longLabel: string;
  readonly weekend: boolean;
}

// The dates are the business calendar's local dates: format them as dates, never as instants.
export function dayRows(days: readonly DecisionDay[]): DayRow[] {
  return days.map((d) => {
    const weekday = new Date(`${d.date}T00:00:00Z`).getUTCDay();
    return { ...d, label: formatWeekdayDay(d.date), longLabel: formatLongDay(d.date), weekend: weekday === 0 || weekday === 6 };
  });
}
