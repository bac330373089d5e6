// The PDF's table of decisions: 44 rows a page, column headings repeated on every page, zebra
// stripes, "no" in red for decisions outside their SLA. At 100,000 rows pdfkit's text() (a
// dozen content operators, a width measured with kerning, and a Buffer per call) would take three
// times the 5 s budget, so each page's cells go out as one block of PDF text operators through
// pdfkit's addContent, in the embedded fonts pdfkit also uses for the page's title and footer.
// Actions, reasons and deficiencies are worded as in the application; the CSV and the workbook keep
// the codes, which a spreadsheet filters on.
import { ACTION_LABELS, DEFICIENCY_LABELS, REASON_LABELS } from '../../../shared/domain/codes';
import type { ReportRow } from '../../../shared/domain/report';
import { COLORS, formatCount, label } from './pdf-charts';
import { FOOTER, type PageFrame } from './pdf-page';
import { BOLD, type Doc, FONT, type Fitted, GlyphFont } from './pdf-text';

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

function reasonText(r: ReportRow): string {
  if (r.reason) return REASON_LABELS[r.reason as keyof typeof REASON_LABELS] ?? r.reason;
  return r.deficiencies.map((d) => DEFICIENCY_LABELS[d as keyof typeof DEFICIENCY_LABELS] ?? d).join(', ');
}

const COLUMNS: readonly PdfColumn[] = [
  // decidedAt carries the calendar's offset: its first 16 characters are the local date and time.
  { header: 'Decided at', width: 70, text: (r) => r.decidedAt.slice(0, 16).replace('T', ' ') },
  { header: 'Claim', width: 66, text: (r) => r.claimId },
  { header: 'Partner', width: 104, repeats: true, text: (r) => r.partnerName },
  { header: 'Customer', width: 100, repeats: true, text: (r) => r.customerName },
  { header: 'Products', width: 90, repeats: true, text: (r) => r.products.join(', ') },
  { header: 'Action', width: 74, repeats: true, text: (r) => ACTION_LABELS[r.action] },
  { header: 'Reason / deficiencies', width: 134, repeats: true, text: reasonText },
  { header: 'Decided by', width: 62, repeats: true, text: (r) => r.decidedBy },
  { header: 'BD', width: 18, align: 'right', repeats: true, text: (r) => (r.businessDays === null ? '–' : String(r.businessDays)) },
  { header: 'Within SLA', width: 48, align: 'right', repeats: true, text: (r) => (r.withinSla === null ? '–' : r.withinSla ? 'yes' : 'no') },
];
const SLA_COLUMN = COLUMNS.length - 1;

const rgb = (hex: string): string => [1, 3, 5].map((i) => (parseInt(hex.slice(i, i + 2), 16) / 255).toFixed(3)).join(' ');
const INK = `${rgb(COLORS.ink)} rg`;
const MUTED = `${rgb(COLORS.muted)} rg`;
const LATE = `${rgb(COLORS.outside)} rg`;
const TILE = `${rgb(COLORS.tile)} rg`;
const GRID = `${rgb(COLORS.grid)} RG`;
const num = (n: number): string => String(Math.round(n * 100) / 100);

export class TablePages {
  private readonly regular: GlyphFont;
  private readonly bold: GlyphFont;
  private readonly caches = COLUMNS.map(() => new Map<string, Fitted>());
  private readonly lefts: number[] = [];
  private readonly headings: string;
  private rows: string[] = [];
  private stripes = '';
  private written = 0;
  private page: number;

  constructor(
    private readonly doc: Doc,
    private readonly frame: PageFrame,
    firstPage: number,
    private readonly total: number,
  ) {
    this.bold = new GlyphFont(doc, BOLD);
    this.regular = new GlyphFont(doc, FONT);
    this.page = firstPage - 1;
    let x = frame.margin;
    for (const c of COLUMNS) {
      this.lefts.push(x);
      x += c.width;
    }
    this.headings = this.line(COLUMNS.map((c) => this.fit(c.header, this.bold, c.width)), HEAD_Y + 10);
  }

