// What the reports screen shows before an export: the summary of every matching decision, the
// first rows, and how many there are.
import type { ReportPreview } from '../../../shared/api/schemas';
import type { ReportFilters, ReportRow } from '../../../shared/domain/report';
import { summaryBuilder } from '../../../shared/domain/report-summary';
import type { ServiceContext } from '../context';
import { sharedCsvThreads } from './csv-threads';
import { openReportSource } from './report-source';

export const PREVIEW_ROWS = 200;

export function previewReport(ctx: ServiceContext, filters: ReportFilters): ReportPreview {
  // The reports screen is open and an export may follow: the CSV thread starts meanwhile.
  sharedCsvThreads()?.warm();
  const { region, timeZone, closing } = ctx.calendar;
  const source = openReportSource(ctx.store, filters, { region, timeZone, closing });
  try {
    const summary = summaryBuilder();
    const rows: ReportRow[] = [];
    for (const row of source.rows()) {
      summary.add(row);
      if (rows.length < PREVIEW_ROWS) rows.push(row);
    }
    return { total: source.total, rows, summary: summary.result(), calendar: source.calendar };
  } finally {
    source.close();
  }
}
