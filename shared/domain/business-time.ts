// Business time between now and a deadline, for live countdowns ("2 bd 3 h left", "breached 1 bd
// ago"). Pure and light: the zone's wall clock comes from Intl, the holidays are handed in (the
// renderer gets them from the session), so no holiday rules are loaded where this runs.

export interface CountdownCalendar {
  readonly timeZone: string;
  readonly closing: string; // HH:MM
  readonly holidays: ReadonlySet<string>; // YYYY-MM-DD
}

export interface BusinessTime {
  /** The deadline has passed. */
  readonly overdue: boolean;
  /** Whole business days between today and the deadline's day (today not counted). */
  readonly businessDays: number;
  /** Minutes on top: of today's business hours left, or (same day) up to or since the deadline. */
  readonly minutes: number;
}

interface LocalTime {
  readonly date: string; // YYYY-MM-DD
  readonly minutes: number; // since local midnight
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function localTime(ms: number, timeZone: string): LocalTime {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function isBusinessDate(date: string, cal: CountdownCalendar): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !cal.holidays.has(date);
}

/** Business dates d with from < d <= to (local dates, YYYY-MM-DD). */
function businessDatesAfter(from: string, to: string, cal: CountdownCalendar): number {
  let count = 0;
  for (let d = nextDate(from); d <= to; d = nextDate(d)) if (isBusinessDate(d, cal)) count += 1;
  return count;
}

function closingMinutes(closing: string): number {
  const [h, m] = closing.split(':').map(Number);
  return (h ?? 17) * 60 + (m ?? 0);
}

export function businessTimeLeft(nowMs: number, dueMs: number, cal: CountdownCalendar): BusinessTime {
  const now = localTime(nowMs, cal.timeZone);
  const due = localTime(dueMs, cal.timeZone);
  if (dueMs > nowMs) {
    if (due.date === now.date) return { overdue: false, businessDays: 0, minutes: Math.round((dueMs - nowMs) / 60_000) };
    const today = isBusinessDate(now.date, cal) ? Math.max(0, closingMinutes(cal.closing) - now.minutes) : 0;
    return { overdue: false, businessDays: businessDatesAfter(now.date, due.date, cal), minutes: today };
  }
  const days = businessDatesAfter(due.date, now.date, cal);
  return { overdue: true, businessDays: days, minutes: days === 0 ? Math.round((nowMs - dueMs) / 60_000) : 0 };
}
