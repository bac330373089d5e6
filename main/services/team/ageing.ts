// The ageing histogram: open claims by business days since submission. Each bucket's lower bound
// becomes a cutoff instant (olderThanCutoff), so the store answers with comparisons only.
import type { AgeBucketCount } from '../../../shared/api/team';
import type { CalendarConfig } from '../../../shared/domain/calendar';
import { AGE_BUCKETS, OPEN_STATUSES, olderThanCutoff } from '../../../shared/domain/team-metrics';
import type { Db } from '../../store/open';
import { submittedBefore } from '../../store/team-counts';

export function ageingHistogram(db: Db, nowMs: number, cal: CalendarConfig): AgeBucketCount[] {
  const lowerBounds = AGE_BUCKETS.slice(1).map((b) => new Date(olderThanCutoff(b.min, nowMs, cal)).toISOString());
  const { total, before } = submittedBefore(db, OPEN_STATUSES, lowerBounds);
  // atLeast[i]: open claims at least AGE_BUCKETS[i].min business days old.
  const atLeast = [total, ...before, 0];
  return AGE_BUCKETS.map((b, i) => ({ min: b.min, max: b.max, claims: (atLeast[i] ?? 0) - (atLeast[i + 1] ?? 0) }));
}
