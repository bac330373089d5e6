// Decisions per day and each reviewer's throughput, in the business calendar's days: a decision
// belongs to the local date it was taken on in the calendar's zone (the store's tallies count them so).
import type { DecisionDay } from '../../../shared/api/team';
import type { CalendarConfig } from '../../../shared/domain/calendar';
import type { Action } from '../../../shared/domain/codes';
import { businessDaysAfter, type LocalDate } from '../../../shared/domain/business-days';
import { addLocalDays, isoDate, localDateOfNumber } from '../../../shared/domain/local-days';
import { median, OUTCOME_OF_ACTION } from '../../../shared/domain/team-metrics';
import type { DecisionDayCount } from '../../store/team-tallies';

export interface ReviewerThroughput {
  decidedToday: number;
  decidedThisWeek: number;
  decidedInPeriod: number;
  /** Business days from submission to each decision of the period. */
  readonly waits: number[];
}

export interface Throughput {
  readonly perDay: DecisionDay[];
  readonly byReviewer: Map<string, ReviewerThroughput>;
}

export interface ThroughputDays {
  readonly today: LocalDate;
  readonly weekStart: LocalDate;
  readonly periodStart: LocalDate;
  readonly days: number;
}

export function emptyThroughput(): ReviewerThroughput {
  return { decidedToday: 0, decidedThisWeek: 0, decidedInPeriod: 0, waits: [] };
}

/** Each day number's date, worked out once: decisions share a few dozen of them. */
function localDays(): (day: number) => { readonly date: LocalDate; readonly iso: string } {
  const known = new Map<number, { date: LocalDate; iso: string }>();
  return (n) => {
    let day = known.get(n);
    if (!day) {
      const date = localDateOfNumber(n);
      day = { date, iso: isoDate(date) };
      known.set(n, day);
    }
    return day;
  };
}

export function throughput(decisions: readonly DecisionDayCount[], span: ThroughputDays, cal: CalendarConfig): Throughput {
  const dayOf = localDays();
  const perDay = Array.from({ length: span.days }, (_, i): DecisionDay => ({
    date: isoDate(addLocalDays(span.periodStart, i)),
    approved: 0,
    'info-requested': 0,
    rejected: 0,
    'dispute-answered': 0,
    total: 0,
  }));
  const dayIndex = new Map(perDay.map((d, i) => [d.date, i]));
  const today = isoDate(span.today);
  const weekStart = isoDate(span.weekStart);
  const byReviewer = new Map<string, ReviewerThroughput>();
  for (const d of decisions) {
    const outcome = OUTCOME_OF_ACTION[d.action as Action];
    if (!outcome) continue;
    const decided = dayOf(d.day);
    const date = decided.iso;
    const mine = byReviewer.get(d.actor) ?? emptyThroughput();
    byReviewer.set(d.actor, mine);
    if (date === today) mine.decidedToday += d.n;
    if (date >= weekStart) mine.decidedThisWeek += d.n;
    const i = dayIndex.get(date);
    if (i === undefined) continue;
    const day = perDay[i]!;
    day[outcome] += d.n;
    day.total += d.n;
    mine.decidedInPeriod += d.n;
    // As the reviewer target counts: business dates after the submission's, up to the decision's.
    // A submission time that cannot be read gives no wait.
    if (d.submittedDay < 0) continue;
    const wait = businessDaysAfter(cal.region, dayOf(d.submittedDay).date, decided.date);
    for (let k = 0; k < d.n; k++) mine.waits.push(wait);
  }
  return { perDay, byReviewer };
}

export function medianWait(t: ReviewerThroughput | undefined): number | null {
  return t ? median(t.waits) : null;
}
