// Reads what the pre-check analyses out of a PDF with the pdf.js legacy build (the one made
// for Node): each page's text items with their boxes, signature form fields and ink
// annotations. Untrusted files: no eval, no XFA, no scripts (pdf.js runs a document's
// JavaScript only through its scripting sandbox, which is never loaded here), and fonts,
// CMaps and decoders come from the installed package, never from the network.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Box } from '../../../shared/domain/precheck';
import { hasSignatureLabel } from '../../../shared/domain/precheck/signature';
import { checkDigitalSignatures } from './digital-signatures';
import { drawnMarks } from './drawn-marks';
import { inkShare, OCR_DPI, ocrPage, type PageImage } from './ocr';
import { hasText, pageText, type DocumentContent, type MarkInput, type PageText, type TextItemInput } from '../../../shared/domain/precheck/text';

/** Pages read at most; a longer file is pre-checked on its first pages and says so. */
export const MAX_PAGES_READ = 500;
/** Pages without a text layer read by OCR at most in one file (a few seconds each). */
export const MAX_OCR_PAGES = 20;
/** The most pixels a page is rasterised to for OCR: a page larger than A3 is read at less than 150 dpi. */
const MAX_OCR_PIXELS = 9_000_000;

/** What extraction may tell its caller as it goes: an OCR page is about to start (slow work). */
export interface ExtractOptions {
  readonly ocr?: boolean;
  /** OCR starts on `page` of a file of `pages` pages. */
  readonly onOcrPage?: (page: number, pages: number) => void;
}

/** A file the pre-check cannot read, with the sentence people see. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

type PdfJs = typeof PdfJsModule;
let loaded: Promise<PdfJs> | null = null;

/** pdf.js, with its worker code running in this thread (the caller is a worker already). */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // pdf.js looks here before it tries to start a worker of its own.
    // @ts-expect-error the worker build ships without type declarations
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

function assetFolder(name: string): string {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return join(root, name) + sep;
}

let assets: { cmaps: string; fonts: string; wasm: string } | null = null;
function pdfAssets(): { cmaps: string; fonts: string; wasm: string } {
  assets ??= { cmaps: assetFolder('cmaps'), fonts: assetFolder('standard_fonts'), wasm: assetFolder('wasm') };
  return assets;
}

function errorName(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err && typeof err.name === 'string' ? err.name : '';
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** A sentence for people; pdf.js's own messages are for developers. */
export function describeOpenError(err: unknown, bytes: Uint8Array): string {
  switch (errorName(err)) {
    case 'PasswordException':
      return 'the file is password protected: it cannot be read without its password';
    case 'InvalidPDFException':
      return looksLikePdf(bytes) ? 'the file is damaged: it is not a PDF pdf.js can read' : 'the file is not a PDF';
    case 'MissingPDFException':
      return 'the file is empty or missing';
    default:
      return `the file could not be read (${err instanceof Error ? err.message : String(err)})`;
  }
}

type Item = { str: string; hasEOL: boolean; transform: number[]; width: number; height: number };

function itemBox(item: Item): Box {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  const size = item.height || Math.hypot(c, d) || Math.hypot(a, b);
  return [e, f - 0.2 * size, e + item.width, f + 0.8 * size];
}

function rectBox(rect: unknown): Box | null {
  if (!Array.isArray(rect) || rect.length !== 4 || !rect.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const [x0, y0, x1, y1] = rect as number[];
  return [Math.min(x0!, x1!), Math.min(y0!, y1!), Math.max(x0!, x1!), Math.max(y0!, y1!)];
}

interface AnnotationLike {
  subtype?: string;
  fieldType?: string;
  fieldName?: string;
  rect?: unknown;
  id?: string;
}

interface FieldObjectLike {
  id?: string;
  type?: string;
  page?: number;
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/** A page drawn at 150 dpi (less for a page larger than A3) on a white canvas, as PNG bytes. */
async function rasterise(page: PdfPage): Promise<PageImage> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const unit = page.getViewport({ scale: 1 });
  const scale = Math.min(OCR_DPI / 72, Math.sqrt(MAX_OCR_PIXELS / Math.max(1, unit.width * unit.height)));
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.max(1, Math.ceil(viewport.width)), Math.max(1, Math.ceil(viewport.height)));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport, annotationMode: 0 }).promise;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const ink = inkShare(pixels.data);
  return { ink, pixels: { data: pixels.data, width: canvas.width, height: canvas.height }, toPage: (x, y) => viewport.convertToPdfPoint(x, y) as [number, number] };
}

