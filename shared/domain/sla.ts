// Deadline arithmetic (docs/domain.md "Deadline arithmetic") and SLA states ("SLA states"). Pure and deterministic:
// every deadline is derived from a stored event time, never from a running counter.
//
// addBusinessDaysByWalking is the definition, as plain luxon: walk day by day from the start's
// local date and take the closing time of the N-th business day. The functions everyone calls
// give the same answers without the walk (business-day ordinal tables per region and year, see
// business-days.ts) and without luxon objects (zoned.ts); in the rare cases those cannot vouch
// for (a DST change or a skipped date next to the deadline, an unusual ISO form or year), they
// take luxon's path, so every answer is the walk's.
import { DateTime } from 'luxon';
import { businessDaysAfter, type LocalDate, nthBusinessDayAfter } from './business-days';
import type { Clock, PolicyId, SlaState, Status } from './codes';
import { type CalendarConfig, DEFAULT_CALENDAR, parseClosing, publicHolidays } from './calendar';
import { CLOCK_FOR_STATUS, type Duration, POLICIES, WAITING_CLOCKS } from './policy';
import { DAY, fixOffset, formatIso, localMs, parseIsoInstant, type Zoned, zonedAt, type ZoneInfo, zoneInfo } from './zoned';

const MINUTE = 60_000;
const HOUR = 3_600_000;
/** Counts the tables serve; larger (or odd) ones take the walk. */
const MAX_TABLE_DAYS = 100_000;

function toZone(iso: string, cal: CalendarConfig): DateTime {
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) throw new Error(`not an ISO-8601 time: "${iso}"`);
  const zoned = dt.setZone(cal.timeZone);
  if (!zoned.isValid) throw new Error(`unknown time zone "${cal.timeZone}"`);
  return zoned;
}

export function isBusinessDay(day: DateTime, cal: CalendarConfig): boolean {
  if (day.weekday > 5) return false;
  return !publicHolidays(cal.region, day.year).has(day.toISODate() ?? '');
}

