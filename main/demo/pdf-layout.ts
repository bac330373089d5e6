// A tiny flow layout on top of pdf-lib: wrapped paragraphs, bullets, tables and page breaks
// on US Letter, with a running header and "Page X of N" footers added once the page count
// is known. pdf-lib has no layout of its own.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type RGB } from 'pdf-lib';
import { Canvas } from './canvas';

export const PAGE_WIDTH = 612;
export const PAGE_HEIGHT = 792;
export const MARGIN_X = 60;
const CONTENT_TOP = PAGE_HEIGHT - 78;
const CONTENT_BOTTOM = 74;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

export const INK = rgb(0.11, 0.11, 0.13);
export const MUTED = rgb(0.42, 0.42, 0.46);
const RULE = rgb(0.8, 0.8, 0.83);
const TABLE_HEAD = rgb(0.93, 0.94, 0.96);

export interface Fonts {
  sans: PDFFont;
  bold: PDFFont;
  /** Body text: Helvetica or Times-Roman, depending on the partner's template. */
  body: PDFFont;
}

/** A document with fixed metadata: pdf-lib would otherwise stamp the current time. */
export async function newDocument(title: string, author: string, at: Date): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setAuthor(author);
  doc.setCreator('CPOR Workstation demo generator');
  doc.setProducer('CPOR Workstation demo generator (pdf-lib)');
  doc.setCreationDate(at);
  doc.setModificationDate(at);
  return doc;
}

export async function embedFonts(doc: PDFDocument, serif: boolean): Promise<Fonts> {
  const sans = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const body = serif ? await doc.embedFont(StandardFonts.TimesRoman) : sans;
  return { sans, bold, body };
}

// Standard-font metrics never change, so widths are cached per font name across all
// documents: measuring through pdf-lib for every word is the generator's hottest path.
const widthTables = new Map<string, { low: Float64Array; high: Map<string, number> }>();

export function textWidth(font: PDFFont, text: string, size: number): number {
  let table = widthTables.get(font.name);
  if (!table) {
    table = { low: new Float64Array(256).fill(-1), high: new Map() };
    widthTables.set(font.name, table);
  }
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 256) {
      let w = table.low[code] ?? -1;
      if (w < 0) {
        w = font.widthOfTextAtSize(text[i] ?? ' ', 1);
        table.low[code] = w;
      }
      total += w;
    } else {
      const ch = text[i] ?? ' ';
      let w = table.high.get(ch);
      if (w === undefined) {
        w = font.widthOfTextAtSize(ch, 1);
        table.high.set(ch, w);
      }
      total += w;
    }
  }
  return total * size;
}

export function wrap(font: PDFFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  const space = textWidth(font, ' ', size);
  let line = '';
  let width = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const w = textWidth(font, word, size);
    if (line && width + space + w > maxWidth) {
      lines.push(line);
      line = '';
      width = 0;
    }
    if (!line && w > maxWidth) {
      // Only ids (GUIDs) are longer than a column; cut them by characters.
      let chunk = '';
      for (const ch of word) {
        if (chunk && textWidth(font, chunk + ch, size) > maxWidth) {
          lines.push(chunk);
          chunk = '';
        }
        chunk += ch;
      }
      line = chunk;
      width = textWidth(font, chunk, size);
      continue;
    }
    line = line ? `${line} ${word}` : word;
    width = line === word ? w : width + space + w;
  }
  if (line) lines.push(line);
  return lines;
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean; boldLead?: string; dates?: readonly Date[] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: { title: string; width: number }[]; rows: string[][] }
  | { kind: 'fields'; rows: [string, string][]; dates?: readonly Date[] }
  | { kind: 'space'; height: number };

interface Style {
  accent: RGB;
  bodySize: number;
  leading: number;
}

type Prepared =
  | { kind: 'lines'; lines: { text: string; font: PDFFont; x: number; size: number; color: RGB }[][]; lead: number; before: number; after: number; keep: number }
  | { kind: 'table'; widths: number[]; head: string[][]; rows: string[][][]; lead: number }
  | { kind: 'space'; height: number };

const CELL_PAD = 4;
const TABLE_SIZE = 8.8;

