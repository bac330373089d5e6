// Text for the PDF's standard fonts (Helvetica: nothing embedded, so 2,000 pages stay small and
// fast). Those fonts speak WinAnsi (Latin-1 plus a few typographic signs): a character outside it
// is shown as its base letter, or as "?", never as a wrong glyph. Widths come from the font's own metrics, read
// once through pdfkit, so a cell is clipped to its column with an ellipsis.
import type PDFDocument from 'pdfkit';

/** Unicode characters WinAnsi places outside Latin-1, and their codes there. */
const WIN_ANSI_EXTRAS: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};
const UNICODE_OF = new Map(Object.entries(WIN_ANSI_EXTRAS).map(([u, c]) => [c, Number(u)]));
const QUESTION = 0x3f;
const ELLIPSIS = 0x85;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function winAnsiCode(u: number): number | null {
  if ((u >= 0x20 && u < 0x7f) || (u >= 0xa0 && u <= 0xff)) return u;
  if (u === 0x09) return 0x20;
  return WIN_ANSI_EXTRAS[u] ?? null;
}

/**
 * A string's WinAnsi codes. A letter the fonts lack is shown as its base letter when it has one
 * ("Ō" as "O"); anything else as "?".
 */
export function winAnsiCodes(text: string): number[] {
  const codes: number[] = [];
  if (PRINTABLE_ASCII.test(text)) {
    for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
    return codes;
  }
  for (const ch of text.normalize('NFC')) {
    const code = winAnsiCode(ch.codePointAt(0) ?? QUESTION) ?? winAnsiCode(ch.normalize('NFD').codePointAt(0) ?? QUESTION);
    codes.push(code ?? QUESTION);
  }
  return codes;
}

/** What pdfkit's standard-font text becomes: the same text, with the "?" replacements. */
export function winAnsiText(text: string): string {
  return String.fromCharCode(...winAnsiCodes(text).map((c) => UNICODE_OF.get(c) ?? c));
}

/** Advance widths of a font's 256 WinAnsi codes at 1 pt, for fast measuring. */
export interface FontMetrics {
  readonly widths: Float64Array;
}

export function fontMetrics(doc: PDFKit.PDFDocument, font: string): FontMetrics {
  doc.font(font).fontSize(1);
  const widths = new Float64Array(256);
  for (let code = 0x20; code < 256; code++) widths[code] = doc.widthOfString(String.fromCharCode(UNICODE_OF.get(code) ?? code));
  return { widths };
}

export interface Fitted {
  /** A PDF literal string, (...), its bytes the WinAnsi codes. */
  readonly literal: string;
  /** Its width in points. */
  readonly width: number;
}

/** Each code as the character pdfkit writes as that byte (latin1), with "(", ")" and backslash escaped. */
const LITERAL = Array.from({ length: 256 }, (_, c) => (c === 0x28 || c === 0x29 || c === 0x5c ? '\\' : '') + String.fromCharCode(c));

/** The codes as a PDF string at `size`, cut with an ellipsis where they pass `maxWidth` points. */
export function fitted(codes: readonly number[], metrics: FontMetrics, size: number, maxWidth: number): Fitted {
  const { widths } = metrics;
  const limit = maxWidth / size;
  let width = 0;
  for (const c of codes) width += widths[c] ?? 0;
  let end = codes.length;
  if (width > limit) {
    width = widths[ELLIPSIS] ?? 0;
    end = 0;
    while (end < codes.length && width + (widths[codes[end] ?? 0] ?? 0) <= limit) width += widths[codes[end++] ?? 0] ?? 0;
  }
  let literal = '(';
  for (let i = 0; i < end; i++) literal += LITERAL[codes[i] ?? QUESTION];
  return { literal: end < codes.length ? `${literal}${LITERAL[ELLIPSIS]})` : `${literal})`, width: width * size };
}

export type Doc = InstanceType<typeof PDFDocument>;
