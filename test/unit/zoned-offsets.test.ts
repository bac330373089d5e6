// The cached zone offsets of shared/domain/zoned.ts against luxon's, on every day a zone's offset
// changes from 2009 to 2034: every ten minutes of the day and a millisecond either side of the
// change. A day with a change is cached as the instant of the change, so those days are where the
// cache could be wrong; the zones change at midnight, by half an hour, twice a year or skip a date.
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DAY, zoneInfo } from '../../shared/domain/zoned';

const ZONES = ['America/Los_Angeles', 'Europe/Paris', 'Australia/Lord_Howe', 'America/Santiago', 'America/Havana', 'Asia/Beirut', 'Africa/Cairo', 'Pacific/Apia', 'America/St_Johns', 'Asia/Tehran'];
const FIRST_DAY = Date.UTC(2009, 0, 1) / DAY;
const LAST_DAY = Date.UTC(2034, 11, 31) / DAY;
const TEN_MINUTES = 600_000;

function changeDays(luxon: IANAZone): number[] {
  const days: number[] = [];
  for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
    if (luxon.offset(day * DAY) !== luxon.offset(day * DAY + DAY - 1)) days.push(day);
  }
  return days;
}

/** The first millisecond of the day at which luxon gives another offset than at its start. */
function changeAt(luxon: IANAZone, day: number): number {
  let lo = day * DAY;
  let hi = day * DAY + DAY - 1;
  const before = luxon.offset(lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (luxon.offset(mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

describe('cached zone offsets', () => {
  it.each(ZONES)('are luxon\u2019s on every day %s changes its offset', (name) => {
    const luxon = IANAZone.create(name);
    const days = changeDays(luxon);
    expect(days.length).toBeGreaterThan(10);
    const cached = zoneInfo(name)!;
    const wrong: string[] = [];
    for (const day of days) {
      const at = changeAt(luxon, day);
      const instants = [at - 1, at, at + 1, day * DAY + DAY - 1];
      for (let ms = day * DAY; ms < day * DAY + DAY; ms += TEN_MINUTES) instants.push(ms);
      for (const ms of instants) {
        if (cached.offset(ms) !== luxon.offset(ms)) wrong.push(`${new Date(ms).toISOString()}: ${cached.offset(ms)} != ${luxon.offset(ms)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
