// The report as CSV: RFC 4180 (comma, CRLF, fields with a comma, quote or line break quoted,
// quotes doubled), UTF-8 with a byte-order mark so spreadsheet tools read it as UTF-8.
// Formula injection: a text cell starting with = + - @ (or a tab or carriage return) would be
// run as a formula by a spreadsheet; it gets a leading apostrophe, OWASP's advice, which the
// spreadsheet shows and nothing runs. Numbers, timestamps, booleans and the domain's codes are
// written as they are.
import type { Writable } from 'node:stream';
import { LIST_SEPARATOR, REPORT_COLUMNS, type ReportColumn } from '../../../shared/domain/report-columns';
import type { ReportRow } from '../../../shared/domain/report';
import { writeChunk } from './output';
import type { ReportWriter } from './report-writer';

const BOM = '\uFEFF';
const CRLF = '\r\n';
const CHUNK = 256 * 1024;
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Either of the two above: most cells need neither, and one test says so. */
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;

export function csvText(value: string): string {
  if (!NEEDS_CARE.test(value)) return value;
  return csvField(FORMULA_START.test(value) ? `'${value}` : value);
}

/**
 * A timestamp with milliseconds always: the store keeps a live decision's milliseconds and an
 * imported one's whole seconds, and a column must read alike, sort as text and parse with one pattern.
 */
export function csvTimestamp(iso: string): string {
  return iso.length > 19 && iso[19] !== '.' ? `${iso.slice(0, 19)}.000${iso.slice(19)}` : iso;
}

const listCell = (items: readonly string[]): string => (items.length === 0 ? '' : csvText(items.length === 1 ? items[0]! : items.join(LIST_SEPARATOR)));

type Cell = (value: ReportRow[keyof ReportRow]) => string;

const CELL: Readonly<Record<ReportColumn['type'], Cell>> = {
  integer: (value) => String(value),
  timestamp: (value) => csvTimestamp(String(value)),
  code: (value) => String(value),
  boolean: (value) => (value ? 'true' : 'false'),
  list: (value) => listCell(value as readonly string[]),
  text: (value) => csvText(String(value)),
};

// Each column's writer chosen once, not per cell: 2.4 million cells in a 100,000-row report.
const KEYS: readonly (keyof ReportRow)[] = REPORT_COLUMNS.map((c) => c.key);
const CELLS: readonly Cell[] = REPORT_COLUMNS.map((c) => CELL[c.type]);

export function csvLine(row: ReportRow): string {
  const first = row[KEYS[0]!];
  let line = first === null ? '' : CELLS[0]!(first);
  for (let i = 1; i < KEYS.length; i++) {
    const value = row[KEYS[i]!];
    line += value === null ? ',' : `,${CELLS[i]!(value)}`;
  }
  return line + CRLF;
}

/**
 * Lines are encoded into a buffer one by one as they are made, and the buffer handed to the
 * stream when full: encoding a long string built from many lines took twice as long (V8 first
 * copies the pieces the `+=` left into one string). Only a full buffer waits for the stream.
 */
class Chunks {
  private buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  constructor(private readonly out: Writable) {}

  /** Whether `text` went in; when not, `write` it (which flushes first). */
  add(text: string): boolean {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (this.used + text.length * 3 > CHUNK) return false;
    this.used += this.buffer.write(text, this.used);
    return true;
  }

  async write(text: string): Promise<void> {
    if (this.add(text)) return;
    await this.flush();
    // A line longer than a whole buffer (a long message) goes as it is.
    if (!this.add(text)) await writeChunk(this.out, text);
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    const full = this.buffer.subarray(0, this.used);
    // The stream holds on to the bytes until they are written: the next lines need a new buffer.
    this.buffer = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    await writeChunk(this.out, full);
  }
}

export const writeCsv: ReportWriter = async ({ source, progress }, out) => {
  const chunks = new Chunks(out);
  await chunks.write(BOM + REPORT_COLUMNS.map((c) => csvText(c.header)).join(',') + CRLF);
  for (const row of source.rows()) {
    const line = csvLine(row);
    if (!chunks.add(line)) await chunks.write(line);
    progress.row();
  }
  await chunks.flush();
  out.end();
};