/** The definition of "N business days from T", walked day by day (slow: the reference). */
export function addBusinessDaysByWalking(fromIso: string, n: number, cal: CalendarConfig = DEFAULT_CALENDAR): DateTime {
  const [hour, minute] = parseClosing(cal.closing);
  let day = toZone(fromIso, cal).startOf('day');
  let left = n;
  while (left > 0) {
    day = day.plus({ days: 1 });
    if (isBusinessDay(day, cal)) left -= 1;
  }
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

/**
 * The definition of "business days between two instants": d with from's local date < d <= to's,
 * walked. Dates are compared, not instants: where a zone repeats midnight (Havana's clocks fall
 * back at 01:00 to 00:00), the walk's midnight can be the earlier of the two and would count a day past to's date.
 */
export function businessDaysBetweenByWalking(fromIso: string, toIso: string, cal: CalendarConfig = DEFAULT_CALENDAR): number {
  const end = toZone(toIso, cal).toISODate() ?? '';
  let day = toZone(fromIso, cal).startOf('day');
  let count = 0;
  while ((day.toISODate() ?? '') < end) {
    day = day.plus({ days: 1 });
    if (isBusinessDay(day, cal)) count += 1;
  }
  return count;
}

const zonedOf = (dt: DateTime): Zoned => ({ ms: dt.toMillis(), offset: dt.offset });
const dateTimeOf = (z: Zoned, cal: CalendarConfig): DateTime => DateTime.fromMillis(z.ms, { zone: cal.timeZone });

/** The start instant in the calendar's zone, with the zone; errors as toZone's. */
function startIn(iso: string, cal: CalendarConfig): { start: Zoned; zone: ZoneInfo | null } {
  const zone = zoneInfo(cal.timeZone);
  const ms = zone ? parseIsoInstant(iso) : null;
  return ms !== null && zone ? { start: zonedAt(ms, zone), zone } : { start: zonedOf(toZone(iso, cal)), zone };
}

/**
 * The closing time of the N-th business day after the start's local date, from the tables; null
 * where the walk must decide. The walk resolves a closing time that a DST change makes ambiguous
 * with the offset it carried from day to day; with one offset from 15 hours before the local
 * closing time to 13 hours after, the closing time has one instant whatever that offset was. A
 * jump of half a day or more (a zone that skipped a date) is left to the walk as well.
 */
function businessDueFromTables(start: Zoned, n: number, closing: [number, number], cal: CalendarConfig, zone: ZoneInfo): Zoned | null {
  if (!Number.isInteger(n) || n < 0 || n > MAX_TABLE_DAYS) return null;
  const local = new Date(localMs(start));
  const day = nthBusinessDayAfter(cal.region, { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() }, n);
  const closingLocal = Date.UTC(day.year, day.month - 1, day.day, closing[0], closing[1]);
  const offset = zone.offset(closingLocal - 15 * HOUR);
  if (offset !== zone.offset(closingLocal + 13 * HOUR) || offset !== zone.offset(closingLocal - offset * MINUTE)) return null;
  if (Math.abs(offset - start.offset) >= 12 * 60) return null;
  return { ms: closingLocal - offset * MINUTE, offset };
}

function businessDueFast(fromIso: string, n: number, cal: CalendarConfig): Zoned | null {
  const closing = parseClosing(cal.closing);
  const zone = zoneInfo(cal.timeZone);
  const ms = zone ? parseIsoInstant(fromIso) : null;
  return zone && ms !== null ? businessDueFromTables(zonedAt(ms, zone), n, closing, cal, zone) : null;
}

function businessDue(fromIso: string, n: number, cal: CalendarConfig): Zoned {
  return businessDueFast(fromIso, n, cal) ?? zonedOf(addBusinessDaysByWalking(fromIso, n, cal));
}

/** An instant in the calendar's zone: epoch ms, the zone's offset then (minutes), the local date. */
export interface CalendarTime {
  readonly ms: number;
  readonly offset: number;
  readonly date: LocalDate;
  /** `date` as days since 1970-01-01. */
  readonly dayNumber: number;
}

/** Dates need no DST care, so the local date always comes from the offset, never from the walk. */
export function calendarTime(iso: string, cal: CalendarConfig): CalendarTime {
  const zone = zoneInfo(cal.timeZone);
  const ms = zone ? parseIsoInstant(iso) : null;
  if (ms !== null && zone) {
    const offset = zone.offset(ms);
    const dayNumber = Math.floor((ms + offset * MINUTE) / DAY);
    return { ms, offset, date: localDateOf(dayNumber), dayNumber };
  }
  const { start } = startIn(iso, cal);
  const dayNumber = Math.floor(localMs(start) / DAY);
  return { ms: start.ms, offset: start.offset, date: localDateOf(dayNumber), dayNumber };
}

// A report reads hundreds of thousands of times over a few hundred local dates: one object each.
const localDates = new Map<number, LocalDate>();
const MAX_CACHED_DATES = 100_000;

function localDateOf(dayNumber: number): LocalDate {
  let date = localDates.get(dayNumber);
  if (!date) {
    const local = new Date(dayNumber * DAY);
    date = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
    if (localDates.size >= MAX_CACHED_DATES) localDates.clear();
    localDates.set(dayNumber, date);
  }
  return date;
}

/**
 * Business days between two instants from the ordinal tables, or null where only the walk can
 * say: a zone that skipped or repeated a whole date in between (its offset moved by half a day
 * or more, as Samoa's did over 30 December 2011) has dates the tables would count.
 */
export function businessDaysFromTables(from: CalendarTime, to: CalendarTime, cal: CalendarConfig): number | null {
  if (Math.abs(from.offset - to.offset) >= 12 * 60) return null;
  return businessDaysAfter(cal.region, from.date, to.date);
}

/** businessDaysBetweenByWalking's answer, from the tables wherever they can give it. */
export function businessDaysBetween(fromIso: string, toIso: string, cal: CalendarConfig = DEFAULT_CALENDAR): number {
  return businessDaysFromTables(calendarTime(fromIso, cal), calendarTime(toIso, cal), cal) ?? businessDaysBetweenByWalking(fromIso, toIso, cal);
}

/** addBusinessDays without the walk, or null where addBusinessDays walks (for tests). */
export function addBusinessDaysFromTables(fromIso: string, n: number, cal: CalendarConfig = DEFAULT_CALENDAR): DateTime | null {
  const due = businessDueFast(fromIso, n, cal);
  return due && dateTimeOf(due, cal);
}

/** luxon's plus({ days: n }): the same local wall-clock time n days on, DST-aware. */
function daysLater(from: Zoned, n: number, zone: ZoneInfo | null, cal: CalendarConfig): Zoned {
  if (!zone || !Number.isInteger(n)) return zonedOf(dateTimeOf(from, cal).plus({ days: n }));
  return zonedAt(fixOffset(localMs(from) + n * DAY, from.offset, zone), zone);
}

/** The closing time (default 17:00) of the N-th business day strictly after T's local date. */
export function addBusinessDays(fromIso: string, n: number, cal: CalendarConfig = DEFAULT_CALENDAR): DateTime {
  return dateTimeOf(businessDue(fromIso, n, cal), cal);
}

/** T plus N calendar days at the same local wall-clock time (daylight-saving aware). */
export function addCalendarDays(fromIso: string, n: number, cal: CalendarConfig = DEFAULT_CALENDAR): DateTime {
  const { start, zone } = startIn(fromIso, cal);
  return dateTimeOf(daysLater(start, n, zone, cal), cal);
}

function dueAfter(fromIso: string, d: Duration, cal: CalendarConfig): Zoned {
  if (d.unit === 'business-days') return businessDue(fromIso, d.amount, cal);
  const { start, zone } = startIn(fromIso, cal);
  return daysLater(start, d.amount, zone, cal);
}

export function addDuration(fromIso: string, d: Duration, cal: CalendarConfig = DEFAULT_CALENDAR): DateTime {
  return dateTimeOf(dueAfter(fromIso, d, cal), cal);
}

export interface ClockDeadline {
  readonly clock: Clock;
  readonly policy: PolicyId;
  readonly startedAt: string;
  readonly dueAt: string; // ISO with the calendar's offset
  /** From this moment the clock is "at risk": inside its last business (or calendar) day. */
  readonly atRiskAt: string;
  readonly waiting: boolean;
}

function isoIn(z: Zoned, zone: ZoneInfo | null, cal: CalendarConfig): string {
  return (zone && formatIso(z, zone)) ?? isoOf(dateTimeOf(z, cal));
}

/** inCalendarZone of a time calendarTime has already read: a report writes each time it reads. */
export function calendarIso(t: Zoned, cal: CalendarConfig = DEFAULT_CALENDAR): string {
  return isoIn(t, zoneInfo(cal.timeZone), cal);
}

/** The same instant written with the calendar's offset, as deadlines are. */
export function inCalendarZone(iso: string, cal: CalendarConfig = DEFAULT_CALENDAR): string {
  const { start, zone } = startIn(iso, cal);
  return isoIn(start, zone, cal);
}

/** clockDeadline's due time alone, as ISO and epoch ms, for reads of many decisions at once. */
export function clockDue(clock: Clock, policy: PolicyId, startedAt: string, cal: CalendarConfig = DEFAULT_CALENDAR): { readonly iso: string; readonly ms: number } {
  const due = dueAfter(startedAt, POLICIES[policy].timings[clock], cal);
  return { iso: isoIn(due, zoneInfo(cal.timeZone), cal), ms: due.ms };
}

export function clockDeadline(
  clock: Clock,
  policy: PolicyId,
  startedAt: string,
  cal: CalendarConfig = DEFAULT_CALENDAR,
): ClockDeadline {
  const duration = POLICIES[policy].timings[clock];
  const due = dueAfter(startedAt, duration, cal);
  const { start, zone } = startIn(startedAt, cal);
  const atRisk =
    duration.unit === 'business-days' && duration.amount > 0
      ? businessDue(startedAt, duration.amount - 1, cal)
      : daysLater(due, -1, zone, cal);
  return {
    clock,
    policy,
    startedAt,
    dueAt: isoIn(due, zone, cal),
    atRiskAt: isoIn(atRisk.ms < start.ms ? start : atRisk, zone, cal),
    waiting: WAITING_CLOCKS.has(clock),
  };
}

/** The clock a status runs, started at the moment the claim entered it. */
export function deadlineForStatus(
  status: Status,
  policy: PolicyId,
  enteredAt: string,
  cal: CalendarConfig = DEFAULT_CALENDAR,
): ClockDeadline | null {
  const clock = CLOCK_FOR_STATUS[status];
  return clock ? clockDeadline(clock, policy, enteredAt, cal) : null;
}

export function slaState(
  deadline: { dueAt: string; atRiskAt: string; waiting: boolean },
  nowMs: number,
): SlaState {
  if (deadline.waiting) return 'paused';
  if (nowMs > Date.parse(deadline.dueAt)) return 'breached';
  if (nowMs >= Date.parse(deadline.atRiskAt)) return 'at-risk';
  return 'on-track';
}

export function isoOf(dt: DateTime): string {
  const iso = dt.toISO({ suppressMilliseconds: true });
  if (!iso) throw new Error('invalid date');
  return iso;
}
