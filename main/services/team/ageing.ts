// The ageing histogram: open claims by business days since submission. Each bucket's lower bound
// becomes a cutoff day (olderThanDay), and the store's tally of open claims by local day of
// submission answers every bucket at once, however many claims there are.
import type { AgeBucketCount } from '../../../shared/api/team';
import type { CalendarConfig } from '../../../shared/domain/calendar';
import { AGE_BUCKETS, OPEN_STATUSES, olderThanDay } from '../../../shared/domain/team-metrics';
import type { Db } from '../../store/open';
import { submittedDays } from '../../store/team-tallies';

export function ageingHistogram(db: Db, nowMs: number, cal: CalendarConfig): AgeBucketCount[] {
  const cutoffs = AGE_BUCKETS.slice(1).map((b) => olderThanDay(b.min, nowMs, cal));
  const days = submittedDays(db, OPEN_STATUSES);
  // atLeast[i]: open claims at least AGE_BUCKETS[i].min business days old.
  const atLeast = [days.reduce((sum, d) => sum + d.n, 0), ...cutoffs.map((cut) => days.reduce((sum, d) => (d.day < cut ? sum + d.n : sum), 0)), 0];
  return AGE_BUCKETS.map((b, i) => ({ min: b.min, max: b.max, claims: (atLeast[i] ?? 0) - (atLeast[i + 1] ?? 0) }));
}
