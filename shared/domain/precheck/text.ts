// A document as the pre-check's analysers see it: each page's text as one string (pdf.js
// text items in reading order, a line break where pdf.js saw one), with the box of every
// item so a match can be turned back into a place on the page.
import type { Box, Evidence, SignatureIntegrity } from '../precheck';

export interface TextSpan {
  /** Offsets of the item in the page text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly box: Box;
}

export interface PageText {
  /** 1-based. */
  readonly page: number;
  readonly text: string;
  readonly spans: readonly TextSpan[];
}

export interface TextItemInput {
  readonly str: string;
  readonly hasEOL: boolean;
  readonly box: Box;
}

/**
 * A signature form field or an ink annotation (from the PDF's annotations and form), or what is
 * drawn on a page: freehand vector `strokes` (with how many freehand segments) and `image`s.
 */
export interface MarkInput {
  readonly kind: 'signature-field' | 'ink' | 'strokes' | 'image';
  readonly page: number | null;
  readonly box: Box | null;
  readonly name?: string;
  readonly segments?: number;
}

/** A digital signature (/Sig with /ByteRange and /Contents), as checked in main. */
export interface DigitalSignatureInput {
  readonly integrity: SignatureIntegrity;
  /** Who the signer's certificate names ("Jane Doe (Contoso)"); never checked against a trust list. */
  readonly signer: string | null;
  /** ISO instant: the signed signing-time attribute, else the dictionary's /M. */
  readonly signedAt: string | null;
  readonly coversWholeFile: boolean;
  readonly subFilter: string | null;
  /** Why an `unverifiable` signature could not be checked. */
  readonly reason: string | null;
  readonly byteRange: readonly [number, number, number, number];
  /** The partial name (/T) of the form field whose value this signature is, when the file says. */
  readonly field?: string | null;
}

export interface DocumentContent {
  readonly pages: number;
  /** One per page read, in order; a page without a text layer has empty text. */
  readonly texts: readonly PageText[];
  readonly marks: readonly MarkInput[];
  /** The file's digital signatures, checked; absent for files that cannot hold one (images). */
  readonly signatures?: readonly DigitalSignatureInput[];
  /** What people should know about the file (XFA, encryption, pages not read, an image file). */
  readonly notes: readonly string[];
  /** The pages read by OCR (no text layer), with the engine's mean confidence (0-100; null: no word read). */
  readonly ocr?: readonly { readonly page: number; readonly confidence: number | null }[];
}

export function pageText(page: number, items: readonly TextItemInput[]): PageText {
  let text = '';
  const spans: TextSpan[] = [];
  for (const item of items) {
    if (item.str.length > 0) {
      spans.push({ start: text.length, end: text.length + item.str.length, box: item.box });
      text += item.str;
    }
    if (item.hasEOL) text += '\n';
  }
  return { page, text, spans };
}

export function hasText(page: PageText): boolean {
  return /\S/.test(page.text);
}

/** The box around text[start, end): the items it touches, cut in proportion for partial items. */
export function boxOf(page: PageText, start: number, end: number): Box | null {
  let box: [number, number, number, number] | null = null;
  for (const span of page.spans) {
    if (span.end <= start || span.start >= end) continue;
    const len = span.end - span.start;
    const [x0, y0, x1, y1] = span.box;
    const from = Math.max(start, span.start) - span.start;
    const to = Math.min(end, span.end) - span.start;
    const left = x0 + ((x1 - x0) * from) / len;
    const right = x0 + ((x1 - x0) * to) / len;
    box = box ? [Math.min(box[0], left), Math.min(box[1], y0), Math.max(box[2], right), Math.max(box[3], y1)] : [left, y0, right, y1];
  }
  return box && box.map((n) => Math.round(n * 10) / 10) as unknown as Box;
}

/** The words between two offsets, with runs of white space (line breaks too) as one space. */
export function wordsAt(page: PageText, start: number, end: number): string {
  return page.text.slice(start, end).replace(/\s+/g, ' ').trim();
}

export function evidenceAt(page: PageText, start: number, end: number): Evidence {
  return { page: page.page, text: wordsAt(page, start, end), box: boxOf(page, start, end) };
}

export interface TextMatch {
  readonly page: PageText;
  readonly start: number;
  readonly end: number;
  readonly groups: readonly (string | undefined)[];
}

/** Every match of a global regular expression on every page, in page order. */
export function matchAll(pages: readonly PageText[], pattern: RegExp): TextMatch[] {
  if (!pattern.global) throw new Error('matchAll needs a global pattern');
  const out: TextMatch[] = [];
  for (const page of pages) {
    for (const m of page.text.matchAll(pattern)) {
      out.push({ page, start: m.index, end: m.index + m[0].length, groups: m.slice(1) });
    }
  }
  return out;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters and digits of any script: a phrase matches only between non-word characters. */
const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * A pattern for a phrase as a whole word or words: case folded, any white space (a line
 * break too) between words, straight and curly apostrophes alike.
 */
/** An accented letter also matches its bare letter: OCR and plain-ASCII typing drop accents ("Hotels Lumiere"). */
function accentTolerant(word: string): string {
  return word.replace(/\p{L}/gu, (c) => {
    const bare = c.normalize('NFD').replace(/\p{M}+/gu, '');
    return bare !== c && bare.length === 1 ? `[${c}${bare}]` : c;
  });
}

export function phrasePattern(phrase: string, flags = 'giu'): RegExp {
  const words = phrase.trim().split(/\s+/).map((w) => accentTolerant(escapeRegExp(w)).replace(/['\u2019]/g, "['\u2019]"));
  return new RegExp(`${WORD_BEFORE}${words.join('\\s+')}${WORD_AFTER}`, flags);
}

/** In page order, keeping the longest of matches that overlap on a page. */
export function dropOverlaps<T>(items: readonly T[], at: (item: T) => TextMatch): T[] {
  const sorted = [...items].sort((x, y) => {
    const a = at(x);
    const b = at(y);
    return a.page.page - b.page.page || a.start - b.start || b.end - a.end;
  });
  const kept: T[] = [];
  for (const item of sorted) {
    const last = kept[kept.length - 1];
    if (last && at(last).page === at(item).page && at(item).start < at(last).end) continue;
    kept.push(item);
  }
  return kept;
}