/** Text, signature fields and ink of a PDF. Throws UnreadableFileError for a file it cannot open. */
export async function extractPdf(bytes: Uint8Array, options: ExtractOptions = {}): Promise<DocumentContent> {
  const pdfjs = await loadPdfJs();
  const { cmaps, fonts, wasm } = pdfAssets();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given.
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    cMapUrl: cmaps,
    cMapPacked: true,
    standardFontDataUrl: fonts,
    wasmUrl: wasm,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw new UnreadableFileError(describeOpenError(err, bytes));
  }
  try {
    const notes: string[] = [];
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    if (info.EncryptFilterName) notes.push('the file is encrypted (password protected), but opens without a password: it was read');
    if (info.IsXFAPresent) notes.push('the file holds an XFA form, which is not read (XFA is off): check by eye');

    const total = doc.numPages;
    const read = Math.min(total, MAX_PAGES_READ);
    if (read < total) notes.push(`only the first ${read} of ${total} pages were read`);

    const texts: PageText[] = [];
    const marks: MarkInput[] = [];
    const ocr: { page: number; confidence: number | null }[] = [];
    let ocrSkipped = 0;
    const fieldIds = new Set<string>();
    for (let n = 1; n <= read; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent().catch(() => ({ items: [] }));
      const items: TextItemInput[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item = raw as Item;
        items.push({ str: item.str, hasEOL: item.hasEOL, box: itemBox(item) });
      }
      let text = pageText(n, items);
      // A page without a text layer is a scan or a picture: read by OCR, a few pages a file.
      if (!hasText(text) && options.ocr !== false) {
        if (ocr.length < MAX_OCR_PAGES) {
          options.onOcrPage?.(n, read);
          const words = await ocrPage(await rasterise(page));
          ocr.push({ page: n, confidence: words.confidence });
          text = pageText(n, words.items);
          marks.push(...shapeMarks(words.shapes, n));
        } else ocrSkipped++;
      }
      texts.push(text);
      // Drawn signatures are looked for only where a block is printed: the operator list costs.
      if (hasSignatureLabel(text)) {
        // Page content only: ink and widgets are read from the annotations already.
        const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE }).catch(() => null);
        // A picture over half the page is the page itself (a scan under its text), not a signature pasted in.
        const [x0, y0, x1, y1] = page.view;
        const half = (Math.abs((x1 ?? 0) - (x0 ?? 0)) * Math.abs((y1 ?? 0) - (y0 ?? 0))) / 2;
        const area = (b: Box | null) => (b ? (b[2] - b[0]) * (b[3] - b[1]) : 0);
        if (list) marks.push(...drawnMarks(list, pdfjs.OPS, n).filter((m) => m.kind !== 'image' || area(m.box) < half));
      }
      const annotations = (await page.getAnnotations({ intent: 'display' }).catch(() => [])) as AnnotationLike[];
      for (const a of annotations) {
        if (a.subtype === 'Ink') marks.push({ kind: 'ink', page: n, box: rectBox(a.rect) });
        if (a.subtype === 'Widget' && a.fieldType === 'Sig') {
          if (a.id) fieldIds.add(a.id);
          marks.push({ kind: 'signature-field', page: n, box: rectBox(a.rect), name: a.fieldName ?? '' });
        }
      }
      page.cleanup();
    }
    // Signature fields without a visible widget are in the form, not in a page's annotations.
    const fields = ((await doc.getFieldObjects().catch(() => null)) ?? {}) as Record<string, FieldObjectLike[]>;
    for (const [name, objects] of Object.entries(fields)) {
      for (const o of objects) {
        if (o.type !== 'signature' || (o.id && fieldIds.has(o.id))) continue;
        marks.push({ kind: 'signature-field', page: typeof o.page === 'number' && o.page >= 0 ? o.page + 1 : null, box: null, name });
      }
    }
    if (ocrSkipped > 0) notes.push(`only the first ${MAX_OCR_PAGES} pages without a text layer were read by OCR`);
    return { pages: total, texts, marks, signatures: await checkDigitalSignatures(bytes), notes, ocr };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

