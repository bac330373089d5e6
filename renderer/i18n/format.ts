// Display formatting in the UI's language: dates and numbers through Intl in its locale
// ("Nov 24, 17:00" / "24 nov., 17:00", "100,000" / "100 000"), durations through the catalog.
// One rule for every time on screen: deadlines and event times (decisions, comments, history, "as
// of") are shown in the business calendar's zone, as the exported reports write them, with the
// zone beside the time ("Nov 6, 08:57 UTC−8"); the person may choose their own zone instead in
// Settings. Dates alone are the calendar's dates too, so a deadline never changes day between two
// places. The stored ISO string goes in a tooltip so nothing is lost.
import { currentLocale, i18n } from './i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Intl formatters are costly to build: one per locale and shape, built on first use. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(shape: string, make: (locale: string) => F): F {
  const locale = currentLocale();
  const key = `${locale}|${shape}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

function dateTimeFormat(withYear: boolean, timeZone?: string): Intl.DateTimeFormat {
  return cached(`datetime|${withYear}|${timeZone ?? ''}`, (locale) =>
    new Intl.DateTimeFormat(locale, {
      ...(withYear ? { year: 'numeric' } : {}),
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(timeZone ? { timeZone } : {}),
    }),
  );
}

const dateOnly = (timeZone?: string) =>
  cached(`date|${timeZone ?? ''}`, (locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', ...(timeZone ? { timeZone } : {}) }));
const numbers = () => cached('number', (locale) => new Intl.NumberFormat(locale));
/** Sizes keep toFixed's shape ("1.5 KB", "12 KB", "3.0 MB") with the locale's decimal sign. */
const fixed = (digits: number) =>
  cached(`fixed|${digits}`, (locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }));

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Whose zone times are shown in; deadlines keep the offset the backend wrote (the calendar's) unless 'own'. */
let showOwnZone = false;
/** The zone event times are shown in: the calendar's IANA zone or the window's; undefined until the session loads. */
let displayZone: string | undefined;

/** Called when the session loads or the person changes the setting; the screens render again after. */
export function setTimeDisplay(calendarZone: string | null, mode: 'calendar' | 'own'): void {
  showOwnZone = mode === 'own';
  // The window's zone by name, read now: a formatter made without a zone keeps the one of the
  // moment it was made, and formatters are kept.
  displayZone = (showOwnZone ? null : calendarZone) ?? windowZone();
}

function windowZone(): string | undefined {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
}

/** Minutes east of UTC of `date` in `zone` (the window's own when undefined). */
function offsetIn(date: Date, zone: string | undefined): number {
  if (zone === undefined) return -date.getTimezoneOffset();
  const part = cached(`offset|${zone}`, () => new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }))
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  return (part && isoOffsetMinutes(part.replace(/^GMT/, ''))) || 0;
}

/** "Mar 4, 17:00 UTC−8"; the year appears only when it is not the current one. */
export function formatDateTime(iso: string, now: number = Date.now()): string {
  const date = parse(iso);
  if (!date) return iso;
  const offset = offsetIn(date, displayZone);
  const sameYear = new Date(date.getTime() + offset * MINUTE).getUTCFullYear() === new Date(now + offset * MINUTE).getUTCFullYear();
  return `${dateTimeFormat(!sameYear, displayZone).format(date)} ${offsetLabel(offset)}`;
}

/** Minutes east of UTC written in an ISO timestamp ("Z" = 0), or null when it has none. */
function isoOffsetMinutes(iso: string): number | null {
  if (/z$/i.test(iso)) return 0;
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}

/**
 * A deadline, with its zone: in the calendar's wall-clock time (the offset the backend wrote, so
 * "close of business, 17:00" reads as 17:00 wherever the reviewer sits), or in the person's own
 * zone when they chose it.
 */
export function formatDeadline(iso: string, now: number = Date.now()): string {
  const date = parse(iso);
  const written = isoOffsetMinutes(iso);
  if (!date || written === null) return formatDateTime(iso, now);
  const offset = showOwnZone ? offsetIn(date, displayZone) : written;
  const wall = new Date(date.getTime() + offset * MINUTE);
  const sameYear = wall.getUTCFullYear() === new Date(now + offset * MINUTE).getUTCFullYear();
  return `${dateTimeFormat(!sameYear, 'UTC').format(wall)} ${offsetLabel(offset)}`;
}

/** A date alone, as the calendar (or the person's zone) has it. */
export function formatDate(iso: string): string {
  const date = parse(iso);
  return date ? dateOnly(displayZone).format(date) : iso;
}

/** A calendar day (YYYY-MM-DD) in the UI's language: the day itself, which no zone may move (Kiritimati is UTC+14). */
export function formatDay(isoDay: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDay) ? parse(`${isoDay}T12:00:00Z`) : null;
  return date ? dateOnly('UTC').format(date) : isoDay;
}

/** "2 d 3 h", "3 h 20 min", "12 min": two units at most, enough to rank urgency at a glance. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return i18n.t('format.duration.underMinute');
  const d = Math.floor(abs / DAY);
  const h = Math.floor((abs % DAY) / HOUR);
  const m = Math.floor((abs % HOUR) / MINUTE);
  if (d >= 10 || (d > 0 && h === 0)) return i18n.t('format.duration.days', { d });
  if (d > 0) return i18n.t('format.duration.daysHours', { d, h });
  if (h > 0) return m > 0 ? i18n.t('format.duration.hoursMinutes', { h, m }) : i18n.t('format.duration.hours', { h });
  return i18n.t('format.duration.minutes', { m });
}

/** "in 2 d 3 h" for the future, "3 h ago" for the past. */
export function formatRelative(iso: string, now: number): string {
  const date = parse(iso);
  if (!date) return '';
  const diff = date.getTime() - now;
  if (Math.abs(diff) < MINUTE) return i18n.t('format.relative.now');
  const time = formatDuration(diff);
  return diff > 0 ? i18n.t('format.relative.future', { time }) : i18n.t('format.relative.past', { time });
}

/** Age since an event, compact: "12 d", "5 h". */
export function formatAge(iso: string, now: number): string {
  const date = parse(iso);
  if (!date) return '';
  const diff = Math.max(0, now - date.getTime());
  if (diff >= DAY) return i18n.t('format.duration.days', { d: Math.floor(diff / DAY) });
  if (diff >= HOUR) return i18n.t('format.duration.hours', { h: Math.floor(diff / HOUR) });
  return i18n.t('format.duration.minutes', { m: Math.max(1, Math.floor(diff / MINUTE)) });
}

export function formatCount(n: number): string {
  return numbers().format(n);
}

const decimal = () => cached('decimal', (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));

/** A figure with one decimal at most: "2.5" / "2,5", "3". */
export function formatDecimal(n: number): string {
  return decimal().format(n);
}

// A calendar date (YYYY-MM-DD, the business calendar's own day) is a date, not an instant: it is
// read and formatted in UTC so no time zone moves it a day.
const weekdayShort = () => cached('weekday', (locale) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }));
const dayLong = () =>
  cached('day-long', (locale) => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

function calendarDay(isoDay: string): Date | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDay) ? parse(`${isoDay}T00:00:00Z`) : null;
}

/** "Mon 16" / "lun. 16": the weekday first, whatever the locale puts first, for a chart's axis. */
export function formatWeekdayDay(isoDay: string): string {
  const date = calendarDay(isoDay);
  return date ? `${weekdayShort().format(date)} ${formatCount(date.getUTCDate())}` : isoDay;
}

/** "Monday, November 16, 2026" / "lundi 16 novembre 2026", for tables and tooltips. */
export function formatLongDay(isoDay: string): string {
  const date = calendarDay(isoDay);
  return date ? dayLong().format(date) : isoDay;
}

export function formatBytes(size: number): string {
  if (size < 1024) return i18n.t('format.bytes.b', { n: String(size) });
  if (size < 1024 * 1024) return i18n.t('format.bytes.kb', { n: fixed(size < 10 * 1024 ? 1 : 0).format(size / 1024) });
  return i18n.t('format.bytes.mb', { n: fixed(1).format(size / (1024 * 1024)) });
}

/** "start-review" / "submittedAt" -> "Start review" / "Submitted at": a fallback label for a code no catalog names. */
export function humanizeCode(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
