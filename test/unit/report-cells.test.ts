// Report cells as each format writes them: CSV quoting and formula safety, PDF text in the
// standard fonts' encoding, spreadsheet wall-clock dates.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { csvField, csvText } from '../../main/services/reports/csv-writer';
import { fitted, fontMetrics, winAnsiCodes, winAnsiText } from '../../main/services/reports/pdf-text';
import { wallClockDate } from '../../main/services/reports/xlsx-cells';

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

describe('PDF text in the standard fonts', () => {
  it('keeps Latin-1 and typographic signs, falls back to base letters, then to "?"', () => {
    expect(winAnsiText('Société Générale – “Zürich” €5')).toBe('Société Générale – “Zürich” €5');
    expect(winAnsiText('Ōsaka Łódź')).toBe('Osaka ?ódz');
    expect(winAnsiText('株式会社')).toBe('????');
    expect(winAnsiCodes('A–')).toEqual([0x41, 0x96]);
  });

  it('cuts a cell to its column with an ellipsis, measured with the font\u2019s metrics', () => {
    const metrics = fontMetrics(new PDFDocument({ autoFirstPage: false }), 'Helvetica');
    const full = fitted(winAnsiCodes('Northwind'), metrics, 10, 1000);
    expect(full.literal).toBe('(Northwind)');
    const cut = fitted(winAnsiCodes('Northwind Cloud Partners'), metrics, 10, full.width);
    expect(cut.literal).toMatch(/^\(North[a-z]*\x85\)$/);
    expect(cut.width).toBeLessThanOrEqual(full.width);
    // PDF string delimiters and the escape character are escaped.
    expect(fitted(winAnsiCodes('a (b) \\ c'), metrics, 10, 1000).literal).toBe('(a \\(b\\) \\\\ c)');
  });
});

describe('spreadsheet dates', () => {
  it('are the wall-clock time of the calendar, whatever the offset', () => {
    expect(wallClockDate('2026-11-24T10:00:00-08:00').toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(wallClockDate('2026-11-24T10:00:00.250+01:00').toISOString()).toBe('2026-11-24T10:00:00.250Z');
  });
});
