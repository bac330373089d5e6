// The workbook's "Summary" sheet: what the report holds and its figures, each cell typed.
import type ExcelJS from 'exceljs';
import { ACTION_LABELS } from '../../../shared/domain/codes';
import type { CalendarConfig } from '../../../shared/domain/calendar';
import type { ReportFilters } from '../../../shared/domain/report';
import type { ReportSummary } from '../../../shared/domain/report-summary';
import { describeFilters, describePeriod } from '../../../shared/domain/report-text';
import { inCalendarZone } from '../../../shared/domain/sla';
import { DATE_FORMAT, DATE_TIME_FORMAT, SHARE_FORMAT, wallClockDate } from './xlsx-cells';

export interface SummaryInput {
  readonly summary: ReportSummary;
  readonly filters: ReportFilters;
  readonly generatedAt: Date;
  readonly calendar: CalendarConfig;
}

export function writeSummarySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, { summary, filters, generatedAt, calendar }: SummaryInput): void {
  const sheet = workbook.addWorksheet('Summary');
  sheet.columns = [{ width: 30 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }];
  const add = (values: ExcelJS.CellValue[], style: { bold?: boolean; formats?: (string | undefined)[] } = {}) => {
    const row = sheet.addRow(values);
    row.eachCell((cell, n) => {
      if (style.bold) cell.font = { bold: true };
      const format = style.formats?.[n - 1];
      if (format) cell.numFmt = format;
    });
    row.commit();
  };
  const heading = (text: string) => {
    add([]);
    const row = sheet.addRow([text]);
    row.getCell(1).font = { bold: true, size: 13 };
    row.commit();
  };

  const title = sheet.addRow(['Decision report']);
  title.getCell(1).font = { bold: true, size: 16 };
  title.commit();
  add(['Period', describePeriod(filters)]);
  add(['Filters', describeFilters(filters)]);
  add(['Generated at', wallClockDate(inCalendarZone(generatedAt.toISOString(), calendar))], { formats: [undefined, DATE_TIME_FORMAT] });
  add(['Calendar', `${calendar.region}, ${calendar.timeZone}, closing ${calendar.closing}`]);
  add(['Times shown in', calendar.timeZone]);

  heading('Figures');
  add(['Decisions', summary.decisions]);
  add(['Measured against a reviewer clock', summary.withinSla.measured]);
  add(['Within SLA', summary.withinSla.within]);
  add(['Within SLA, share', summary.withinSla.share], { formats: [undefined, SHARE_FORMAT] });
  add(['Median business days taken', summary.medianBusinessDays]);

  heading('By action');
  add(['Action', 'Decisions'], { bold: true });
  for (const a of summary.byAction) add([ACTION_LABELS[a.action], a.count]);

  heading('By reviewer');
  add(['Reviewer', 'Decisions', 'Measured', 'Within SLA', 'Share'], { bold: true });
  for (const r of summary.byReviewer) {
    add([r.reviewer, r.decisions, r.measured, r.withinSla, r.measured ? r.withinSla / r.measured : null], { formats: [undefined, undefined, undefined, undefined, SHARE_FORMAT] });
  }

  heading('Decisions per day');
  add(['Day', 'Decisions'], { bold: true });
  for (const d of summary.perDay) add([wallClockDate(`${d.date}T00:00:00Z`), d.count], { formats: [DATE_FORMAT] });
  sheet.commit();
}
