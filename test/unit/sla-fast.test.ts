// The fast deadline arithmetic (ordinal tables, cached offsets, no luxon objects) against the
// definition walked day by day with luxon, over random instants, regions, zones and closing times.
// The zones include DST changes at midnight (Santiago, Havana, Beirut, Asuncion), on weekdays
// (Cairo), by half an hour (Lord Howe) and a zone that skipped a whole date (Apia, 30 Dec 2011).
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { CalendarConfig } from '../../shared/domain/calendar';
import { CLOCKS, POLICY_IDS, type Clock, type PolicyId } from '../../shared/domain/codes';
import { POLICIES } from '../../shared/domain/policy';
import {
  addBusinessDays,
  addBusinessDaysByWalking,
  addBusinessDaysFromTables,
  addCalendarDays,
  businessDaysBetween,
  businessDaysBetweenByWalking,
  clockDeadline,
  inCalendarZone,
  isoOf,
} from '../../shared/domain/sla';

const ZONES = [
  'America/Los_Angeles', 'America/New_York', 'Europe/Paris', 'Europe/London', 'Asia/Tokyo', 'Asia/Kolkata',
  'Australia/Lord_Howe', 'America/Santiago', 'America/Havana', 'Asia/Beirut', 'Africa/Cairo', 'America/Asuncion',
  'Asia/Tehran', 'Pacific/Chatham', 'America/St_Johns', 'Pacific/Apia', 'Pacific/Kiritimati', 'Etc/GMT+12', 'UTC',
];
const REGIONS = ['US', 'US-CA', 'FR', 'DE', 'GB', 'JP', 'BR', 'AU-NSW', 'IL', 'EG', 'CL', 'IN'];
const FROM = Date.UTC(2009, 0, 1);
const TO = Date.UTC(2034, 11, 31);

const calendar: fc.Arbitrary<CalendarConfig> = fc.record({
  region: fc.constantFrom(...REGIONS),
  timeZone: fc.constantFrom(...ZONES),
  closing: fc
    .tuple(fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 1, 2, 3, 17, 23)), fc.constantFrom(0, 15, 30, 59))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
});

/** The ways a start time reaches the arithmetic: Date#toISOString, an offset form, odd forms. */
const startIso = fc
  .tuple(fc.integer({ min: FROM, max: TO }), fc.constantFrom(...ZONES), fc.constantFrom('utc', 'offset', 'seconds', 'minutes'))
  .map(([ms, zone, shape]) => {
    const dt = DateTime.fromMillis(ms, { zone });
    if (shape === 'utc') return new Date(ms).toISOString();
    if (shape === 'offset') return dt.toISO() ?? '';
    if (shape === 'seconds') return dt.toISO({ suppressMilliseconds: true }) ?? '';
    return dt.toISO({ suppressSeconds: true, includeOffset: true }) ?? '';
  });

const count = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 15 }), weight: 4 }, { arbitrary: fc.integer({ min: 16, max: 300 }), weight: 1 });

/** clockDeadline as it was written before the fast path: luxon all the way. */
function clockDeadlineByWalking(clock: Clock, policy: PolicyId, startedAt: string, cal: CalendarConfig) {
  const d = POLICIES[policy].timings[clock];
  const start = DateTime.fromISO(startedAt, { setZone: true }).setZone(cal.timeZone);
  const due = d.unit === 'business-days' ? addBusinessDaysByWalking(startedAt, d.amount, cal) : start.plus({ days: d.amount });
  const atRisk = d.unit === 'business-days' && d.amount > 0 ? addBusinessDaysByWalking(startedAt, d.amount - 1, cal) : due.minus({ days: 1 });
  return { dueAt: isoOf(due), atRiskAt: isoOf(atRisk < start ? start : atRisk) };
}

