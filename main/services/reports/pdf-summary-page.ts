// The PDF's first page: what the report holds, four key figures, and four charts (decisions over
// time, by action, by reviewer, within SLA by reviewer).
import type { CalendarConfig } from '../../../shared/domain/calendar';
import { ACTION_LABELS } from '../../../shared/domain/codes';
import type { ReportFilters } from '../../../shared/domain/report';
import { binPerDay, type BinUnit } from '../../../shared/domain/report-bins';
import type { ReportSummary } from '../../../shared/domain/report-summary';
import { describeFilters, describePeriod, percent } from '../../../shared/domain/report-text';
import { inCalendarZone } from '../../../shared/domain/sla';
import { type BarItem, barList, type Box, COLORS, columnChart, formatCount, label, legend, paragraph } from './pdf-charts';
import { type PageFrame, pageFooter } from './pdf-page';
import type { Doc } from './pdf-text';

export interface SummaryPage {
  readonly summary: ReportSummary;
  readonly filters: ReportFilters;
  readonly generatedAt: Date;
  readonly calendar: CalendarConfig;
}

/** Bars beyond this many reviewers are summed into one "others" line. */
const MAX_REVIEWERS = 9;
const UNIT_WORD: Readonly<Record<BinUnit, string>> = { day: 'per day', week: 'per week (from Monday)', month: 'per month' };

function tile(doc: Doc, box: Box, title: string, value: string, note: string): void {
  doc.roundedRect(box.x, box.y, box.width, box.height, 4).fillColor(COLORS.tile).fill();
  label(doc, title, box.x + 10, box.y + 8, { color: COLORS.muted, size: 8 });
  label(doc, value, box.x + 10, box.y + 20, { size: 18, bold: true });
  label(doc, note, box.x + 10, box.y + 42, { color: COLORS.muted, size: 7, width: box.width - 20 });
}

function reviewerItems(summary: ReportSummary, split: boolean): BarItem[] {
  const shown = summary.byReviewer.slice(0, MAX_REVIEWERS);
  const rest = summary.byReviewer.slice(MAX_REVIEWERS);
  const lines = shown.map((r) => ({ label: r.reviewer, decisions: r.decisions, measured: r.measured, within: r.withinSla }));
  if (rest.length) {
    lines.push({
      label: `${rest.length} others`,
      decisions: rest.reduce((n, r) => n + r.decisions, 0),
      measured: rest.reduce((n, r) => n + r.measured, 0),
      within: rest.reduce((n, r) => n + r.withinSla, 0),
    });
  }
  return split
    ? lines.filter((l) => l.measured > 0).map((l) => ({ label: l.label, value: l.measured, within: l.within, note: percent(l.within / l.measured) }))
    : lines.map((l) => ({ label: l.label, value: l.decisions, note: formatCount(l.decisions) }));
}

function overTime(summary: ReportSummary, filters: ReportFilters): { bars: { label: string; value: number }[]; unit: BinUnit } {
  const first = filters.from ?? summary.perDay[0]?.date;
  const last = filters.to ?? summary.perDay.at(-1)?.date;
  if (!first || !last) return { bars: [], unit: 'day' };
  const { unit, bins } = binPerDay(summary.perDay, first, last);
  return { unit, bars: bins.map((b) => ({ label: unit === 'month' ? b.start.slice(0, 7) : b.start.slice(5), value: b.count })) };
}

export function drawSummaryPage(doc: Doc, frame: PageFrame, { summary, filters, generatedAt, calendar }: SummaryPage): void {
  const { margin, width } = frame;
  const inner = width - 2 * margin;
  label(doc, 'Decision report', margin, margin, { size: 22, bold: true, color: COLORS.bar });
  label(doc, `Period: ${describePeriod(filters)}    Filters: ${describeFilters(filters)}`, margin, margin + 30, { size: 9, width: inner });
  const generated = inCalendarZone(generatedAt.toISOString(), calendar).slice(0, 16).replace('T', ' ');
  label(doc, `Generated ${generated}    Calendar ${calendar.region}, closing ${calendar.closing}    Times in ${calendar.timeZone}`, margin, margin + 43, {
    size: 8,
    color: COLORS.muted,
    width: inner,
  });

  const tileY = margin + 62;
  const tileWidth = (inner - 3 * 12) / 4;
  const tileBox = (i: number): Box => ({ x: margin + i * (tileWidth + 12), y: tileY, width: tileWidth, height: 56 });
  const { withinSla } = summary;
  const busiest = summary.byReviewer[0];
  tile(doc, tileBox(0), 'Decisions', formatCount(summary.decisions), summary.firstDecidedAt ? `${summary.firstDecidedAt.slice(0, 10)} to ${(summary.lastDecidedAt ?? '').slice(0, 10)}` : 'none in this period');
  tile(doc, tileBox(1), 'Within SLA', percent(withinSla.share), `${formatCount(withinSla.within)} of ${formatCount(withinSla.measured)} measured reviewer decisions`);
  tile(doc, tileBox(2), 'Median business days', summary.medianBusinessDays === null ? '–' : String(summary.medianBusinessDays), 'from the clock\u2019s start to the decision');
  tile(doc, tileBox(3), 'Reviewers', formatCount(summary.byReviewer.length), busiest ? `busiest: ${busiest.reviewer} (${formatCount(busiest.decisions)})` : 'no reviewer decisions');

  const chartsY = tileY + 56 + 22;
  const gap = 28;
  const chartWidth = (inner - gap) / 2;
  const chartHeight = (frame.height - margin - 34 - chartsY - gap) / 2;
  const box = (col: number, row: number): Box => ({ x: margin + col * (chartWidth + gap), y: chartsY + row * (chartHeight + gap), width: chartWidth, height: chartHeight });

  const time = overTime(summary, filters);
  columnChart(doc, box(0, 0), `Decisions ${UNIT_WORD[time.unit]}`, time.bars);
  barList(doc, box(1, 0), 'Decisions by action', summary.byAction.map((a) => ({ label: ACTION_LABELS[a.action], value: a.count, note: formatCount(a.count) })));
  barList(doc, box(0, 1), 'Decisions by reviewer', reviewerItems(summary, false));
  const slaBox = box(1, 1);
  barList(doc, slaBox, 'Within SLA by reviewer', reviewerItems(summary, true));
  legend(doc, slaBox.x + slaBox.width, slaBox.y + 2, [
    { color: COLORS.within, text: 'within SLA' },
    { color: COLORS.outside, text: 'outside SLA' },
  ]);

  paragraph(
    doc,
    'Within SLA and business days: each reviewer decision against the clock its status ran (review start, decision, dispute answer), in business days of the store\u2019s calendar. Partner and customer actions are not measured.',
    margin,
    frame.height - margin - 14,
    inner,
    { size: 7, color: COLORS.muted },
  );
  pageFooter(doc, frame, 1);
}
