// The Decisions sheet's data rows as SpreadsheetML text (ECMA-376 Part 1: 18.3.1.73 row,
// 18.3.1.4 c). exceljs's WorkbookWriter builds a Row, a Cell and a model object per cell and
// renders each through its generic XML writer: at 100,000 rows of 24 cells that was four
// fifths of the workbook's time (6.3 to 7.7 s; write-excel-file, measured beside it, took
// twice as long). These rows hold five kinds of cell, written here straight to text; exceljs
// still writes everything else (workbook, styles, columns, header, autofilter, summary, zip).
import { LIST_SEPARATOR, REPORT_COLUMNS, type ColumnType } from '../../../shared/domain/report-columns';
import type { ReportRow } from '../../../shared/domain/report';

/** Characters XML 1.0 cannot carry at all, even escaped (exceljs drops them too). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const MARKUP = /[&<>]/;
const EDGE_SPACE = /^\s|\s$/;
const DAY_MS = 86_400_000;
/** 1970-01-01 as a spreadsheet serial day (the 1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

export function xmlText(value: string): string {
  let text = value.replace(NOT_XML, '');
  if (MARKUP.test(text)) text = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return text;
}

/**
 * A time with an offset as the spreadsheet serial of its wall-clock time: spreadsheets have no
 * time zones, so the cell shows the calendar-zone time the report is written in.
 */
export function wallClockSerial(iso: string): number {
  const ms = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10), +iso.slice(11, 13), +iso.slice(14, 16), +iso.slice(17, 19), iso[19] === '.' ? +iso.slice(20, 23) : 0);
  return UNIX_EPOCH_SERIAL + ms / DAY_MS;
}

/** Column letters of the 1-based column n (A, B, ... Z, AA ...). */
function columnLetters(n: number): string {
  let letters = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

type CellText = (ref: string, value: NonNullable<ReportRow[keyof ReportRow]>, style: string) => string;

const inlineString = (ref: string, text: string, style: string): string =>
  `<c r="${ref}"${style} t="inlineStr"><is><t${EDGE_SPACE.test(text) ? ' xml:space="preserve"' : ''}>${xmlText(text)}</t></is></c>`;

const CELL: Readonly<Record<ColumnType, CellText>> = {
  integer: (ref, value, style) => `<c r="${ref}"${style}><v>${value as number}</v></c>`,
  timestamp: (ref, value, style) => `<c r="${ref}"${style}><v>${wallClockSerial(value as string)}</v></c>`,
  boolean: (ref, value, style) => `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`,
  code: (ref, value, style) => inlineString(ref, value as string, style),
  text: (ref, value, style) => inlineString(ref, value as string, style),
  list: (ref, value, style) => inlineString(ref, (value as readonly string[]).join(LIST_SEPARATOR), style),
};

/**
 * A writer of data rows; `styleIds[i]` is the workbook's style id for column i's cells (0: none),
 * from the workbook's own style table so the cells share the formats the columns declare.
 */
export function xlsxRowWriter(styleIds: readonly number[]): (row: ReportRow, rowNumber: number) => string {
  const columns = REPORT_COLUMNS.map((c, i) => ({
    key: c.key,
    letters: columnLetters(i + 1),
    style: styleIds[i] ? ` s="${styleIds[i]}"` : '',
    cell: CELL[c.type],
  }));
  return (row, rowNumber) => {
    let xml = `<row r="${rowNumber}">`;
    for (const c of columns) {
      const value = row[c.key];
      if (value !== null) xml += c.cell(`${c.letters}${rowNumber}`, value, c.style);
    }
    return `${xml}</row>`;
  };
}
