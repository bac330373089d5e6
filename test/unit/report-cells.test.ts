// Report cells as each format writes them: CSV quoting, formula safety and timestamps, PDF text in
// the embedded Unicode font, spreadsheet wall-clock dates.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, csvText, csvTimestamp } from '../../main/services/reports/csv-writer';
import type { ReportRow } from '../../shared/domain/report';
import { LIST_SEPARATOR, REPORT_COLUMNS } from '../../shared/domain/report-columns';
import { BOLD, FONT, GlyphFont, printable, registerFonts } from '../../main/services/reports/pdf-text';
import { wallClockDate } from '../../main/services/reports/xlsx-cells';
import { wallClockSerial, xmlText } from '../../main/services/reports/xlsx-rows';

describe('CSV cells (RFC 4180)', () => {
  it('quotes a field holding a comma, a quote or a line break, and doubles its quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('Fabrikam, "Cloud" Partners')).toBe('"Fabrikam, ""Cloud"" Partners"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('one\nline feed')).toBe('"one\nline feed"');
    expect(csvField('')).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvText(`${start}SUM(A1:A9)`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvText('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvText('Contoso = best')).toBe('Contoso = best');
  });
});

describe('PDF text in the embedded Unicode font', () => {
  const doc = new PDFDocument({ autoFirstPage: false });
  registerFonts(doc);

  it('prints Latin, Greek and Cyrillic as written, a letter it lacks as its base letter or "?"', () => {
    expect(printable(doc, FONT, 'Société Générale – “Zürich” €5')).toBe('Société Générale – “Zürich” €5');
    expect(printable(doc, FONT, 'Ōsaka Łódź İzmir Ελλάδα Москва')).toBe('Ōsaka Łódź İzmir Ελλάδα Москва');
    expect(printable(doc, BOLD, '株式会社')).toBe('????');
    expect(printable(doc, FONT, 'two\nlines')).toBe('two lines');
  });

  /** A PDF literal string's bytes, read as a PDF reader does (PDF 32000-1, 7.3.4.2). */
  function bytesOf(literal: string): number[] {
    expect(literal.startsWith('(') && literal.endsWith(')')).toBe(true);
    const out: number[] = [];
    const escapes: Record<string, number> = { n: 0x0a, r: 0x0d, '(': 0x28, ')': 0x29, '\\': 0x5c };
    const body = literal.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
      const c = body[i] as string;
      if (c === '\\') out.push(escapes[body[++i] as string] ?? -1);
      else {
        // An unescaped delimiter or line end would end or change the string.
        expect('()\r\n'.includes(c)).toBe(false);
        out.push(c.charCodeAt(0));
      }
    }
    return out;
  }

  it('writes two bytes a glyph, escaped, and cuts a cell to its column with an ellipsis', () => {
    const font = new GlyphFont(doc, FONT);
    // Enough different characters that glyph ids reach the bytes a literal string must escape.
    const many = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ()\\ÉØßΣЖ–€';
    expect(bytesOf(font.fit(many, 10, 100_000).literal)).toHaveLength(2 * [...many].length);
    const full = font.fit('Northwind', 10, 1000);
    expect(bytesOf(full.literal)).toHaveLength(18);
    const cut = font.fit('Northwind Cloud Partners', 10, full.width);
    const ellipsis = font.fit('\u2026', 10, 1000).literal.slice(1, -1);
    expect(cut.literal.endsWith(`${ellipsis})`)).toBe(true);
    expect(bytesOf(cut.literal).length).toBeLessThan(18);
    expect(cut.width).toBeLessThanOrEqual(full.width);
    // The same character is the same glyph; a character outside the font is the "?" glyph.
    const a = font.fit('a', 10, 1000).literal.slice(1, -1);
    expect(font.fit('aa', 10, 1000).literal).toBe(`(${a}${a})`);
    expect(font.fit('株', 10, 1000).literal).toBe(font.fit('?', 10, 1000).literal);
    expect(font.fit('𝒜', 10, 1000).literal).toBe(font.fit('?', 10, 1000).literal);
  });
});