const IMAGE_SIGNATURES: readonly (readonly [string, readonly number[]])[] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
];

/** "PNG", "JPEG"...: an image file, which has no text layer to read; null for anything else. */
export function imageType(bytes: Uint8Array): string | null {
  for (const [name, magic] of IMAGE_SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

/** Image files OCR reads; the others are shown, not read. */
const OCR_IMAGE_TYPES = new Set(['PNG', 'JPEG']);
/** Pictures larger than this are not read by OCR (a 40-megapixel photo takes minutes and gigabytes). */
const MAX_OCR_IMAGE_PIXELS = 40_000_000;

const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32 = (b: Uint8Array, at: number) => ((u16(b, at) << 16) >>> 0) + u16(b, at + 2);

/**
 * A PNG's or JPEG's size from its header, or null when the header is not whole. Read by hand:
 * the file is untrusted, and a native image decoder crashes the process on a truncated PNG; the
 * pixels themselves are decoded by the OCR engine, inside WebAssembly.
 */
export function imageSize(type: string, bytes: Uint8Array): { width: number; height: number } | null {
  if (type === 'PNG') {
    if (bytes.length < 24 || Buffer.from(bytes.subarray(12, 16)).toString('latin1') !== 'IHDR') return null;
    const width = u32(bytes, 16);
    const height = u32(bytes, 20);
    return width > 0 && height > 0 ? { width, height } : null;
  }
  if (type === 'JPEG') {
    // Segments from the start: the first frame header (SOF0-SOF15 but DHT, JPG and DAC) gives the size.
    for (let at = 2, seen = 0; at + 9 < bytes.length && seen < 10_000; seen++) {
      if (bytes[at] !== 0xff) return null;
      const marker = bytes[at + 1] ?? 0;
      if (marker === 0xff) {
        at++;
        continue;
      }
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const height = u16(bytes, at + 5);
        const width = u16(bytes, at + 7);
        return width > 0 && height > 0 ? { width, height } : null;
      }
      if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
        at += 2;
        continue;
      }
      at += 2 + u16(bytes, at + 2);
    }
  }
  return null;
}

/**
 * What an image file holds for the pre-check: one page, read by OCR (PNG and JPEG). Its page
 * units are the image's pixels, up from the bottom-left corner. A picture OCR cannot read (damaged,
 * too large) is a page without text, and the notes say why.
 */
export async function imageContent(type: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<DocumentContent> {
  const unread = (why: string): DocumentContent => ({ pages: 1, texts: [pageText(1, [])], marks: [], notes: [why] });
  if (!OCR_IMAGE_TYPES.has(type) || options.ocr === false) return unread(`a ${type} image: the pre-check reads no text from this kind of image`);
  const size = imageSize(type, bytes);
  if (!size) return unread(`a ${type} image whose header is damaged: it was not read by OCR`);
  if (size.width * size.height > MAX_OCR_IMAGE_PIXELS) return unread(`a ${type} image of ${size.width} x ${size.height} pixels: too large to read by OCR`);
  options.onOcrPage?.(1, 1);
  let read;
  try {
    // ink 1: the engine decodes the picture itself, so the blank-page test is left to its word count.
    read = await ocrPage({ image: Buffer.from(bytes), ink: 1, toPage: (x, y) => [x, size.height - y] });
  } catch {
    return unread(`a ${type} image that could not be decoded: it was not read by OCR`);
  }
  return { pages: 1, texts: [pageText(1, read.items)], marks: shapeMarks(read.shapes, 1), notes: [], ocr: [{ page: 1, confidence: read.confidence }] };
}

/**
 * Shapes OCR could not read, as drawn marks: on a scan, a handwritten signature is pixels like
 * the rest, and its shape is what tells it from a blank line. OCR sees the shape, not its strokes:
 * it counts as the fewest strokes a drawn signature has.
 */
const SHAPE_SEGMENTS = 8;
function shapeMarks(shapes: readonly Box[], page: number): MarkInput[] {
  return shapes.map((box) => ({ kind: 'strokes', page, box, segments: SHAPE_SEGMENTS }));
}
