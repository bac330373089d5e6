// The report as CSV: RFC 4180 (comma, CRLF, fields with a comma, quote or line break quoted,
// quotes doubled), UTF-8 with a byte-order mark so spreadsheet tools read it as UTF-8.
// Formula injection: a text cell starting with = + - @ (or a tab or carriage return) would be
// run as a formula by a spreadsheet; it gets a leading apostrophe, OWASP's advice, which the
// spreadsheet shows and nothing runs. Numbers, timestamps, booleans and the domain's codes are
// written as they are.
import { LIST_SEPARATOR, REPORT_COLUMNS, type ReportColumn } from '../../../shared/domain/report-columns';
import type { ReportRow } from '../../../shared/domain/report';
import { writeChunk, writeChunks } from './output';
import type { Progress } from './progress';
import type { CsvHelper } from './csv-threads';
import type { ReportWriter } from './report-writer';
import type { ReportSource } from './report-source';
import type { DecisionKey } from '../../store/decision-report';

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

/**
 * One function for the layout, written from REPORT_COLUMNS when this module loads, so that a line
 * reads each field by its name: reading fields through a list of keys (2.4 million keyed reads in
 * a 100,000-row report) took a sixth of the CSV's own time. Keys are checked to be plain names:
 * nothing but the column list goes into the function's text.
 */
function compileLine(columns: readonly ReportColumn[]): (row: ReportRow) => string {
  const cells = columns.map(({ key, type }) => {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key) || !Object.hasOwn(CELL, type)) throw new Error(`report column ${key} (${type}) cannot be compiled`);
    return `(row.${key} === null ? '' : cell.${type}(row.${key}))`;
  });
  const make = new Function('cell', `return (row) => ${cells.join(" + ',' + ")} + '\\r\\n';`) as (cell: typeof CELL) => (row: ReportRow) => string;
  return make(CELL);
}

/** A row as one CSV record, CRLF included. */
export const csvLine: (row: ReportRow) => string = compileLine(REPORT_COLUMNS);

/** Where full buffers go: a stream (this thread) or a list handed back (another thread). */
export type ByteSink = (bytes: Uint8Array | string) => Promise<void> | void;

/**
 * Lines are encoded into a buffer one by one as they are made, and the buffer handed to the
 * sink when full: encoding a long string built from many lines took twice as long (V8 first
 * copies the pieces the `+=` left into one string). Only a full buffer waits for the sink.
 */
export class Chunks {
  private buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  constructor(private readonly sink: ByteSink) {}

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
    if (!this.add(text)) await this.sink(text);
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    const full = this.buffer.subarray(0, this.used);
    // The sink holds on to the bytes until they are written: the next lines need a new buffer.
    this.buffer = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    await this.sink(full);
  }
}

/** The rows' lines into `chunks`; how many. */
export async function writeLines(rows: Iterable<ReportRow>, chunks: Chunks, progress?: Progress): Promise<number> {
  let count = 0;
  for (const row of rows) {
    const line = csvLine(row);
    if (!chunks.add(line)) await chunks.write(line);
    count += 1;
    progress?.row();
  }
  return count;
}

/**
 * How many parts: one per thread, fewer when the other threads would hold more rows than they
 * may (the fewer the parts, the less of the report is held); 1 when even one other part is too many.
 */
function partsFor(total: number, helper: CsvHelper): number {
  for (let threads = helper.threads; threads >= 1; threads--) {
    if (total - Math.floor(total / (threads + 1)) <= helper.upToRows) return threads + 1;
  }
  return 1;
}

/** Where each part of a shared report starts: as many parts as threads, the first one this thread's. */
function partStarts(source: ReportSource, parts: number): { offset: number; key: DecisionKey }[] | undefined {
  const starts = [];
  for (let part = 1; part < parts; part++) {
    const offset = Math.floor((source.total * part) / parts);
    const key = source.keyAt(offset);
    if (!key) return undefined;
    starts.push({ offset, key });
  }
  return starts;
}

/**
 * A long report is written by several threads at once when there is a helper (csv-threads.ts):
 * this one the first part of the rows, the helper's threads the others, each from a snapshot of
 * its own.
 */
export const writeCsv: ReportWriter = async ({ source, progress, csvHelper }, out) => {
  const chunks = new Chunks((bytes) => writeChunk(out, bytes));
  await chunks.write(BOM + REPORT_COLUMNS.map((c) => csvText(c.header)).join(',') + CRLF);
  const parts = csvHelper && source.total >= csvHelper.fromRows ? partsFor(source.total, csvHelper) : 1;
  const starts = parts > 1 ? partStarts(source, parts) : undefined;
  if (!csvHelper || !starts) {
    await writeLines(source.rows(), chunks, progress);
  } else {
    const theirs = starts.map(({ offset, key }, i) => {
      const next = starts[i + 1];
      const range = { from: key, before: next?.key };
      // Caught at once: a part that fails while this thread writes its own is written here instead.
      return { range, rows: (next?.offset ?? source.total) - offset, bytes: csvHelper.part(range).catch(() => undefined) };
    });
    await writeLines(source.rows({ before: starts[0]!.key }), chunks, progress);
    for (const { range, rows, bytes } of theirs) {
      const part = await bytes;
      // Another thread read its own snapshot, after this one: the same rows only if nothing was
      // committed since this one was taken; otherwise this thread writes them from its own.
      if (part && part.rows === rows && source.isLatest()) {
        await chunks.flush();
        await writeChunks(out, part.bytes);
        progress.rows(part.rows);
      } else {
        await writeLines(source.rows(range), chunks, progress);
      }
    }
  }
  await chunks.flush();
  out.end();
};
