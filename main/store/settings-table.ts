// Store-wide settings (key/value text) and the business calendar kept among them.
import { type CalendarConfig, calendarProblem, DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import type { Db } from './open';
import { stmt } from './statements';

export function getSetting(db: Db, key: string): string | undefined {
  return stmt<[string], { value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(key)?.value;
}

export function setSetting(db: Db, key: string, value: string): void {
  stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

const CALENDAR_KEYS = {
  region: 'calendar.region',
  timeZone: 'calendar.time-zone',
  closing: 'calendar.closing',
} as const satisfies Record<keyof CalendarConfig, string>;

export interface StoredCalendar {
  readonly calendar: CalendarConfig;
  /** True when the store holds no calendar of its own and the defaults apply. */
  readonly isDefault: boolean;
}

/** The calendar as stored, defaults filled in, not yet checked. */
export function storedCalendar(db: Db): StoredCalendar {
  const region = getSetting(db, CALENDAR_KEYS.region);
  const timeZone = getSetting(db, CALENDAR_KEYS.timeZone);
  const closing = getSetting(db, CALENDAR_KEYS.closing);
  return {
    calendar: {
      region: region ?? DEFAULT_CALENDAR.region,
      timeZone: timeZone ?? DEFAULT_CALENDAR.timeZone,
      closing: closing ?? DEFAULT_CALENDAR.closing,
    },
    isDefault: region === undefined && timeZone === undefined && closing === undefined,
  };
}

/** The store's business calendar (DEFAULT_CALENDAR when unset); a damaged one is an error. */
export function readCalendar(db: Db): CalendarConfig {
  const { calendar } = storedCalendar(db);
  const problem = calendarProblem(calendar);
  if (problem) throw new Error(`the store's business calendar cannot be used: ${problem}; set it again with "cpor sla calendar"`);
  return calendar;
}

/** Stores all three values; the caller has checked them and recomputes the deadlines. */
export function writeCalendar(db: Db, calendar: CalendarConfig): void {
  for (const key of Object.keys(CALENDAR_KEYS) as (keyof CalendarConfig)[]) setSetting(db, CALENDAR_KEYS[key], calendar[key]);
}
