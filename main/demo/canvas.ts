// Raw PDF drawing for one page. pdf-lib's drawText/drawRectangle build operator objects and
// check every option on each call, which made 10,000-claim bundles take minutes; writing the
// operators as a string and compressing it with node:zlib once per page is several times
// faster and produces the same marks.
import { deflateSync } from 'node:zlib';
import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';

/** Hex codes of each character in the font's encoding (WinAnsi for the standard fonts). */
const codeCache = new Map<string, Map<string, string>>();

function encode(font: PDFFont, text: string): string {
  let codes = codeCache.get(font.name);
  if (!codes) {
    codes = new Map();
    codeCache.set(font.name, codes);
  }
  let hex = '';
  for (const ch of text) {
    let code = codes.get(ch);
    if (code === undefined) {
      // pdf-lib throws for a character the font cannot encode, which is what we want.
      code = font.encodeText(ch).toString().slice(1, -1);
      codes.set(ch, code);
    }
    hex += code;
  }
  return hex;
}

// Two decimals are far below a printer's resolution; String() keeps it short ("12.5", "40").
const num = (n: number): string => String(Math.round(n * 100) / 100);
const colour = (c: RGB): string => `${num(c.red)} ${num(c.green)} ${num(c.blue)}`;

export interface TextOptions {
  x: number;
  y: number;
  size: number;
  font: PDFFont;
  color: RGB;
}

export class Canvas {
  private readonly ops: string[] = [];
  private readonly fontKeys = new Map<PDFFont, string>();

  constructor(
    readonly page: PDFPage,
    private readonly doc: PDFDocument,
  ) {}

  text(text: string, o: TextOptions): void {
    if (!text) return;
    let key = this.fontKeys.get(o.font);
    if (!key) {
      key = this.page.node.newFontDictionary(o.font.name, o.font.ref).toString();
      this.fontKeys.set(o.font, key);
    }
    this.ops.push(`BT ${key} ${num(o.size)} Tf ${colour(o.color)} rg ${num(o.x)} ${num(o.y)} Td <${encode(o.font, text)}> Tj ET`);
  }

  rect(o: { x: number; y: number; width: number; height: number; color?: RGB; borderColor?: RGB; borderWidth?: number }): void {
    const path = `${num(o.x)} ${num(o.y)} ${num(o.width)} ${num(o.height)} re`;
    if (o.color && o.borderColor) {
      this.ops.push(`q ${colour(o.color)} rg ${colour(o.borderColor)} RG ${num(o.borderWidth ?? 1)} w ${path} B Q`);
    } else if (o.color) {
      this.ops.push(`q ${colour(o.color)} rg ${path} f Q`);
    } else if (o.borderColor) {
      this.ops.push(`q ${colour(o.borderColor)} RG ${num(o.borderWidth ?? 1)} w ${path} S Q`);
    }
  }

  line(o: { start: { x: number; y: number }; end: { x: number; y: number }; thickness: number; color: RGB }): void {
    this.ops.push(`q ${colour(o.color)} RG ${num(o.thickness)} w ${num(o.start.x)} ${num(o.start.y)} m ${num(o.end.x)} ${num(o.end.y)} l S Q`);
  }

  /** Strokes a path given as PDF path operators ("x y m x1 y1 x2 y2 x3 y3 c ..."). */
  stroke(path: string, color: RGB, width: number): void {
    this.ops.push(`q ${colour(color)} RG ${num(width)} w 1 J 1 j ${path} S Q`);
  }

  /** Adds the drawn operators to the page as one compressed content stream; call once. */
  commit(): void {
    if (this.ops.length === 0) return;
    const bytes = deflateSync(Buffer.from(this.ops.join('\n'), 'latin1'));
    const ref = this.doc.context.register(this.doc.context.stream(bytes, { Filter: 'FlateDecode' }));
    this.page.node.addContentStream(ref);
  }
}
