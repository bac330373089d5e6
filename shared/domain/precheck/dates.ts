// Dates in a PoE, English and French: ISO (2026-03-14), numeric (03/14/2026 in the US,
// 14/03/2026 elsewhere), "March 14, 2026", "14 March 2026", "14 mars 2026", "1er mars 2026";
// each with its age against the claim's submission (older than 12 months: old; later: future).
import { DATE_MAX_AGE_MONTHS, type DateFinding, type DateFormat } from '../precheck';
import { dropOverlaps, evidenceAt, matchAll, type PageText, type TextMatch } from './text';

export type NumericOrder = 'dmy' | 'mdy';

const MONTHS_EN: readonly (readonly [string, number])[] = [
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
];
const MONTHS_FR: readonly (readonly [string, number])[] = [
  ['janvier', 1], ['janv', 1], ['février', 2], ['fevrier', 2], ['févr', 2], ['fevr', 2], ['mars', 3], ['avril', 4],
  ['avr', 4], ['mai', 5], ['juin', 6], ['juillet', 7], ['juil', 7], ['août', 8], ['aout', 8], ['septembre', 9],
  ['sept', 9], ['octobre', 10], ['oct', 10], ['novembre', 11], ['nov', 11], ['décembre', 12], ['decembre', 12],
  ['déc', 12], ['dec', 12],
];
const monthAlternation = (months: readonly (readonly [string, number])[]): string =>
  [...months].sort((a, b) => b[0].length - a[0].length).map(([m]) => m).join('|');
const EN = monthAlternation(MONTHS_EN);
const FR = monthAlternation(MONTHS_FR);
const monthNumber = (months: readonly (readonly [string, number])[], name: string): number =>
  months.find(([m]) => m === name.toLowerCase().replace(/\.$/, ''))?.[1] ?? 0;

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const YEAR = '((?:19|20)\\d{2})';

interface Pattern {
  readonly format: DateFormat | 'numeric';
  readonly re: RegExp;
  /** year, month, day from the groups; month 0 when the groups are not a date. */
  readonly parts: (g: readonly (string | undefined)[]) => readonly [number, number, number];
}

const num = (s: string | undefined): number => Number(s ?? 'NaN');

const PATTERNS: readonly Pattern[] = [
  { format: 'iso', re: new RegExp(`(?<![\\p{L}\\p{N}/.-])${YEAR}-(\\d{2})-(\\d{2})(?![\\p{N}])`, 'gu'), parts: (g) => [num(g[0]), num(g[1]), num(g[2])] },
  { format: 'iso', re: new RegExp(`(?<![\\p{L}\\p{N}/.-])${YEAR}/(\\d{2})/(\\d{2})(?![\\p{N}/])`, 'gu'), parts: (g) => [num(g[0]), num(g[1]), num(g[2])] },
  // 14/03/2026, 03/14/2026, 14.03.2026, 14-03-2026: the order is settled later.
  { format: 'numeric', re: new RegExp(`(?<![\\p{L}\\p{N}/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2${YEAR}(?![\\p{N}]|[/.-]\\p{N})`, 'gu'), parts: (g) => [num(g[3]), num(g[0]), num(g[2])] },
  { format: 'long-en', re: new RegExp(`${B}(${EN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}${E}`, 'giu'), parts: (g) => [num(g[2]), monthNumber(MONTHS_EN, g[0] ?? ''), num(g[1])] },
  { format: 'long-en', re: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN})\\.?,?\\s+${YEAR}${E}`, 'giu'), parts: (g) => [num(g[2]), monthNumber(MONTHS_EN, g[1] ?? ''), num(g[0])] },
  { format: 'long-fr', re: new RegExp(`${B}(1er|\\d{1,2})\\s+(${FR})\\.?\\s+${YEAR}${E}`, 'giu'), parts: (g) => [num(g[2]), monthNumber(MONTHS_FR, g[1] ?? ''), g[0] === '1er' ? 1 : num(g[0])] },
];

function validDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Month first in the US (and its territories), day first everywhere else. */
export function numericOrderFor(country: string | undefined): NumericOrder | undefined {
  if (!country) return undefined;
  return ['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'PH'].includes(country.toUpperCase()) ? 'mdy' : 'dmy';
}

const FRENCH_HINT = new RegExp(`${B}(?:${FR.split('|').filter((m) => m.length > 4).join('|')}|le\\s+client|prestataire|société)${E}`, 'iu');

interface Candidate {
  readonly match: TextMatch;
  readonly format: DateFormat | 'numeric';
  readonly y: number;
  readonly a: number;
  readonly b: number;
}

/**
 * How this document writes numeric dates: the claim's country when known, else a numeric
 * date that can only be read one way (a part over 12), else French wording, else month first.
 */
function settleOrder(candidates: readonly Candidate[], pages: readonly PageText[], given: NumericOrder | undefined): NumericOrder {
  if (given) return given;
  for (const c of candidates) {
    if (c.format !== 'numeric') continue;
    if (c.a > 12 && c.b <= 12) return 'dmy';
    if (c.b > 12 && c.a <= 12) return 'mdy';
  }
  return pages.some((p) => FRENCH_HINT.test(p.text)) ? 'dmy' : 'mdy';
}

function dayNumber(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000;
}

/** The reference day minus the allowed age (12 months), as yyyy-mm-dd. */
function oldestAllowed(reference: string): string {
  const d = new Date(`${reference}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - DATE_MAX_AGE_MONTHS);
  return d.toISOString().slice(0, 10);
}

export interface DateOptions {
  /** yyyy-mm-dd: the claim's submission day, or the day of the run. */
  readonly reference: string;
  readonly referenceIs: 'submission' | 'today';
  readonly order?: NumericOrder;
}

/** One finding per date written in the document, in page order. */
export function dateFindings(pages: readonly PageText[], opts: DateOptions): DateFinding[] {
  const candidates: Candidate[] = [];
  for (const p of PATTERNS) {
    for (const match of matchAll(pages, p.re)) {
      const [y, a, b] = p.parts(match.groups);
      candidates.push({ match, format: p.format, y, a, b });
    }
  }
  // Where two readings overlap, the longer wins.
  const kept = dropOverlaps(candidates, (c) => c.match);

  const order = settleOrder(kept, pages, opts.order);
  const oldest = oldestAllowed(opts.reference);
  const out: DateFinding[] = [];
  for (const c of kept) {
    let format: DateFormat;
    let month = c.a;
    let day = c.b;
    if (c.format === 'numeric') {
      // A part over 12 can only be the day, whatever the document's habit.
      const dmy = c.a > 12 ? true : c.b > 12 ? false : order === 'dmy';
      format = dmy ? 'numeric-dmy' : 'numeric-mdy';
      [month, day] = dmy ? [c.b, c.a] : [c.a, c.b];
    } else {
      format = c.format;
    }
    if (!validDate(c.y, month, day)) continue;
    const date = iso(c.y, month, day);
    const ageDays = Math.round(dayNumber(opts.reference) - dayNumber(date));
    const status = date > opts.reference ? 'future' : date < oldest ? 'old' : 'ok';
    out.push({
      kind: 'date',
      status,
      ...evidenceAt(c.match.page, c.match.start, c.match.end),
      detail: { date, ageDays, reference: opts.reference, referenceIs: opts.referenceIs, format },
    });
  }
  return out;
}
