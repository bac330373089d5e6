// The report as a real workbook, streamed with exceljs's WorkbookWriter: a "Decisions" sheet with
// typed columns (timestamps as dates, counts as numbers, "within SLA" as booleans), a frozen bold
// header row, an autofilter over every row, column widths; then a "Summary" sheet. The data rows
// are written as text by xlsx-rows.ts into the sheet's part (see there why). The summary
// follows the rows because it is complete only after the last one, and a streamed workbook writes
// its sheets in the order they were added.
// Timestamps are written as their wall-clock time in the store's calendar zone, which the
// summary names.
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { REPORT_COLUMNS, type ReportColumn } from '../../../shared/domain/report-columns';
import { summaryBuilder } from '../../../shared/domain/report-summary';
import type { ReportWriter } from './report-writer';
import { DATE_TIME_FORMAT } from './xlsx-cells';
import { xlsxRowWriter } from './xlsx-rows';
import { writeSummarySheet } from './xlsx-summary';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
/** Rows between pauses that let the zip stream catch up (exceljs itself never waits). */
const YIELD_EVERY = 2000;
/** Rows written to the sheet's part in one piece. */
const ROWS_PER_WRITE = 200;

const columnStyle = (c: ReportColumn): Partial<ExcelJS.Style> =>
  c.type === 'timestamp' ? { numFmt: DATE_TIME_FORMAT } : c.type === 'integer' ? { numFmt: '0' } : {};
const CELL_STYLES = REPORT_COLUMNS.map(columnStyle);

/**
 * The parts of exceljs's streaming writer used to hand it rows as text. exceljs declares neither:
 * `styles` is the workbook's style table (each cell's own style is registered through it too),
 * `stream` the sheet's part, opened at its first committed row. Pinned with exceljs's major.
 */
interface WorkbookInternals {
  readonly styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType: ExcelJS.ValueType): number };
}
interface SheetInternals {
  readonly stream: Writable;
}

function styleIds(workbook: ExcelJS.stream.xlsx.WorkbookWriter): number[] {
  const { styles } = workbook as unknown as Partial<WorkbookInternals>;
  if (typeof styles?.addStyleModel !== 'function') throw new Error('exceljs has no style table where this writer expects it (exceljs upgraded?)');
  return REPORT_COLUMNS.map((c, i) => (c.type === 'timestamp' || c.type === 'integer' ? styles.addStyleModel(CELL_STYLES[i]!, ExcelJS.ValueType.Number) : 0));
}

const yieldToStreams = () => new Promise<void>((resolve) => setImmediate(resolve));

export const writeXlsx: ReportWriter = async ({ source, filters, generatedAt, progress }, out) => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'CPOR Workstation';
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  const sheet = workbook.addWorksheet('Decisions', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REPORT_COLUMNS.map((c, i) => ({ key: c.key, width: c.width, style: CELL_STYLES[i] as Partial<ExcelJS.Style> }));
  const header = sheet.addRow(REPORT_COLUMNS.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.numFmt = 'General';
  });
  header.commit();

  const part = (sheet as unknown as Partial<SheetInternals>).stream;
  if (typeof part?.write !== 'function') throw new Error('exceljs has no sheet stream where this writer expects it (exceljs upgraded?)');
  const rowXml = xlsxRowWriter(styleIds(workbook));
  const summary = summaryBuilder();
  let written = 0;
  let pending = '';
  for (const row of source.rows()) {
    pending += rowXml(row, written + 2);
    summary.add(row);
    progress.row();
    written++;
    if (written % ROWS_PER_WRITE === 0) {
      part.write(pending);
      pending = '';
    }
    if (written % YIELD_EVERY === 0) await yieldToStreams();
  }
  if (pending) part.write(pending);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: written + 1, column: REPORT_COLUMNS.length } };
  sheet.commit();

  writeSummarySheet(workbook, { summary: summary.result(), filters, generatedAt, calendar: source.calendar });
  await workbook.commit();
};
