// The team lead's business-day arithmetic from the ordinal tables agrees with the day-by-day walk.
import { describe, expect, it } from 'vitest';
import { businessDaysAfter, nthBusinessDayOnOrBefore } from '../../shared/domain/business-days';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import { isoDate, localDateOf, startOfLocalDay, startOfLocalWeek } from '../../shared/domain/local-days';
import { businessDaysBetween } from '../../shared/domain/sla';
import { median, olderThanCutoff } from '../../shared/domain/team-metrics';

const DAY = 86_400_000;
const date = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
};

describe('team metrics', () => {
  it('counts business days between two dates as the walk does, across holidays and years', () => {
    const start = Date.parse('2025-12-01T12:00:00Z');
    for (let i = 0; i < 60; i++) {
      const from = new Date(start + i * 3 * DAY).toISOString();
      for (const span of [0, 1, 6, 40, 400]) {
        const to = new Date(Date.parse(from) + span * DAY).toISOString();
        const fast = businessDaysAfter('US', localDateOf(Date.parse(from), 'America/Los_Angeles'), localDateOf(Date.parse(to), 'America/Los_Angeles'));
        expect(fast, `${from} -> ${to}`).toBe(businessDaysBetween(from, to, DEFAULT_CALENDAR));
      }
    }
    expect(businessDaysAfter('US', date('2026-11-18'), date('2026-11-09'))).toBe(0);
  });

  it('finds the n-th business day counting back, skipping weekends, holidays and year ends', () => {
    expect(isoDate(nthBusinessDayOnOrBefore('US', date('2026-11-18'), 1))).toBe('2026-11-18');
    expect(isoDate(nthBusinessDayOnOrBefore('US', date('2026-11-15'), 1))).toBe('2026-11-13'); // a Sunday
    expect(isoDate(nthBusinessDayOnOrBefore('US', date('2026-11-18'), 6))).toBe('2026-11-10'); // the 11th is Veterans Day
    expect(isoDate(nthBusinessDayOnOrBefore('US', date('2026-01-05'), 3))).toBe('2025-12-31'); // 1 January is a holiday
  });

  it('places the ageing cutoffs at the start of a business day in the calendar zone', () => {
    const now = Date.parse('2026-11-18T20:00:00Z');
    // At least 2 business days old: submitted before Tuesday the 17th began in Los Angeles.
    expect(new Date(olderThanCutoff(2, now, DEFAULT_CALENDAR)).toISOString()).toBe('2026-11-17T08:00:00.000Z');
    expect(olderThanCutoff(0, now, DEFAULT_CALENDAR)).toBe(Number.POSITIVE_INFINITY);
    // A claim exactly at a cutoff is younger; a millisecond before, old enough.
    const cutoff = olderThanCutoff(6, now, DEFAULT_CALENDAR);
    expect(businessDaysBetween(new Date(cutoff).toISOString(), new Date(now).toISOString(), DEFAULT_CALENDAR)).toBe(5);
    expect(businessDaysBetween(new Date(cutoff - 1).toISOString(), new Date(now).toISOString(), DEFAULT_CALENDAR)).toBe(6);
  });

  it('knows local days and weeks across a daylight-saving change', () => {
    expect(isoDate(localDateOf(Date.parse('2026-11-17T06:00:00Z'), 'America/Los_Angeles'))).toBe('2026-11-16');
    expect(new Date(startOfLocalDay(date('2026-11-01'), 'America/Los_Angeles')).toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect(new Date(startOfLocalDay(date('2026-11-02'), 'America/Los_Angeles')).toISOString()).toBe('2026-11-02T08:00:00.000Z');
    expect(isoDate(startOfLocalWeek(date('2026-11-22')))).toBe('2026-11-16');
    expect(isoDate(startOfLocalWeek(date('2026-11-16')))).toBe('2026-11-16');
  });

  it('takes the median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([7, 1, 4])).toBe(4);
    expect(median([6, 4, 1, 9])).toBe(5);
  });
});
