// The report as a PDF (pdfkit, streamed page by page): a summary page with charts, then the
// decisions as a compact table, "page N of M" on every page (the count is known from the rows'
// count before the first page). The summary is complete only after the last row, so it is drawn
// last and then moved to the front of the page tree: one pass over the rows, each table page
// written out as soon as it is full. A second pass for the summary would cost more than the 5 s
// budget leaves at 100,000 rows.
import PDFDocument from 'pdfkit';
import { summaryBuilder } from '../../../shared/domain/report-summary';
import { describePeriod } from '../../../shared/domain/report-text';
import { A4_LANDSCAPE, MARGIN, type PageFrame } from './pdf-page';
import { drawSummaryPage } from './pdf-summary-page';
import { ROWS_PER_PAGE, TablePages } from './pdf-table';
import { registerFonts } from './pdf-text';
import type { ReportWriter } from './report-writer';

/** Pages between pauses that let the output stream drain (pdfkit pushes without waiting). */
const YIELD_EVERY_PAGES = 25;

/** pdfkit numbers pages in the order they were added; this moves the last one to the front. */
function moveLastPageToFront(doc: InstanceType<typeof PDFDocument>): void {
  // pdfkit's page tree is not public API; if a version changes it, fail loudly (the tests read page 1).
  const kids = (doc as unknown as { _root?: { data?: { Pages?: { data?: { Kids?: unknown[] } } } } })._root?.data?.Pages?.data?.Kids;
  if (!Array.isArray(kids) || kids.length === 0) throw new Error('cannot reorder the PDF\'s pages: pdfkit\'s page tree was not found');
  kids.unshift(kids.pop());
}

export const writePdf: ReportWriter = async ({ source, filters, generatedAt, progress }, out) => {
  const frame: PageFrame = {
    ...A4_LANDSCAPE,
    margin: MARGIN,
    pages: 1 + Math.ceil(source.total / ROWS_PER_PAGE),
    title: `CPOR Workstation \u00b7 Decision report \u00b7 ${describePeriod(filters)}`,
  };
  const doc = new PDFDocument({
    size: [frame.width, frame.height],
    margin: frame.margin,
    autoFirstPage: false,
    // Fixed document information (and so a fixed file id): the same store gives the same file.
    info: { Title: 'Decision report', Author: 'CPOR Workstation', Creator: 'CPOR Workstation', CreationDate: generatedAt, ModDate: generatedAt },
  });
  registerFonts(doc);
  doc.pipe(out);
  const summary = summaryBuilder();
  const table = new TablePages(doc, frame, 2, source.total);
  let written = 0;
  for (const row of source.rows()) {
    table.add(row);
    summary.add(row);
    progress.row();
    if (++written % (ROWS_PER_PAGE * YIELD_EVERY_PAGES) === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  table.flush();
  doc.addPage({ size: [frame.width, frame.height], margin: frame.margin });
  drawSummaryPage(doc, frame, { summary: summary.result(), filters, generatedAt, calendar: source.calendar });
  moveLastPageToFront(doc);
  doc.end();
};
