// The decision report on a fixed store (test/fixtures/report-store.ts): the CSV byte for byte
// against a committed golden file, the workbook read back cell by cell, the PDF's text and
// pages through pdf.js, the filters, an empty period, and files that appear whole or not at all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReport, reportBytes } from '../../main/services/reports/export-report';
import { csvLine } from '../../main/services/reports/csv-writer';
import { previewReport } from '../../main/services/reports/preview';
import { openReportSource } from '../../main/services/reports/report-source';
import { DomainError } from '../../shared/api/result';
import { REPORT_COLUMNS } from '../../shared/domain/report-columns';
import type { ReportFilters } from '../../shared/domain/report';
import type { StoreWithClaims } from '../fixtures/claims-store';
import { ROOT } from '../fixtures/cli';
import { pdfPageTexts } from '../fixtures/pdf-pages';
import { seedDecisions } from '../fixtures/report-bulk';
import { ALEX, CAMILLE, JONAS, PRIYA, reportStore, SAM } from '../fixtures/report-store';

const GOLDEN = join(ROOT, 'test', 'fixtures', 'golden', 'decision-report.csv');
const SCREENSHOT = join(ROOT, 'test-results', 'screenshots', 'report-pdf-p1.png');

let t: StoreWithClaims;
let out: string;
beforeAll(async () => {
  t = await reportStore();
  out = mkdtempSync(join(tmpdir(), 'cpor-report-'));
});
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

const exported = (format: 'csv' | 'xlsx' | 'pdf', name: string, filters: ReportFilters = {}) => exportReport(t.ctx(), { format, filters, out: join(out, name) });
const claimsOf = (filters: ReportFilters) => previewReport(t.ctx(), filters).rows.map((r) => `${r.claimId} ${r.action}`);