/** A record cell by cell, as RFC 4180 and the column types say: the written-out line must agree. */
function recordByColumns(row: ReportRow): string {
  const cell = (type: string, value: unknown): string => {
    if (value === null) return '';
    if (type === 'text') return csvText(String(value));
    if (type === 'list') return (value as string[]).length === 0 ? '' : csvText((value as string[]).join(LIST_SEPARATOR));
    if (type === 'timestamp') return csvTimestamp(String(value));
    return String(value);
  };
  return REPORT_COLUMNS.map((c) => cell(c.type, row[c.key])).join(',') + '\r\n';
}

describe('CSV records', () => {
  const base: ReportRow = {
    decisionId: 7,
    claimId: 'CP-2026-000007',
    partnerMpnId: '1234567',
    partnerName: 'Fabrikam, "Cloud" Partners',
    customerTenantId: '00000000-0000-4000-8000-000000000007',
    customerName: '=HYPERLINK("http://x","y")',
    productFamily: 'microsoft-365',
    products: ['Microsoft Teams', 'Exchange Online'],
    policy: '2023',
    action: 'reject',
    fromStatus: 'under-review',
    toStatus: 'partner-action-required',
    side: 'reviewer',
    decidedBy: 'Priya Shah',
    decidedAt: '2026-11-03T23:30:00-08:00',
    reason: 'insufficient-poe',
    deficiencies: ['missing-products'],
    message: 'two\r\nlines, 株式会社 😀',
    override: null,
    clock: 'decision',
    clockStartedAt: '2026-11-02T09:00:00.250-08:00',
    dueAt: '2026-11-09T17:00:00-08:00',
    businessDays: 0,
    withinSla: false,
  };

  it('hold every column in order, each written as its type says, empty for null', () => {
    const variants: ReportRow[] = [
      base,
      { ...base, products: [], deficiencies: [], reason: null, message: null, clock: null, clockStartedAt: null, dueAt: null, businessDays: null, withinSla: null },
      { ...base, products: ['-1 seat'], withinSla: true, businessDays: 12, override: 'Manager said so', message: '' },
    ];
    for (const row of variants) expect(csvLine(row)).toBe(recordByColumns(row));
    expect(csvLine(base).split(',')[0]).toBe('7');
    expect(csvLine(base)).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
    expect(csvLine(variants[1]!).endsWith(',,,,,\r\n')).toBe(true);
  });
});

describe('CSV timestamps', () => {
  it('always carry milliseconds, whether the store kept them or not', () => {
    expect(csvTimestamp('2026-11-06T08:57:00-08:00')).toBe('2026-11-06T08:57:00.000-08:00');
    expect(csvTimestamp('2026-11-06T08:57:00.125-08:00')).toBe('2026-11-06T08:57:00.125-08:00');
    expect(csvTimestamp('2026-11-06T16:57:00Z')).toBe('2026-11-06T16:57:00.000Z');
  });
});

describe('spreadsheet dates', () => {
  it('are the wall-clock time of the calendar, whatever the offset', () => {
    expect(wallClockDate('2026-11-24T10:00:00-08:00').toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(wallClockDate('2026-11-24T10:00:00.250+01:00').toISOString()).toBe('2026-11-24T10:00:00.250Z');
  });

  it('are written as the serial day of that wall-clock time, with or without milliseconds', () => {
    const serialOf = (d: Date) => 25_569 + d.getTime() / 86_400_000;
    for (const iso of ['2026-11-24T10:00:00-08:00', '2026-11-24T10:00:00.250+01:00', '1999-12-31T23:59:59Z', '2024-02-29T00:00:00.001+05:30']) {
      expect(wallClockSerial(iso)).toBe(serialOf(wallClockDate(iso)));
    }
    // 2026-11-24 is day 46,350 of the 1900 date system; 18:00 is three quarters of it.
    expect(wallClockSerial('2026-11-24T18:00:00-08:00')).toBe(46_350.75);
  });
});

describe('spreadsheet text', () => {
  it('escapes markup and drops the characters XML 1.0 cannot hold', () => {
    expect(xmlText('R&D <Cloud> "Partners" \'n\' Co')).toBe('R&amp;D &lt;Cloud&gt; "Partners" \'n\' Co');
    expect(xmlText('bell\u0007 and\u0000 nul, tab\tand line\nkept')).toBe('bell and nul, tab\tand line\nkept');
    expect(xmlText('Société Générale – 株式会社 😀')).toBe('Société Générale – 株式会社 😀');
  });
});
