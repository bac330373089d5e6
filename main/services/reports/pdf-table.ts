// The PDF's table of decisions: 44 rows a page, column headings repeated on every page, zebra
// stripes, "no" in red for decisions outside their SLA. At 100,000 rows pdfkit's text() (a
// dozen content operators and a Buffer per call) would take three times the 5 s budget, so each
// page's cells are written as one block of PDF text operators through pdfkit's addContent, in the
// same standard fonts pdfkit registers for the page's own headings and footer.
import { ACTION_LABELS } from '../../../shared/domain/codes';
import type { ReportRow } from '../../../shared/domain/report';
import { COLORS, formatCount, label } from './pdf-charts';
import { type PageFrame, pageFooter } from './pdf-page';
import { type Doc, type Fitted, fittedHex, type FontMetrics, fontMetrics, winAnsiCodes } from './pdf-text';

export const ROWS_PER_PAGE = 44;
const SIZE = 7.5;
const ROW_HEIGHT = 11;
const HEAD_Y = 54;
const FIRST_ROW_Y = 70;
const PAD = 4;

interface PdfColumn {
  readonly header: string;
  readonly width: number;
  readonly align?: 'right';
  /** Texts that repeat (names, actions) are fitted once and remembered. */
  readonly repeats?: boolean;
  text(row: ReportRow): string;
}

const COLUMNS: readonly PdfColumn[] = [
  // decidedAt carries the calendar's offset: its first 16 characters are the local date and time.
  { header: 'Decided at', width: 66, text: (r) => r.decidedAt.slice(0, 16).replace('T', ' ') },
  { header: 'Claim', width: 72, text: (r) => r.claimId },
  { header: 'Partner', width: 106, repeats: true, text: (r) => r.partnerName },
  { header: 'Customer', width: 106, repeats: true, text: (r) => r.customerName },
  { header: 'Products', width: 100, repeats: true, text: (r) => r.products.join(', ') },
  { header: 'Action', width: 78, repeats: true, text: (r) => ACTION_LABELS[r.action] },
  { header: 'Reason / deficiencies', width: 106, repeats: true, text: (r) => r.reason ?? r.deficiencies.join(', ') },
  { header: 'Decided by', width: 70, repeats: true, text: (r) => r.decidedBy },
  { header: 'BD', width: 20, align: 'right', repeats: true, text: (r) => (r.businessDays === null ? '–' : String(r.businessDays)) },
  { header: 'Within SLA', width: 44, align: 'right', repeats: true, text: (r) => (r.withinSla === null ? '–' : r.withinSla ? 'yes' : 'no') },
];

interface Font {
  readonly id: string;
  readonly metrics: FontMetrics;
}

/** pdfkit's resource name for the current font ("F1"...): the one piece of its state this reads. */
function useFont(doc: Doc, name: string): Font {
  const metrics = fontMetrics(doc, name);
  return { id: (doc as unknown as { _font: { id: string } })._font.id, metrics };
}

const rgb = (hex: string): string =>
  [1, 3, 5].map((i) => (parseInt(hex.slice(i, i + 2), 16) / 255).toFixed(3)).join(' ');
const INK = `${rgb(COLORS.ink)} rg`;
const LATE = `${rgb(COLORS.outside)} rg`;
const TILE = `${rgb(COLORS.tile)} rg`;

export class TablePages {
  private readonly regular: Font;
  private readonly bold: Font;
  private readonly caches = COLUMNS.map(() => new Map<string, Fitted>());
  private readonly lefts: number[] = [];
  private readonly headings: string;
  private rows: string[] = [];
  private stripes: string[] = [];
  private written = 0;
  private page: number;

  constructor(
    private readonly doc: Doc,
    private readonly frame: PageFrame,
    firstPage: number,
    private readonly total: number,
  ) {
    this.bold = useFont(doc, 'Helvetica-Bold');
    this.regular = useFont(doc, 'Helvetica');
    this.page = firstPage - 1;
    let x = frame.margin;
    for (const c of COLUMNS) {
      this.lefts.push(x);
      x += c.width;
    }
    this.headings = COLUMNS.map((c, i) => this.cell(this.fit(c.header, this.bold, c.width), i, HEAD_Y + 10)).join('');
  }

  private fit(text: string, font: Font, width: number): Fitted {
    return fittedHex(winAnsiCodes(text), font.metrics, SIZE, width - PAD);
  }

  private cell(f: Fitted, column: number, baseline: number): string {
    const c = COLUMNS[column] as PdfColumn;
    const x = (this.lefts[column] ?? 0) + (c.align === 'right' ? c.width - PAD - f.width : 0);
    // The page's CTM is pdfkit's top-down one; the text matrix turns glyphs upright again.
    return `1 0 0 -1 ${x.toFixed(2)} ${baseline.toFixed(2)} Tm ${f.hex} Tj\n`;
  }

  private cellText(row: ReportRow, column: number): Fitted {
    const c = COLUMNS[column] as PdfColumn;
    const text = c.text(row);
    if (!c.repeats) return this.fit(text, this.regular, c.width);
    const cache = this.caches[column] as Map<string, Fitted>;
    let f = cache.get(text);
    if (!f) {
      if (cache.size > 4096) cache.clear();
      cache.set(text, (f = this.fit(text, this.regular, c.width)));
    }
    return f;
  }

  add(row: ReportRow): void {
    const n = this.rows.length;
    if (n === ROWS_PER_PAGE) this.flush();
    const top = FIRST_ROW_Y + this.rows.length * ROW_HEIGHT;
    if (this.rows.length % 2 === 1) this.stripes.push(`${this.frame.margin} ${top} ${this.frame.width - 2 * this.frame.margin} ${ROW_HEIGHT} re\n`);
    const baseline = top + 8;
    let line = '';
    for (let i = 0; i < COLUMNS.length; i++) {
      const cell = this.cell(this.cellText(row, i), i, baseline);
      line += row.withinSla === false && i === COLUMNS.length - 1 ? `${LATE} ${cell}${INK}\n` : cell;
    }
    this.rows.push(line);
    this.written += 1;
  }

  /** Draws the page of rows gathered so far. */
  flush(): void {
    if (this.rows.length === 0) return;
    const { doc, frame } = this;
    this.page += 1;
    doc.addPage({ size: [frame.width, frame.height], margin: frame.margin });
    const first = this.written - this.rows.length + 1;
    label(doc, 'Decisions', frame.margin, frame.margin - 4, { size: 11, bold: true });
    label(doc, `rows ${formatCount(first)}–${formatCount(this.written)} of ${formatCount(this.total)}`, frame.margin, frame.margin - 2, {
      color: COLORS.muted,
      width: frame.width - 2 * frame.margin,
      align: 'right',
    });
    const band = `${frame.margin} ${HEAD_Y} ${frame.width - 2 * frame.margin} 14 re f\n`;
    doc.addContent(
      `q ${TILE}\n${band}${this.stripes.join('')}${this.stripes.length ? 'f\n' : ''}${INK}\n` +
        `BT /${this.bold.id} ${SIZE} Tf\n${this.headings}/${this.regular.id} ${SIZE} Tf\n${this.rows.join('')}ET Q`,
    );
    pageFooter(doc, frame, this.page);
    this.rows = [];
    this.stripes = [];
  }
}
