// A time zone's offsets as spans (from an instant on, this offset), so that a store can find an
// instant's local day with one ordered look-up instead of a time-zone library. Each transition is
// found to the second by halving the week it falls in.
import { zoneInfo } from './zoned';

export interface OffsetSpan {
  /** From this instant (ms since 1970, UTC) until the next span's. */
  readonly fromMs: number;
  /** The zone's offset from UTC, in ms. */
  readonly offsetMs: number;
}

const WEEK = 7 * 86_400_000;

/** The zone's spans over [fromMs, toMs): the first from `fromMs`, one more at each change of offset. */
export function zoneOffsetSpans(timeZone: string, fromMs: number, toMs: number): OffsetSpan[] {
  const zone = zoneInfo(timeZone);
  if (!zone) throw new Error(`unknown time zone "${timeZone}"`);
  const offsetAt = (ms: number) => zone.offset(ms) * 60_000;
  const spans: OffsetSpan[] = [{ fromMs, offsetMs: offsetAt(fromMs) }];
  // Zones change their offset at most a few times a year, never twice in a week.
  for (let start = fromMs; start < toMs; start += WEEK) {
    const end = Math.min(start + WEEK, toMs);
    const before = offsetAt(start);
    if (offsetAt(end) === before) continue;
    let lo = start;
    let hi = end;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetAt(mid) === before) lo = mid;
      else hi = mid;
    }
    spans.push({ fromMs: hi, offsetMs: offsetAt(hi) });
  }
  return spans;
}

/** The local day (days since 1970-01-01 in the zone) of an instant, read from the spans. */
export function localDayFromSpans(spans: readonly OffsetSpan[], ms: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  if (hi < 0 || ms < spans[0]!.fromMs) return Math.floor(ms / 86_400_000);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.fromMs <= ms) lo = mid;
    else hi = mid - 1;
  }
  return Math.floor((ms + spans[lo]!.offsetMs) / 86_400_000);
}