describe('fast business-day arithmetic', () => {
  it('gives the walk\'s answer for every start, count, region, zone and closing time', () => {
    let fromTables = 0;
    let runs = 0;
    fc.assert(
      fc.property(startIso, count, calendar, (from, n, cal) => {
        const expected = addBusinessDaysByWalking(from, n, cal).toISO();
        expect(addBusinessDays(from, n, cal).toISO()).toBe(expected);
        const fast = addBusinessDaysFromTables(from, n, cal);
        runs += 1;
        if (fast) {
          fromTables += 1;
          expect(fast.toISO()).toBe(expected);
        }
      }),
      { numRuns: 3000 },
    );
    // The walk is the exception (a DST change or an odd ISO form next to the deadline).
    expect(fromTables / runs).toBeGreaterThan(0.9);
  });

  it('serves plain starts in the default calendar from the tables', () => {
    const us = { region: 'US', timeZone: 'America/Los_Angeles', closing: '17:00' };
    fc.assert(
      // n >= 1: the due day is then a business day, never the Sunday of a DST change, which the
      // tables rightly leave to the walk (n = 0 lands on the start day itself, whatever it is).
      fc.property(fc.integer({ min: FROM, max: TO }), fc.integer({ min: 1, max: 40 }), (ms, n) => {
        const from = new Date(ms).toISOString();
        expect(addBusinessDaysFromTables(from, n, us)?.toISO()).toBe(addBusinessDaysByWalking(from, n, us).toISO());
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the old clock deadlines and calendar-day sums', () => {
    fc.assert(
      fc.property(startIso, calendar, fc.constantFrom(...CLOCKS), fc.constantFrom(...POLICY_IDS), fc.integer({ min: -3, max: 60 }), (from, cal, clock, policy, days) => {
        const { dueAt, atRiskAt } = clockDeadline(clock, policy, from, cal);
        expect({ dueAt, atRiskAt }).toEqual(clockDeadlineByWalking(clock, policy, from, cal));
        const start = DateTime.fromISO(from, { setZone: true }).setZone(cal.timeZone);
        expect(addCalendarDays(from, days, cal).toISO()).toBe(start.plus({ days }).toISO());
      }),
      { numRuns: 2000 },
    );
  });

  it('reads and writes times in the calendar\'s zone as luxon does', () => {
    fc.assert(
      fc.property(startIso, calendar, (iso, cal) => {
        expect(inCalendarZone(iso, cal)).toBe(isoOf(DateTime.fromISO(iso, { setZone: true }).setZone(cal.timeZone)));
      }),
      { numRuns: 2000 },
    );
    // Stored times that are not times are refused, not read as another day.
    for (const bad of ['2026-02-30T10:00:00.000Z', '2026-13-01T10:00:00.000Z', '2026-01-0xT10:00:00.000Z']) {
      expect(() => inCalendarZone(bad, { region: 'US', timeZone: 'UTC', closing: '17:00' }), bad).toThrow(/not an ISO-8601 time/);
    }
  });

  it('counts the business days between two instants as the walk does', () => {
    fc.assert(
      fc.property(startIso, fc.integer({ min: -5 * 86_400_000, max: 120 * 86_400_000 }), calendar, (from, span, cal) => {
        const to = new Date(Date.parse(from) + span).toISOString();
        expect(businessDaysBetween(from, to, cal)).toBe(businessDaysBetweenByWalking(from, to, cal));
      }),
      { numRuns: 1000 },
    );
  });

  it('counts to the date of an instant after a repeated midnight, not a day past it', () => {
    // Cuba's clocks fell back from 01:00 to 00:00 on Sunday 6 November 2033: midnight came twice.
    // An instant at the second midnight is on the 6th; the Monday after is not counted.
    const havana = { region: 'US', timeZone: 'America/Havana', closing: '00:00' };
    const from = '2033-08-12T13:53:22.321Z';
    const to = '2033-11-06T05:00:00.000Z';
    expect(businessDaysBetweenByWalking(from, to, havana)).toBe(58);
    expect(businessDaysBetween(from, to, havana)).toBe(58);
  });

  it('walks where a date was skipped, and refuses what the walk refuses', () => {
    const apia = { region: 'US', timeZone: 'Pacific/Apia', closing: '17:00' };
    // Friday 30 December 2011 never happened in Samoa, and Monday 2 January 2012 was New Year's
    // Day observed: one business day after Thursday 29 December is Tuesday 3 January.
    expect(addBusinessDays('2011-12-29T10:00:00-10:00', 1, apia).toISO()).toBe('2012-01-03T17:00:00.000+14:00');
    expect(addBusinessDays('2011-12-29T10:00:00-10:00', 1, apia).toISO()).toBe(addBusinessDaysByWalking('2011-12-29T10:00:00-10:00', 1, apia).toISO());
    const us = { region: 'US', timeZone: 'America/Los_Angeles', closing: '17:00' };
    // Counting the business days over the skipped date walks too: Thu 29 Dec to Tue 3 Jan is one.
    expect(businessDaysBetween('2011-12-29T10:00:00-10:00', '2012-01-03T10:00:00+14:00', apia)).toBe(1);
    expect(businessDaysBetween('2011-12-29T10:00:00-10:00', '2012-01-03T10:00:00+14:00', apia)).toBe(
      businessDaysBetweenByWalking('2011-12-29T10:00:00-10:00', '2012-01-03T10:00:00+14:00', apia),
    );
    expect(() => addBusinessDays('2026-02-30T10:00:00Z', 1, us)).toThrow(/not an ISO-8601 time/);
    expect(() => addBusinessDays('2026-02-03T10:00:00Z', 1, { ...us, timeZone: 'Mars/Olympus' })).toThrow(/unknown time zone/);
    expect(() => addBusinessDays('2026-02-03T10:00:00Z', 1, { ...us, closing: '5pm' })).toThrow(/HH:MM/);
  });
});
