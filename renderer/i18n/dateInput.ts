// A day as a person types it in the UI's language: "06/11/2026" in French, "11/06/2026" in
// English, an ISO "2026-11-06" in either. The order and separator come from Intl for the locale,
// so the field reads as every other date on screen does.
import { currentLocale } from './i18n';

export interface DayPattern {
  /** The parts in the locale's order. */
  readonly order: readonly ('day' | 'month' | 'year')[];
  readonly separator: string;
}

export function dayPattern(locale: string = currentLocale()): DayPattern {
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2026, 10, 6)));
  const order = parts.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type as 'day' | 'month' | 'year');
  const separator = parts.find((p) => p.type === 'literal')?.value ?? '/';
  return { order, separator };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-11-06" as the locale writes it, or '' for no day. */
export function showDay(iso: string, pattern: DayPattern = dayPattern()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  const value = { year: m[1] ?? '', month: m[2] ?? '', day: m[3] ?? '' };
  return pattern.order.map((part) => value[part]).join(pattern.separator);
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31/11 rolls over to 01/12: not a day of the calendar.
  if (date.getUTCMonth() !== month - 1) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The ISO day a person typed, in the locale's order or as ISO; null when it is no day. */
export function readDay(text: string, pattern: DayPattern = dayPattern()): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numbers = trimmed.split(/[^\d]+/).filter(Boolean);
  if (numbers.length !== 3) return null;
  const value: Record<string, number> = {};
  pattern.order.forEach((part, i) => (value[part] = Number(numbers[i])));
  if ((numbers[pattern.order.indexOf('year')] ?? '').length !== 4) return null;
  return isoOf(value['year'] ?? 0, value['month'] ?? 0, value['day'] ?? 0);
}
