// Decisions per day as bars a chart can hold: every day of the span (days without decisions
// count as zero), grouped by week (from Monday) or month when there are too many days for one
// bar each.
export type BinUnit = 'day' | 'week' | 'month';

export interface Bin {
  /** The first day the bar covers, YYYY-MM-DD. */
  readonly start: string;
  readonly count: number;
}

export interface Bins {
  readonly unit: BinUnit;
  readonly bins: readonly Bin[];
}

const DAY = 86_400_000;
const dayMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function binStart(ms: number, unit: BinUnit): number {
  if (unit === 'day') return ms;
  const d = new Date(ms);
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return ms - ((d.getUTCDay() + 6) % 7) * DAY; // back to Monday
}

function nextBin(ms: number, unit: BinUnit): number {
  if (unit === 'day') return ms + DAY;
  if (unit === 'week') return ms + 7 * DAY;
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * Bars from `first` to `last` (the period, or the first and last days with decisions), the finest
 * unit that needs at most `maxBars` bars.
 */
export function binPerDay(perDay: readonly { date: string; count: number }[], first: string, last: string, maxBars = 62): Bins {
  const span = Math.round((dayMs(last) - dayMs(first)) / DAY) + 1;
  const unit: BinUnit = span <= maxBars ? 'day' : span <= maxBars * 7 ? 'week' : 'month';
  const counts = new Map<number, number>();
  for (const { date, count } of perDay) {
    const start = binStart(dayMs(date), unit);
    counts.set(start, (counts.get(start) ?? 0) + count);
  }
  const bins: Bin[] = [];
  for (let ms = binStart(dayMs(first), unit); ms <= dayMs(last); ms = nextBin(ms, unit)) bins.push({ start: dateOf(ms), count: counts.get(ms) ?? 0 });
  return { unit, bins };
}
