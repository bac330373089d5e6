// The business calendar's local dates: which day an instant falls on in the calendar's zone, and
// when a local day begins. "Today" and "this week" on the team lead's view are the calendar's,
// not the viewer's, so every workstation of a team counts the same decisions as today's.
import { DateTime } from 'luxon';
import type { LocalDate } from './business-days';
import { localMs, zonedAt, zoneInfo } from './zoned';

export function localDateOf(ms: number, timeZone: string): LocalDate {
  const zone = zoneInfo(timeZone);
  if (!zone) throw new Error(`unknown time zone "${timeZone}"`);
  const d = new Date(localMs(zonedAt(ms, zone)));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The first instant of a local date (luxon moves a midnight that a DST change skips forward). */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  return DateTime.fromObject(date, { zone: timeZone }).startOf('day').toMillis();
}

export function addLocalDays(date: LocalDate, n: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Monday of the date's week (ISO weeks). */
export function startOfLocalWeek(date: LocalDate): LocalDate {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay(); // 0 Sunday
  return addLocalDays(date, -((weekday + 6) % 7));
}

export function isoDate(date: LocalDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 of a local date: the numbering of the store's day tallies. */
export function localDayNumber(date: LocalDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}

/** The local date of a day number. */
export function localDateOfNumber(day: number): LocalDate {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
