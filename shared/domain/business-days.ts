// Business-day ordinals: for each region and year, which days of the year are business days
// (Monday to Friday minus publicHolidays(region, year)) and how many have passed by each day.
// The N-th business day after a date is then a table lookup instead of a walk day by day.
import { publicHolidays } from './calendar';

export interface LocalDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
}

interface YearTable {
  /** passed[d] = business days among days 0..d of the year (day 0 is 1 January). */
  readonly passed: Uint16Array;
  /** days[k] = day of the year of the (k+1)-th business day. */
  readonly days: Uint16Array;
}

const DAY = 86_400_000;
// By region, then year: a report asks two tables a decision, and a key string each time showed.
const tables = new Map<string, Map<number, YearTable>>();
const HOLIDAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function yearTable(region: string, year: number): YearTable {
  let years = tables.get(region);
  if (!years) {
    years = new Map();
    tables.set(region, years);
  }
  const cached = years.get(year);
  if (cached) return cached;
  const jan1 = Date.UTC(year, 0, 1);
  const length = Math.round((Date.UTC(year + 1, 0, 1) - jan1) / DAY);
  const closed = new Uint8Array(length);
  // Only dates of this year count: the walk asks publicHolidays() of each day's own year.
  for (const date of publicHolidays(region, year)) {
    const m = HOLIDAY.exec(date);
    if (!m || Number(m[1]) !== year) continue;
    const index = Math.round((Date.UTC(year, Number(m[2]) - 1, Number(m[3])) - jan1) / DAY);
    if (index >= 0 && index < length) closed[index] = 1;
  }
  const firstWeekday = new Date(jan1).getUTCDay(); // 0 Sunday .. 6 Saturday
  const passed = new Uint16Array(length);
  const days: number[] = [];
  for (let d = 0; d < length; d++) {
    const weekday = (firstWeekday + d) % 7;
    if (weekday !== 0 && weekday !== 6 && !closed[d]) days.push(d);
    passed[d] = days.length;
  }
  const table = { passed, days: Uint16Array.from(days) };
  years.set(year, table);
  return table;
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Day of the year, 0 for 1 January (a date of the proleptic Gregorian calendar, as Date.UTC reads it). */
function dayOfYear(d: LocalDate): number {
  return (DAYS_BEFORE_MONTH[d.month - 1] ?? 0) + (d.month > 2 && isLeap(d.year) ? 1 : 0) + d.day - 1;
}

/** The N-th business day strictly after a local date (the date itself when n is 0). */
export function nthBusinessDayAfter(region: string, from: LocalDate, n: number): LocalDate {
  if (n <= 0) return from;
  let year = from.year;
  let index = yearTable(region, year).passed[dayOfYear(from)] ?? 0;
  let left = n;
  for (;;) {
    const { days } = yearTable(region, year);
    if (left <= days.length - index) {
      const d = new Date(Date.UTC(year, 0, 1 + (days[index + left - 1] ?? 0)));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
    left -= days.length - index;
    year += 1;
    index = 0;
  }
}

/** Business days on or before a date, counted from 1 January of its year. */
function passedBy(region: string, date: LocalDate): number {
  return yearTable(region, date.year).passed[dayOfYear(date)] ?? 0;
}

function isBefore(a: LocalDate, b: LocalDate): boolean {
  return a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;
}

/**
 * Business days d with from < d <= to (0 when `to` is not after `from`): the count
 * reviewer-target's businessDaysBetween walks, from the tables.
 */
export function businessDaysAfter(region: string, from: LocalDate, to: LocalDate): number {
  if (!isBefore(from, to)) return 0;
  if (from.year === to.year) return passedBy(region, to) - passedBy(region, from);
  let count = yearTable(region, from.year).days.length - passedBy(region, from);
  for (let year = from.year + 1; year < to.year; year++) count += yearTable(region, year).days.length;
  return count + passedBy(region, to);
}

/** The n-th business day counting back from a date, the date itself counting when it is one (n >= 1). */
export function nthBusinessDayOnOrBefore(region: string, from: LocalDate, n: number): LocalDate {
  let year = from.year;
  let index = passedBy(region, from);
  let left = Math.max(1, n);
  for (;;) {
    if (left <= index) {
      const d = new Date(Date.UTC(year, 0, 1 + (yearTable(region, year).days[index - left] ?? 0)));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
    left -= index;
    year -= 1;
    index = yearTable(region, year).days.length;
  }
}
