// Business calendars: Monday to Friday minus the region's public holidays (date-holidays,
// type "public" only), in the calendar's time zone, closing at a configurable time.
import Holidays from 'date-holidays';

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

export function isKnownRegion(region: string): boolean {
  const [country, state] = regionParts(region);
  const hd = new Holidays();
  const countries = hd.getCountries() as Record<string, string>;
  if (!countries[country]) return false;
  if (!state) return true;
  const states = (hd.getStates(country) ?? {}) as Record<string, string>;
  return Boolean(states[state]);
}

/** Closing time parsed once: [hours, minutes]. */
export function parseClosing(closing: string): [number, number] {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(closing);
  if (!m) throw new Error(`closing time must be HH:MM, got "${closing}"`);
  return [Number(m[1]), Number(m[2])];
}