  private fit(text: string, font: GlyphFont, width: number): Fitted {
    return font.fit(text, SIZE, width - PAD);
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

  /**
   * One table line as a single TJ: the text matrix is set at its first cell (flipped, as pdfkit
   * draws pages top-down), and each next cell is reached by a TJ adjustment from the end of the
   * one before (thousandths of the font size, negative to the right). The late "no" is split off
   * to change colour.
   */
  private line(cells: readonly Fitted[], baseline: number, late = false): string {
    const xs = cells.map((f, i) => {
      const c = COLUMNS[i] as PdfColumn;
      return (this.lefts[i] ?? 0) + (c.align === 'right' ? c.width - PAD - f.width : 0);
    });
    const shift = (i: number) => num((-((xs[i] ?? 0) - (xs[i - 1] ?? 0) - (cells[i - 1]?.width ?? 0)) * 1000) / SIZE);
    const upTo = late ? SLA_COLUMN : cells.length;
    let out = `1 0 0 -1 ${num(xs[0] ?? 0)} ${num(baseline)} Tm [${cells[0]?.literal ?? '()'}`;
    for (let i = 1; i < upTo; i++) out += ` ${shift(i)} ${cells[i]?.literal ?? '()'}`;
    out += '] TJ\n';
    if (late) out += `${LATE} [${shift(SLA_COLUMN)} ${cells[SLA_COLUMN]?.literal ?? '()'}] TJ ${INK}\n`;
    return out;
  }

  add(row: ReportRow): void {
    if (this.rows.length === ROWS_PER_PAGE) this.flush();
    const top = FIRST_ROW_Y + this.rows.length * ROW_HEIGHT;
    if (this.rows.length % 2 === 1) this.stripes += `${this.frame.margin} ${top} ${this.frame.width - 2 * this.frame.margin} ${ROW_HEIGHT} re\n`;
    const cells = COLUMNS.map((_, i) => this.cellText(row, i));
    this.rows.push(this.line(cells, top + 8, row.withinSla === false));
    this.written += 1;
  }

  /** Text at a baseline, ending at `right`, in the regular font. */
  private rightAligned(text: string, size: number, right: number, baseline: number): string {
    const f = this.regular.fit(text, size, Number.MAX_VALUE);
    return `/${this.regular.id} ${size} Tf 1 0 0 -1 ${num(right - f.width)} ${num(baseline)} Tm ${f.literal} Tj\n`;
  }

  /** Draws the page of rows gathered so far. */
  flush(): void {
    if (this.rows.length === 0) return;
    const { doc, frame } = this;
    this.page += 1;
    doc.addPage({ size: [frame.width, frame.height], margin: frame.margin });
    // These two, drawn by pdfkit, put both fonts in the page's resources for the block below.
    label(doc, 'Decisions', frame.margin, frame.margin - 4, { size: 11, bold: true });
    label(doc, frame.title, frame.margin, frame.height - frame.margin + FOOTER.below, { size: FOOTER.size, color: COLORS.muted });
    const right = frame.width - frame.margin;
    const first = this.written - this.rows.length + 1;
    const ruleY = frame.height - frame.margin + FOOTER.rule;
    const block =
      `q ${TILE}\n${frame.margin} ${HEAD_Y} ${right - frame.margin} 14 re f\n${this.stripes}${this.stripes ? 'f\n' : ''}` +
      `${GRID} 0.5 w ${frame.margin} ${ruleY} m ${right} ${ruleY} l S\n` +
      `BT ${MUTED}\n` +
      this.rightAligned(`rows ${formatCount(first)}–${formatCount(this.written)} of ${formatCount(this.total)}`, 7, right, frame.margin - 2 + 7 * this.regular.ascent) +
      this.rightAligned(`Page ${this.page} of ${frame.pages}`, FOOTER.size, right, frame.height - frame.margin + FOOTER.below + FOOTER.size * this.regular.ascent) +
      `${INK} /${this.bold.id} ${SIZE} Tf\n${this.headings}/${this.regular.id} ${SIZE} Tf\n${this.rows.join('')}ET Q\n`;
    doc.addContent(Buffer.from(block, 'latin1'));
    this.rows = [];
    this.stripes = '';
  }
}
