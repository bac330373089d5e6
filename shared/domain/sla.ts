// Deadline arithmetic (cli.md "Deadline arithmetic") and SLA states. Pure and deterministic:
// every deadline is derived from a stored event time, never from a running counter.
import { DateTime } from 'luxon';
import type { Clock, PolicyId, SlaState, Status } from './codes';
import { type CalendarConfig, DEFAULT_CALENDAR, parseClosing, publicHolidays } from './calendar';
import { CLOCK_FOR_STATUS, type Duration, POLICIES, WAITING_CLOCKS } from './policy';

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

/** The closing time of the N-th business day strictly after T's local date. */
export function addBusinessDays(fromIso: string, n: number, cal: CalendarConfig = DEFAULT_CALENDAR): DateTime {
  const [hour, minute] = parseClosing(cal.closing);
  let day = toZone(fromIso, cal).startOf('day');
  let left = n;
  while (left > 0) {
    day = day.plus({ days: 1 });
    if (isBusinessDay(day, cal)) left -= 1;
  }
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

/** T plus N calendar days at the same local wall-clock time (daylight-saving aware). */
export function addCalendarDays(fromIso: string, n: number, cal: CalendarConfig = DEFAULT_CALENDAR): DateTime {
  return toZone(fromIso, cal).plus({ days: n });
}

export function addDuration(fromIso: string, d: Duration, cal: CalendarConfig = DEFAULT_CALENDAR): DateTime {
  return d.unit === 'business-days' ? addBusinessDays(fromIso, d.amount, cal) : addCalendarDays(fromIso, d.amount, cal);
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

export function clockDeadline(
  clock: Clock,
  policy: PolicyId,
  startedAt: string,
  cal: CalendarConfig = DEFAULT_CALENDAR,
): ClockDeadline {
  const duration = POLICIES[policy].timings[clock];
  const due = addDuration(startedAt, duration, cal);
  const atRisk =
    duration.unit === 'business-days' && duration.amount > 0
      ? addBusinessDays(startedAt, duration.amount - 1, cal)
      : due.minus({ days: 1 });
  return {
    clock,
    policy,
    startedAt,
    dueAt: isoOf(due),
    atRiskAt: isoOf(atRisk < toZone(startedAt, cal) ? toZone(startedAt, cal) : atRisk),
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