/** Draws blocks top to bottom, starting a new page when a block does not fit. */
export class Composer {
  readonly pages: Canvas[] = [];
  private canvas: Canvas | null = null;
  y = CONTENT_TOP;
  /** Every date drawn so far (blocks say which dates their text shows), for truth.json. */
  readonly dates: Date[] = [];

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
    readonly style: Style,
    /** Draws the running header on pages after the first. */
    private readonly runningHeader: (page: Canvas) => void,
  ) {}

  get pageCount(): number {
    return this.pages.length;
  }

  current(): Canvas {
    return this.canvas ?? this.newPage();
  }

  newPage(): Canvas {
    const canvas = new Canvas(this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]), this.doc);
    if (this.pages.length > 0) this.runningHeader(canvas);
    this.pages.push(canvas);
    this.canvas = canvas;
    this.y = CONTENT_TOP;
    return canvas;
  }

  /** Space left on the current page, in points. */
  remaining(): number {
    return this.canvas ? this.y - CONTENT_BOTTOM : CONTENT_TOP - CONTENT_BOTTOM;
  }

  ensure(height: number): void {
    if (!this.canvas || this.y - height < CONTENT_BOTTOM) this.newPage();
  }

  measure(blocks: readonly Block[]): number {
    let h = 0;
    for (const b of blocks) h += heightOf(this.prepareBlock(b));
    return h;
  }

  add(blocks: readonly Block[]): void {
    for (const b of blocks) {
      this.draw(this.prepareBlock(b));
      if ((b.kind === 'paragraph' || b.kind === 'fields') && b.dates) this.dates.push(...b.dates);
    }
  }

  private prepareBlock(b: Block): Prepared {
    const { fonts, style } = this;
    const size = style.bodySize;
    const color = INK;
    switch (b.kind) {
      case 'heading': {
        const lines = wrap(fonts.bold, b.text, 12, CONTENT_WIDTH).map((t) => [
          { text: t, font: fonts.bold, x: MARGIN_X, size: 12, color: style.accent },
        ]);
        return { kind: 'lines', lines, lead: 15, before: 12, after: 5, keep: 3 };
      }
      case 'subheading': {
        const lines = wrap(fonts.bold, b.text, 10, CONTENT_WIDTH).map((t) => [
          { text: t, font: fonts.bold, x: MARGIN_X, size: 10, color: INK },
        ]);
        return { kind: 'lines', lines, lead: 13, before: 6, after: 2, keep: 3 };
      }
      case 'paragraph': {
        const tint = b.muted ? MUTED : color;
        const textSize = b.muted ? size - 1 : size;
        const lines: { text: string; font: PDFFont; x: number; size: number; color: RGB }[][] = [];
        if (b.boldLead) {
          // The bold lead-in ("8.2 Confidentiality.") shares the first line with the text.
          const leadW = textWidth(fonts.bold, b.boldLead + ' ', textSize);
          const rest = wrap(fonts.body, b.text, textSize, CONTENT_WIDTH - leadW);
          const first = rest.shift() ?? '';
          lines.push([
            { text: b.boldLead, font: fonts.bold, x: MARGIN_X, size: textSize, color: tint },
            { text: first, font: fonts.body, x: MARGIN_X + leadW, size: textSize, color: tint },
          ]);
          const tail = wrap(fonts.body, rest.join(' '), textSize, CONTENT_WIDTH);
          for (const t of tail) lines.push([{ text: t, font: fonts.body, x: MARGIN_X, size: textSize, color: tint }]);
        } else {
          // Explicit line breaks (a signature under "Kind regards,") survive wrapping.
          for (const t of b.text.split('\n').flatMap((part) => wrap(fonts.body, part, textSize, CONTENT_WIDTH))) {
            lines.push([{ text: t, font: fonts.body, x: MARGIN_X, size: textSize, color: tint }]);
          }
        }
        return { kind: 'lines', lines, lead: style.leading, before: 0, after: 6, keep: 2 };
      }
      case 'bullets': {
        const lines: { text: string; font: PDFFont; x: number; size: number; color: RGB }[][] = [];
        for (const item of b.items) {
          wrap(fonts.body, item, size, CONTENT_WIDTH - 16).forEach((t, i) => {
            const row = [{ text: t, font: fonts.body, x: MARGIN_X + 16, size, color }];
            if (i === 0) row.unshift({ text: '\u2022', font: fonts.sans, x: MARGIN_X + 5, size, color: style.accent });
            lines.push(row);
          });
        }
        return { kind: 'lines', lines, lead: style.leading, before: 0, after: 6, keep: 2 };
      }
      case 'fields': {
        const labelW = Math.max(...b.rows.map(([l]) => textWidth(fonts.bold, l, size - 0.5))) + 10;
        const lines: { text: string; font: PDFFont; x: number; size: number; color: RGB }[][] = [];
        for (const [label, value] of b.rows) {
          wrap(fonts.sans, value, size - 0.5, CONTENT_WIDTH - labelW).forEach((t, i) => {
            const row = [{ text: t, font: fonts.sans, x: MARGIN_X + labelW, size: size - 0.5, color }];
            if (i === 0) row.unshift({ text: label, font: fonts.bold, x: MARGIN_X, size: size - 0.5, color: MUTED });
            lines.push(row);
          });
        }
        return { kind: 'lines', lines, lead: style.leading - 1, before: 0, after: 8, keep: b.rows.length };
      }
      case 'table': {
        const total = b.columns.reduce((s, c) => s + c.width, 0);
        const widths = b.columns.map((c) => (c.width / total) * CONTENT_WIDTH);
        const cell = (font: PDFFont, text: string, i: number): string[] =>
          wrap(font, text, TABLE_SIZE, (widths[i] ?? 50) - 2 * CELL_PAD);
        return {
          kind: 'table',
          widths,
          head: b.columns.map((c, i) => cell(fonts.bold, c.title, i)),
          rows: b.rows.map((r) => r.map((t, i) => cell(fonts.sans, t, i))),
          lead: TABLE_SIZE + 2.6,
        };
      }
      case 'space':
        return { kind: 'space', height: b.height };
    }
  }

  private draw(p: Prepared): void {
    switch (p.kind) {
      case 'space':
        if (this.canvas) this.y -= Math.min(p.height, this.remaining());
        return;
      case 'lines': {
        this.ensure(p.before + Math.min(p.keep, p.lines.length) * p.lead);
        // No gap above a block that opens a page.
        if (this.y < CONTENT_TOP) this.y -= p.before;
        for (const line of p.lines) {
          this.ensure(p.lead);
          const canvas = this.current();
          const baseline = this.y - p.lead + 3.5;
          for (const run of line) canvas.text(run.text, { x: run.x, y: baseline, size: run.size, font: run.font, color: run.color });
          this.y -= p.lead;
        }
        this.y -= p.after;
        return;
      }
      case 'table':
        this.drawTable(p);
        return;
    }
  }

  private drawTable(p: Extract<Prepared, { kind: 'table' }>): void {
    const rowHeight = (cells: string[][]): number => Math.max(1, ...cells.map((c) => c.length)) * p.lead + 2 * CELL_PAD;
    const headH = rowHeight(p.head);
    const drawRow = (cells: string[][], font: PDFFont, fill: RGB | null): void => {
      const h = rowHeight(cells);
      const canvas = this.current();
      if (fill) canvas.rect({ x: MARGIN_X, y: this.y - h, width: CONTENT_WIDTH, height: h, color: fill });
      let x = MARGIN_X;
      cells.forEach((lines, i) => {
        lines.forEach((t, j) => canvas.text(t, { x: x + CELL_PAD, y: this.y - CELL_PAD - (j + 1) * p.lead + 3, size: TABLE_SIZE, font, color: INK }));
        x += p.widths[i] ?? 0;
      });
      canvas.line({ start: { x: MARGIN_X, y: this.y - h }, end: { x: MARGIN_X + CONTENT_WIDTH, y: this.y - h }, thickness: 0.5, color: RULE });
      this.y -= h;
    };
    this.ensure(headH + (p.rows[0] ? rowHeight(p.rows[0]) : 0));
    drawRow(p.head, this.fonts.bold, TABLE_HEAD);
    for (const row of p.rows) {
      const h = rowHeight(row);
      if (this.y - h < CONTENT_BOTTOM) {
        this.newPage();
        drawRow(p.head, this.fonts.bold, TABLE_HEAD);
      }
      drawRow(row, this.fonts.sans, null);
    }
    this.y -= 10;
  }

  /** Adds "Page X of N" and a footer line to every page, then writes the pages' content;
   * call once, after the last page. */
  finish(footerLeft: string): void {
    const n = this.pages.length;
    this.pages.forEach((canvas, i) => {
      canvas.line({ start: { x: MARGIN_X, y: 52 }, end: { x: PAGE_WIDTH - MARGIN_X, y: 52 }, thickness: 0.5, color: RULE });
      canvas.text(footerLeft, { x: MARGIN_X, y: 38, size: 8, font: this.fonts.sans, color: MUTED });
      const label = `Page ${i + 1} of ${n}`;
      const w = textWidth(this.fonts.sans, label, 8);
      canvas.text(label, { x: PAGE_WIDTH - MARGIN_X - w, y: 38, size: 8, font: this.fonts.sans, color: MUTED });
      canvas.commit();
    });
  }
}

function heightOf(p: Prepared): number {
  switch (p.kind) {
    case 'space':
      return p.height;
    case 'lines':
      return p.before + p.lines.length * p.lead + p.after;
    case 'table': {
      const rh = (cells: string[][]): number => Math.max(1, ...cells.map((c) => c.length)) * p.lead + 2 * CELL_PAD;
      return rh(p.head) + p.rows.reduce((s, r) => s + rh(r), 0) + 10;
    }
  }
}
