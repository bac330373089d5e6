// Text for the report's PDF in DejaVu Sans Condensed (as narrow as Helvetica), a Unicode font shipped by the npm package
// dejavu-fonts-ttf and embedded as a subset (only the glyphs used), so names in Polish, Greek,
// Turkish or Cyrillic print as written. pdfkit lays out the few lines of the summary page itself;
// the table's 100,000 rows go out as raw text operators (pdf-table.ts), so this encodes a cell's
// characters to glyph ids with a per-character cache, and tells pdfkit each glyph it used so the
// subset, the widths and the ToUnicode map (copy and search in a viewer) include it.
// DejaVu has no Chinese or Japanese: such a character prints as its base letter when it has one,
// or as "?", never as an empty box.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;

export const FONT = 'DejaVuSans';
export const BOLD = 'DejaVuSans-Bold';

let files: { regular: Buffer; bold: Buffer } | undefined;

/** The two font files, read once per process (about 1 MB together). */
function fontFiles(): { regular: Buffer; bold: Buffer } {
  if (!files) {
    const require = createRequire(import.meta.url);
    files = {
      regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf')),
      bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf')),
    };
  }
  return files;
}

/** Registers the report's fonts on a new document, before any text is drawn. */
export function registerFonts(doc: Doc): void {
  const { regular, bold } = fontFiles();
  doc.registerFont(FONT, regular);
  doc.registerFont(BOLD, bold);
}

/** The parts of fontkit's font and pdfkit's EmbeddedFont this reads (neither is public API). */
interface FontkitGlyph {
  readonly id: number;
  readonly advanceWidth: number;
}
interface EmbeddedFont {
  readonly id: string;
  readonly scale: number;
  readonly ascender: number;
  readonly font: { hasGlyphForCodePoint(cp: number): boolean; glyphForCodePoint(cp: number): FontkitGlyph };
  readonly subset: { includeGlyph(id: number): number };
  readonly widths: number[];
  readonly unicode: number[][];
}

const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;

interface Glyph {
  /** The glyph's two-byte id in the embedded subset, as bytes of a PDF literal string (escaped). */
  readonly bytes: string;
  /** Advance at 1 pt. */
  readonly width: number;
}

/** A byte as it goes in a PDF literal string: delimiters, the escape and line ends escaped. */
function literalByte(b: number): string {
  if (b === 0x28 || b === 0x29 || b === 0x5c) return `\\${String.fromCharCode(b)}`;
  if (b === 0x0a) return '\\n';
  if (b === 0x0d) return '\\r';
  return String.fromCharCode(b);
}

export interface Fitted {
  /** A PDF literal string, (...), of the subset's two-byte glyph ids; its characters are bytes (latin1). */
  readonly literal: string;
  /** Its width in points. */
  readonly width: number;
}

/** The code point the font prints for `cp`: itself, its base letter, or "?". */
function shownCodePoint(has: (cp: number) => boolean, cp: number): number {
  if (has(cp)) return cp;
  const base = String.fromCodePoint(cp).normalize('NFD').codePointAt(0) ?? QUESTION;
  return base !== cp && has(base) ? base : QUESTION;
}

/** Text the font can print: characters it lacks become their base letter or "?". */
export function printable(doc: Doc, font: string, text: string): string {
  const f = embeddedFont(doc, font).font;
  const has = (cp: number) => f.hasGlyphForCodePoint(cp);
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? QUESTION;
    out += cp < 0x20 ? ' ' : String.fromCodePoint(shownCodePoint(has, cp));
  }
  return out;
}

function embeddedFont(doc: Doc, name: string): EmbeddedFont {
  doc.font(name);
  const font = (doc as unknown as { _font?: EmbeddedFont })._font;
  // pdfkit's current font is not public API; if a version changes it, fail loudly (the tests read the text back).
  if (!font?.subset || !font.font || !Array.isArray(font.widths)) throw new Error(`the PDF font ${name} was not embedded as expected`);
  return font;
}

/** One embedded font, encoding text to glyph ids for raw text operators. */
export class GlyphFont {
  private readonly glyphs = new Map<number, Glyph>();
  private readonly ascii: (Glyph | undefined)[] = [];
  private readonly font: EmbeddedFont;
  /** pdfkit's resource name for it ("F1"...). */
  readonly id: string;
  /** Its ascent at 1 pt: a line drawn from its top has its baseline this many sizes lower. */
  readonly ascent: number;

  constructor(doc: Doc, name: string) {
    this.font = embeddedFont(doc, name);
    this.id = this.font.id;
    this.ascent = this.font.ascender / 1000;
  }

  private glyph(cp: number): Glyph {
    let g = this.glyphs.get(cp);
    if (g) return g;
    const { font } = this;
    const shown = shownCodePoint((c) => font.font.hasGlyphForCodePoint(c), cp < 0x20 ? 0x20 : cp);
    const source = font.font.glyphForCodePoint(shown);
    const id = font.subset.includeGlyph(source.id);
    const advance = source.advanceWidth * font.scale;
    font.widths[id] ??= advance;
    font.unicode[id] ??= [shown];
    g = { bytes: literalByte(id >> 8) + literalByte(id & 0xff), width: advance / 1000 };
    this.glyphs.set(cp, g);
    return g;
  }

  /** The text as a PDF string at `size`, cut with an ellipsis where it passes `maxWidth` points. */
  fit(text: string, size: number, maxWidth: number): Fitted {
    // One pass for the common case, a cell that fits: 2.4 million cells in a 100,000-row report.
    const limit = maxWidth / size;
    let literal = '(';
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00) cp = text.codePointAt(i++) ?? QUESTION;
      const g = cp < 128 ? (this.ascii[cp] ??= this.glyph(cp)) : this.glyph(cp);
      literal += g.bytes;
      width += g.width;
    }
    if (width <= limit) return { literal: `${literal})`, width: width * size };
    return this.cut(text, size, limit);
  }

  private cut(text: string, size: number, limit: number): Fitted {
    const ellipsis = this.glyph(ELLIPSIS);
    let literal = '(';
    let width = ellipsis.width;
    for (const ch of text) {
      const g = this.glyph(ch.codePointAt(0) ?? QUESTION);
      if (width + g.width > limit) break;
      literal += g.bytes;
      width += g.width;
    }
    return { literal: `${literal}${ellipsis.bytes})`, width: width * size };
  }
}
