// Business calendars: Monday to Friday minus the region's public holidays (date-holidays,
// type "public" only), in the calendar's time zone, closing at a configurable time.
import Holidays from 'date-holidays';
import { IANAZone } from 'luxon';

export interface CalendarConfig {
  readonly region: string; // date-holidays code: "US", "FR", "US-CA", ...
  readonly timeZone: string; // IANA zone
  readonly closing: string; // HH:MM, local
}

export const DEFAULT_CALENDAR: CalendarConfig = {
  region: 'US',
  timeZone: 'America/Los_Angeles',
  closing: '17:00',
};

const holidayCache = new Map<string, ReadonlySet<string>>();

function regionParts(region: string): [string, string?, string?] {
  const [country, state, local] = region.split('-');
  return [country ?? region, state, local];
}

/** Public holidays of a region for a year, as local YYYY-MM-DD strings. */
export function publicHolidays(region: string, year: number): ReadonlySet<string> {
  const key = `${region}:${year}`;
  const cached = holidayCache.get(key);
  if (cached) return cached;
  const [country, state, local] = regionParts(region);
  const hd = state ? new Holidays(country, state, local ?? '') : new Holidays(country);
  const dates = new Set<string>();
  for (const h of hd.getHolidays(year) || []) {
    if (h.type === 'public') dates.add(h.date.slice(0, 10));
  }
  holidayCache.set(key, dates);
  return dates;
}

/** A string predicate asked once per string (the answers never change while a process runs). */
function remembered(ask: (s: string) => boolean): (s: string) => boolean {
  const answers = new Map<string, boolean>();
  return (s) => {
    let answer = answers.get(s);
    if (answer === undefined) {
      answer = ask(s);
      answers.set(s, answer);
    }
    return answer;
  };
}

export const isKnownRegion = remembered((region) => {
  const [country, state] = regionParts(region);
  const hd = new Holidays();
  const countries = hd.getCountries() as Record<string, string>;
  if (!countries[country]) return false;
  if (!state) return true;
  const states = (hd.getStates(country) ?? {}) as Record<string, string>;
  return Boolean(states[state]);
});

const CLOSING = /^([01]\d|2[0-3]):([0-5]\d)$/;

let lastClosing: { readonly text: string; readonly parsed: [number, number] } | null = null;

/** Closing time parsed once: [hours, minutes]. */
export function parseClosing(closing: string): [number, number] {
  if (lastClosing?.text === closing) return lastClosing.parsed;
  const m = CLOSING.exec(closing);
  if (!m) throw new Error(`closing time must be HH:MM, got "${closing}"`);
  lastClosing = { text: closing, parsed: [Number(m[1]), Number(m[2])] };
  return lastClosing.parsed;
}

const isKnownZone = remembered((zone) => IANAZone.isValidZone(zone));

/** A part of a calendar that cannot be used: which, why as a code and its values (shared/api/input-issue.ts), and why in one line. */
export interface CalendarFieldProblem {
  readonly field: keyof CalendarConfig;
  readonly code: 'unknown' | 'invalid-format';
  readonly params: Readonly<Record<string, string>>;
  readonly problem: string;
}

/** The first part of a calendar that cannot be used; null when all can. */
export function calendarFieldProblem(cal: CalendarConfig): CalendarFieldProblem | null {
  if (!isKnownRegion(cal.region)) {
    return { field: 'region', code: 'unknown', params: { value: cal.region }, problem: `unknown holiday region "${cal.region}" (a date-holidays code, e.g. US, US-CA, FR, DE)` };
  }
  if (!isKnownZone(cal.timeZone)) {
    return { field: 'timeZone', code: 'unknown', params: { value: cal.timeZone }, problem: `unknown time zone "${cal.timeZone}" (an IANA zone, e.g. America/Los_Angeles, Europe/Paris)` };
  }
  if (!CLOSING.test(cal.closing)) return { field: 'closing', code: 'invalid-format', params: {}, problem: `closing time must be HH:MM from 00:00 to 23:59, got "${cal.closing}"` };
  return null;
}

/** Why a calendar cannot be used, in one line; null when it can. */
export function calendarProblem(cal: CalendarConfig): string | null {
  return calendarFieldProblem(cal)?.problem ?? null;
}
