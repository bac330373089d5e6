// The report as CSV: RFC 4180 (comma, CRLF, fields with a comma, quote or line break quoted,
// quotes doubled), UTF-8 with a byte-order mark so spreadsheet tools read it as UTF-8.
// Formula injection: a text cell starting with = + - @ (or a tab or carriage return) would be
// run as a formula by a spreadsheet; it gets a leading apostrophe, OWASP's advice, which the
// spreadsheet shows and nothing runs. Numbers, timestamps, booleans and the domain's codes are
// written as they are.
import { LIST_SEPARATOR, REPORT_COLUMNS, type ReportColumn } from '../../../shared/domain/report-columns';
import type { ReportRow } from '../../../shared/domain/report';
import { writeChunk } from './output';
import type { ReportWriter } from './report-writer';

const BOM = '\uFEFF';
const CRLF = '\r\n';
const CHUNK = 64 * 1024;
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvText(value: string): string {
  return csvField(FORMULA_START.test(value) ? `'${value}` : value);
}

function csvCell(row: ReportRow, column: ReportColumn): string {
  const value = row[column.key];
  if (value === null) return '';
  switch (column.type) {
    case 'integer':
    case 'timestamp':
    case 'code':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'list':
      return csvText((value as readonly string[]).join(LIST_SEPARATOR));
    case 'text':
      return csvText(String(value));
  }
}

export function csvLine(row: ReportRow): string {
  return REPORT_COLUMNS.map((c) => csvCell(row, c)).join(',') + CRLF;
}

export const writeCsv: ReportWriter = async ({ source, progress }, out) => {
  let chunk = BOM + REPORT_COLUMNS.map((c) => csvText(c.header)).join(',') + CRLF;
  for (const row of source.rows()) {
    chunk += csvLine(row);
    progress.row();
    if (chunk.length >= CHUNK) {
      await writeChunk(out, chunk);
      chunk = '';
    }
  }
  await writeChunk(out, chunk);
  out.end();
};
