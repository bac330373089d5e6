// Zoned time arithmetic that gives luxon's answers without luxon's per-call cost: the zone's
// offset is cached per UTC day (a day with a transition keeps the instant it happens), and luxon's own rule for turning a local wall-clock time
// into an instant (fixOffset, with its guess for ambiguous times) is applied to plain numbers.
// Anything outside the common shapes (odd ISO forms, years outside 1000-9999, fractional offsets)
// returns null, and the caller takes luxon's path: the answer is the same either way.
import { Info, type Zone } from 'luxon';

const MINUTE = 60_000;
export const DAY = 86_400_000;

/** An instant and the zone's offset at it, in minutes (what a luxon DateTime holds as ts and o). */
export interface Zoned {
  readonly ms: number;
  readonly offset: number;
}

export interface ZoneInfo {
  readonly name: string;
  /** The zone's offset at an instant, in minutes: luxon's Zone#offset, cached. */
  offset(ms: number): number;
  /** Fixed-offset zones at +00:00 print "Z" in ISO strings, as luxon does. */
  readonly universal: boolean;
}

/** Days whose offset changes more than once (or back) are asked each time. */
const TRANSITION = Number.NaN;
const MAX_CACHED_DAYS = 100_000;

/** A day with one transition: the offset before `at` (ms) and from it on. */
interface TransitionDay {
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

/** The first millisecond of the day at which the offset is no longer `before` (binary search, ~27 asks). */
function transitionOf(zone: Zone, start: number, before: number, after: number): TransitionDay | null {
  let lo = start;
  let hi = start + DAY - 1000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zone.offset(mid) === before) lo = mid;
    else hi = mid;
  }
  // A second change later in the day (not seen in any zone's rules, but possible in data): ask each time.
  return zone.offset(hi) === after ? { at: hi, before, after } : null;
}

function cachedZone(zone: Zone): ZoneInfo {
  const byDay = new Map<number, number | TransitionDay>();
  return {
    name: zone.name,
    universal: zone.isUniversal,
    offset(ms: number): number {
      const day = Math.floor(ms / DAY);
      let o = byDay.get(day);
      if (o === undefined) {
        const start = day * DAY;
        const first = zone.offset(start);
        const middle = zone.offset(start + DAY / 2);
        const last = zone.offset(start + DAY - 1000);
        if (first === middle && first === last) o = first;
        else o = (first !== last && transitionOf(zone, start, first, last)) || TRANSITION;
        if (byDay.size >= MAX_CACHED_DAYS) byDay.clear();
        byDay.set(day, o);
      }
      if (typeof o === 'number') return Number.isNaN(o) ? zone.offset(ms) : o;
      // The day's last second is past the probe: asked, as on a day of two changes.
      if (ms > day * DAY + DAY - 1000) return zone.offset(ms);
      return ms < o.at ? o.before : o.after;
    },
  };
}

const zones = new Map<string, ZoneInfo | null>();

/** The zone named as luxon reads the name, or null when luxon does not know it. */
export function zoneInfo(name: string): ZoneInfo | null {
  let info = zones.get(name);
  if (info === undefined) {
    const zone = Info.normalizeZone(name);
    info = zone.isValid ? cachedZone(zone) : null;
    zones.set(name, info);
  }
  return info;
}

/** luxon's fixOffset: the instant of a local time, `guess` deciding between two candidates. */
export function fixOffset(localMs: number, guess: number, zone: ZoneInfo): number {
  let utc = localMs - guess * MINUTE;
  const o2 = zone.offset(utc);
  if (o2 === guess) return utc;
  utc -= (o2 - guess) * MINUTE;
  const o3 = zone.offset(utc);
  if (o2 === o3) return utc;
  return localMs - Math.min(o2, o3) * MINUTE;
}

/** An instant with the zone's offset at it, as a luxon DateTime in that zone would hold it. */
export function zonedAt(ms: number, zone: ZoneInfo): Zoned {
  return { ms, offset: zone.offset(ms) };
}

/** The wall-clock time of an instant as "local epoch" milliseconds (UTC fields = local fields). */
export function localMs(z: Zoned): number {
  return z.ms + z.offset * MINUTE;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return (DAYS_IN_MONTH[month - 1] ?? 0) + (leap ? 1 : 0);
}