describe('the CSV report', () => {
  it('matches the golden file byte for byte', async () => {
    const result = await exported('csv', 'report.csv');
    const bytes = readFileSync(result.file);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, bytes);
    expect(result).toMatchObject({ format: 'csv', rows: 15, bytes: bytes.length });
    expect(bytes.equals(readFileSync(GOLDEN))).toBe(true);
  });

  it('is UTF-8 with a byte-order mark, CRLF records, a header naming every column', async () => {
    const text = readFileSync((await exported('csv', 'shape.csv')).file, 'utf8');
    expect(text.startsWith('\uFEFFDecision,Claim,Partner MPN ID,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]?.replace('\uFEFF', '').split(',')).toEqual(REPORT_COLUMNS.map((c) => c.header));
    // 15 records and a header; one message holds a line break inside its quotes.
    expect(text.split('\r\n').length - 1).toBe(16);
    expect(text).toContain('"The PoE does not describe the partner\u2019s work.\nPlease see the checklist."');
    expect(text).toContain(`"'=HYPERLINK(""http://example.com"",""click"")"`);
    expect(text).toContain('Ōsaka Trading 株式会社');
  });
});

describe('a long CSV report', () => {
  it('is the header and one line per row, whatever falls on a buffer\u2019s edge', async () => {
    const bulk = seedDecisions(3000);
    try {
      // A message longer than a write buffer, and two-byte, three-byte and four-byte characters
      // on rows that land at every offset of one.
      const long = `Très "long" 株式会社 😀 ${'é株😀, '.repeat(60_000)}fin`;
      bulk.store.db.prepare('UPDATE decisions SET message = ? WHERE id = 1500').run(long);
      bulk.store.db.prepare("UPDATE decisions SET message = 'Ōsaka 株式会社 😀 ' || id WHERE id % 7 = 0").run();
      const result = await exportReport(bulk.ctx(), { format: 'csv', filters: {}, out: join(out, 'long.csv') });
      const source = openReportSource(bulk.store, {}, bulk.ctx().calendar);
      let expected = '\uFEFF' + REPORT_COLUMNS.map((c) => c.header).join(',') + '\r\n';
      try {
        for (const row of source.rows()) expected += csvLine(row);
      } finally {
        source.close();
      }
      const bytes = readFileSync(result.file);
      expect(result.rows).toBe(source.total);
      expect(bytes.length).toBe(Buffer.byteLength(expected));
      expect(bytes.toString('utf8') === expected).toBe(true);
      expect(expected).toContain(`"${long.replaceAll('"', '""')}"`);
    } finally {
      bulk.dispose();
    }
  });
});

describe('the figures every format carries', () => {
  it('measure reviewer decisions against their clocks, in business days of the store\u2019s calendar', () => {
    const { total, rows, summary } = previewReport(t.ctx(), {});
    expect(total).toBe(15);
    const r1Approve = rows.find((r) => r.claimId === 'R1' && r.action === 'approve');
    expect(r1Approve).toMatchObject({ clock: 'decision', clockStartedAt: '2026-11-06T08:05:00-08:00', dueAt: '2026-11-16T17:00:00-08:00', businessDays: 9, withinSla: false });
    expect(rows.find((r) => r.claimId === 'R2' && r.action === 'uphold-rejection')).toMatchObject({ clock: 'dispute-answer', businessDays: 2, withinSla: true, toStatus: 'rejected-final' });
    expect(rows.find((r) => r.claimId === 'R6')).toMatchObject({ decidedBy: JONAS, clockStartedAt: '2026-11-10T10:00:00-08:00', businessDays: 9, withinSla: false });
    expect(rows.filter((r) => r.side !== 'reviewer').every((r) => r.clock === null && r.businessDays === null && r.withinSla === null)).toBe(true);
    expect(summary).toMatchObject({ decisions: 15, withinSla: { measured: 11, within: 9 }, medianBusinessDays: 2 });
    expect(summary.byReviewer.map((r) => r.reviewer)).toEqual([ALEX, PRIYA, SAM, CAMILLE, JONAS]);
  });
});

describe('filters', () => {
  it('take the period in local days of the calendar, both ends included', () => {
    // R3's review started at 23:30 on 3 Nov in Los Angeles, 4 Nov in UTC.
    expect(claimsOf({ to: '2026-11-03' })).toEqual(['R1 start-review', 'R3 start-review']);
    expect(claimsOf({ from: '2026-11-04', to: '2026-11-04' })).toEqual(['R1 request-info']);
    expect(claimsOf({ from: '2026-11-23' })).toEqual(['R3 overturn-rejection', 'R4 start-review', 'R6 approve']);
  });

  it('select by who decided, the status decided into, action, product family and policy', () => {
    expect(claimsOf({ reviewer: 'priya shah' })).toEqual(['R1 start-review', 'R1 request-info', 'R1 approve']);
    expect(claimsOf({ status: 'approved' })).toEqual(['R1 approve', 'R3 overturn-rejection', 'R6 approve']);
    expect(claimsOf({ action: 'dispute' })).toEqual(['R2 dispute', 'R3 dispute']);
    expect(claimsOf({ productFamily: 'business-applications' })).toEqual(['R2 start-review', 'R2 reject', 'R2 dispute', 'R2 uphold-rejection', 'R5 withdraw']);
    expect(claimsOf({ policy: '2023', status: 'rejected-final' })).toEqual(['R2 uphold-rejection']);
  });
});

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('the XLSX report', () => {
  it('is a real workbook: a typed, filtered, frozen Decisions sheet', async () => {
    const wb = await workbook((await exported('xlsx', 'report.xlsx')).file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Decisions', 'Summary']);
    const sheet = wb.getWorksheet('Decisions') as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(16);
    expect(sheet.getRow(1).values).toEqual([undefined, ...REPORT_COLUMNS.map((c) => c.header)]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:${String.fromCharCode(64 + REPORT_COLUMNS.length)}16`);
    expect(sheet.getColumn(REPORT_COLUMNS.findIndex((c) => c.key === 'customerTenantId') + 1).width).toBe(38);

    const col = (key: string) => REPORT_COLUMNS.findIndex((c) => c.key === key) + 1;
    const rowOf = (claim: string, action: string): ExcelJS.Row => {
      const rows: ExcelJS.Row[] = [];
      sheet.eachRow((r) => {
        if (r.getCell(col('claimId')).value === claim && r.getCell(col('action')).value === action) rows.push(r);
      });
      expect(rows).toHaveLength(1);
      return rows[0] as ExcelJS.Row;
    };
    // Rows in decision order, as in the CSV.
    expect(sheet.getRow(2).getCell(col('claimId')).value).toBe('R1');
    expect(sheet.getRow(3).getCell(col('claimId')).value).toBe('R3');
    const r1Approve = rowOf('R1', 'approve');
    expect(r1Approve.getCell(col('decisionId')).value).toBe(4);
    // Timestamps are dates at the calendar's wall-clock time, shown with a date-time format.
    expect(r1Approve.getCell(col('decidedAt')).value).toEqual(new Date('2026-11-20T09:05:00Z'));
    expect(r1Approve.getCell(col('decidedAt')).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(r1Approve.getCell(col('dueAt')).value).toEqual(new Date('2026-11-16T17:00:00Z'));
    expect(r1Approve.getCell(col('businessDays')).value).toBe(9);
    expect(r1Approve.getCell(col('withinSla')).value).toBe(false);
    expect(r1Approve.getCell(col('products')).value).toBe('Microsoft Teams');
    const resubmit = rowOf('R1', 'resubmit');
    expect(resubmit.getCell(col('withinSla')).value).toBeNull();
    expect(resubmit.getCell(col('businessDays')).value).toBeNull();
    // In a workbook a formula-looking name is a plain string cell, never a formula.
    const r2 = rowOf('R2', 'start-review');
    expect(r2.getCell(col('customerName')).value).toBe('=HYPERLINK("http://example.com","click")');
    expect(r2.getCell(col('customerName')).type).toBe(ExcelJS.ValueType.String);
    expect(r2.getCell(col('products')).value).toBe('Dynamics 365 Sales; Power BI Pro');
    expect(r2.getCell(col('partnerName')).value).toBe('Fabrikam, "Cloud" Partners');
    // Text as written: a line break, typographic quotes, other scripts, a leading "@".
    expect(rowOf('R2', 'reject').getCell(col('message')).value).toBe('The PoE does not describe the partner\u2019s work.\nPlease see the checklist.');
    expect(rowOf('R4', 'start-review').getCell(col('customerName')).value).toBe('Ōsaka Trading 株式会社');
    expect(rowOf('R5', 'withdraw').getCell(col('message')).value).toBe('@ wrong customer, sorry');
  });

  it('has a Summary sheet with typed figures', async () => {
    const wb = await workbook((await exported('xlsx', 'summary.xlsx')).file);
    const sheet = wb.getWorksheet('Summary') as ExcelJS.Worksheet;
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((r) => {
      const key = r.getCell(1).value;
      if (typeof key === 'string' && !rows.has(key)) rows.set(key, r);
    });
    const value = (label: string, cell = 2) => rows.get(label)?.getCell(cell).value;
    expect(value('Decisions')).toBe(15);
    expect(value('Measured against a reviewer clock')).toBe(11);
    expect(value('Within SLA')).toBe(9);
    expect(value('Within SLA, share')).toBeCloseTo(9 / 11, 10);
    expect(rows.get('Within SLA, share')?.getCell(2).numFmt).toBe('0.0%');
    expect(value('Median business days taken')).toBe(2);
    expect(value('Period')).toBe('every decision on record');
    expect(value('Times shown in')).toBe('America/Los_Angeles');
    expect(value('Start review')).toBe(4);
    expect(value(PRIYA, 3)).toBe(3);
    expect(value(PRIYA, 4)).toBe(2);
    expect(value(JONAS, 5)).toBe(0);
    const days: [unknown, unknown][] = [];
    sheet.eachRow((r) => {
      if (r.getCell(1).value instanceof Date) days.push([r.getCell(1).value, r.getCell(2).value]);
    });
    expect(days[0]).toEqual([new Date('2026-11-03T00:00:00Z'), 2]);
    expect(days.reduce((n, [, count]) => n + Number(count), 0)).toBe(15);
  });
});

async function pdfPages(name: string, filters: ReportFilters = {}): Promise<string[]> {
  return pdfPageTexts(readFileSync((await exported('pdf', name, filters)).file));
}

describe('the PDF report', () => {
  it('opens on a summary page, then lists every decision, page N of M on each', async () => {
    const pages = await pdfPages('report.pdf');
    expect(pages).toHaveLength(2);
    const [summary, table] = pages as [string, string];
    for (const text of ['Decision report', 'Period: every decision on record', 'Decisions per day', 'Decisions by action', 'Decisions by reviewer', 'Within SLA by reviewer', '81.8%', '9 of 11 measured reviewer decisions', 'Page 1 of 2']) {
      expect(summary).toContain(text);
    }
    expect(table).toContain('Decided at');
    expect(table).toContain('rows 1–15 of 15');
    expect(table).toContain('Page 2 of 2');
    for (const id of ['R1', 'R2', 'R3', 'R4', 'R5', 'R6']) expect(table.split('\n')).toContain(id);
    expect(table).toContain('Fabrikam, "Cloud" Partners');
    // The embedded DejaVu Sans Condensed prints Ō; it has no Japanese, shown as "?" rather than empty boxes.
    expect(table).toContain('Ōsaka Trading ????');
    // Reasons and deficiencies in words, as the application says them, never as codes.
    expect(table).toContain('Missing customer acknowledgment');
    expect(table).not.toMatch(/missing-customer-acknowledgment|insufficient-poe|missing-partner-service/);
  });

  it('repeats the column headings on every page of a long table', async () => {
    const bulk = seedDecisions(200);
    try {
      const pages = await pdfPageTexts(await reportBytes(bulk.ctx(), { format: 'pdf', filters: {} }));
      expect(pages).toHaveLength(1 + Math.ceil(200 / 44));
      pages.slice(1).forEach((page, i) => {
        expect(page).toContain('Decided at');
        expect(page).toContain(`Page ${i + 2} of ${pages.length}`);
      });
      expect(pages.at(-1)).toContain('rows 177–200 of 200');
    } finally {
      bulk.dispose();
    }
  });

  it('looks like a finished report (page 1 rendered for people to look at)', async () => {
    const file = (await exported('pdf', 'look.pdf')).file;
    const probe = spawnSync('pdftoppm', ['-v']);
    if (probe.error) return; // no poppler here: the text tests above still ran
    mkdirSync(join(ROOT, 'test-results', 'screenshots'), { recursive: true });
    const r = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, SCREENSHOT.replace(/\.png$/, '')]);
    expect(r.status).toBe(0);
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});

describe('an empty period', () => {
  it('gives a header-only CSV, an empty workbook with its summary, a one-page PDF', async () => {
    const empty = { from: '2027-01-01' };
    const csv = await exported('csv', 'empty.csv', empty);
    expect(csv.rows).toBe(0);
    expect(readFileSync(csv.file, 'utf8')).toBe(`\uFEFF${REPORT_COLUMNS.map((c) => c.header).join(',')}\r\n`);
    const wb = await workbook((await exported('xlsx', 'empty.xlsx', empty)).file);
    expect(wb.getWorksheet('Decisions')?.rowCount).toBe(1);
    const figures: unknown[][] = [];
    wb.getWorksheet('Summary')?.eachRow((r) => figures.push((r.values as unknown[]).slice(1)));
    expect(figures).toContainEqual(['Decisions', 0]);
    expect(figures).toContainEqual(['Within SLA', 0]);
    const pages = await pdfPages('empty.pdf', empty);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('No decisions');
    expect(pages[0]).toContain('Page 1 of 1');
  });
});

describe('report files', () => {
  const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.includes('.partial'));

  it('replace an older file whole', async () => {
    const target = join(out, 'again.csv');
    writeFileSync(target, 'old');
    await exported('csv', 'again.csv');
    expect(readFileSync(target).equals(readFileSync(GOLDEN))).toBe(true);
    expect(leftovers(out)).toEqual([]);
  });

  it('are refused in one sentence where they cannot be written, leaving nothing behind', async () => {
    await expect(exportReport(t.ctx(), { format: 'csv', filters: {}, out: join(out, 'no-such-folder', 'r.csv') })).rejects.toThrow(
      new DomainError('unavailable', `cannot write ${join(out, 'no-such-folder', 'r.csv')}: its folder does not exist`),
    );
    // The target is a folder: everything is written, the rename fails, the partial file goes.
    mkdirSync(join(out, 'taken.pdf', 'inside'), { recursive: true });
    await expect(exported('pdf', 'taken.pdf')).rejects.toThrow(/cannot write .*taken\.pdf/);
    expect(leftovers(out)).toEqual([]);
  });

  it('come back as bytes for the API, the same as the file', async () => {
    const bytes = await reportBytes(t.ctx(), { format: 'csv', filters: {} });
    expect(Buffer.from(bytes).equals(readFileSync(GOLDEN))).toBe(true);
  });
});
