// Calendar helpers for demo data, all in UTC: the bundle depends on the day of `now`, never
// on the machine's time zone.
import type { Country } from './names';
import type { Random } from './random';

export const DAY_MS = 86_400_000;

export function utcDayStart(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

export function weekdayOnOrBefore(d: Date): Date {
  const wd = d.getUTCDay();
  return wd === 6 ? addDays(d, -1) : wd === 0 ? addDays(d, -2) : d;
}

/** ISO-8601 with "Z" and whole seconds, the way a partner portal exports timestamps. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export type DateStyle = 'long-en' | 'long-gb' | 'iso' | 'us' | 'long-fr' | 'numeric-fr';

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function formatDate(d: Date, style: DateStyle): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  switch (style) {
    case 'long-en':
      return `${MONTHS_EN[m] ?? ''} ${day}, ${y}`;
    case 'long-gb':
      return `${day} ${MONTHS_EN[m] ?? ''} ${y}`;
    case 'iso':
      return isoDate(d);
    case 'us':
      return `${pad2(m + 1)}/${pad2(day)}/${y}`;
    case 'long-fr':
      return `${day === 1 ? '1er' : day} ${MONTHS_FR[m] ?? ''} ${y}`;
    case 'numeric-fr':
      return `${pad2(day)}/${pad2(m + 1)}/${y}`;
  }
}

/** The date styles a document written for a customer in `country` plausibly uses. */
export function pickDateStyle(rng: Random, country: Country): DateStyle {
  switch (country) {
    case 'FR':
      return rng.weighted<DateStyle>([['long-fr', 5], ['numeric-fr', 4], ['iso', 1]]);
    case 'GB':
      return rng.weighted<DateStyle>([['long-gb', 6], ['iso', 2], ['long-en', 2]]);
    case 'DE':
      return rng.weighted<DateStyle>([['iso', 6], ['long-en', 4]]);
    case 'US':
      return rng.weighted<DateStyle>([['long-en', 6], ['us', 3], ['iso', 1]]);
    case 'CA':
      return rng.weighted<DateStyle>([['long-en', 5], ['iso', 5]]);
  }
}

/** Outlook's printed "Sent:" line, e.g. "Tuesday, March 17, 2026 10:42 AM". */
export function formatEmailSent(d: Date): string {
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${WEEKDAYS_EN[d.getUTCDay()] ?? ''}, ${formatDate(d, 'long-en')} ${h12}:${pad2(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
}