// The last two answers: bulk reads alternate between two times (a clock's start and a decision).
let isoA = '';
let isoB = '';
let instantA: number | null = null;
let instantB: number | null = null;

/**
 * The instant of an ISO-8601 time of the usual shape (seconds present, "Z" or "+HH:MM"), with
 * luxon's reading of it; null for anything else, valid or not (the caller asks luxon).
 */
export function parseIsoInstant(iso: string): number | null {
  if (iso === isoA) return instantA;
  const instant = iso === isoB ? instantB : readIso(iso);
  isoB = isoA;
  instantB = instantA;
  isoA = iso;
  instantA = instant;
  return instant;
}

/** The digits of iso[from, from + n) as a number, or -1 if one is not a digit. */
function digits(iso: string, from: number, n: number): number {
  let value = 0;
  for (let i = from; i < from + n; i++) {
    const d = iso.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

// The store writes every time as Date#toISOString does ("2026-11-24T17:05:09.123Z"): read without
// the regular expression, a fifth of a large report's time spent reading timestamps.
function readStoredIso(iso: string): number | null | undefined {
  if (iso.length !== 24 || iso[4] !== '-' || iso[7] !== '-' || iso[10] !== 'T' || iso[13] !== ':' || iso[16] !== ':' || iso[19] !== '.' || iso[23] !== 'Z') return undefined;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 2);
  const day = digits(iso, 8, 2);
  const hour = digits(iso, 11, 2);
  const minute = digits(iso, 14, 2);
  const second = digits(iso, 17, 2);
  const millis = digits(iso, 20, 3);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || millis < 0) return undefined;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}

function readIso(iso: string): number | null {
  const stored = readStoredIso(iso);
  if (stored !== undefined) return stored;
  const m = ISO.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = m[7] ? Math.floor(parseFloat('0.' + m[7]) * 1000) : 0;
  let offset = 0;
  if (!m[8]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 18 || om > 59) return null;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * MINUTE;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * luxon's toISO({ suppressMilliseconds: true }) of an instant in a zone, or null outside the
 * shapes handled here (the caller asks luxon). A report formats hundreds of thousands of times:
 * the date comes from a cache per day and the time of day from tables (Date#toISOString took
 * twice as long).
 */
export function formatIso(z: Zoned, zone: ZoneInfo): string | null {
  if (!Number.isInteger(z.offset) || !Number.isInteger(z.ms)) return null;
  const local = localMs(z);
  const dayNumber = Math.floor(local / DAY);
  const date = datePart(dayNumber);
  if (date === null) return null;
  const inDay = local - dayNumber * DAY;
  const ms = inDay % 1000;
  const seconds = (inDay - ms) / 1000;
  const time = `${HOURS_MINUTES[Math.floor(seconds / 60)]}:${TWO_DIGITS[seconds % 60]}`;
  return `${date}${time}${ms === 0 ? '' : '.' + pad(ms, 3)}${zone.universal && z.offset === 0 ? 'Z' : offsetPart(z.offset)}`;
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => pad(n));
/** "HH:MM" of each minute of the day. */
const HOURS_MINUTES = Array.from({ length: 24 * 60 }, (_, n) => `${TWO_DIGITS[Math.floor(n / 60)]}:${TWO_DIGITS[n % 60]}`);

const datePrefixes = new Map<number, string | null>();
const offsetSuffixes = new Map<number, string>();

/** "YYYY-MM-DDT" of a day since 1970, or null outside years 1000-9999. */
function datePart(dayNumber: number): string | null {
  let prefix = datePrefixes.get(dayNumber);
  if (prefix === undefined) {
    const d = new Date(dayNumber * DAY);
    const year = d.getUTCFullYear();
    prefix = year < 1000 || year > 9999 ? null : `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T`;
    if (datePrefixes.size >= MAX_CACHED_DAYS) datePrefixes.clear();
    datePrefixes.set(dayNumber, prefix);
  }
  return prefix;
}

/** "+HH:MM" or "-HH:MM" of an offset in minutes. */
function offsetPart(offset: number): string {
  let suffix = offsetSuffixes.get(offset);
  if (suffix === undefined) {
    const abs = Math.abs(offset);
    suffix = `${offset < 0 ? '-' : '+'}${pad(Math.trunc(abs / 60))}:${pad(abs % 60)}`;
    offsetSuffixes.set(offset, suffix);
  }
  return suffix;
}
