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
import { pageText, type DocumentContent, type MarkInput, type PageText, type TextItemInput } from '../../../shared/domain/precheck/text';

/** Pages read at most; a longer file is pre-checked on its first pages and says so. */
export const MAX_PAGES_READ = 500;

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

/** Text, signature fields and ink of a PDF. Throws UnreadableFileError for a file it cannot open. */
export async function extractPdf(bytes: Uint8Array): Promise<DocumentContent> {
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
      const text = pageText(n, items);
      texts.push(text);
      // Drawn signatures are looked for only where a block is printed: the operator list costs.
      if (hasSignatureLabel(text)) {
        // Page content only: ink and widgets are read from the annotations already.
        const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE }).catch(() => null);
        if (list) marks.push(...drawnMarks(list, pdfjs.OPS, n));
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
    return { pages: total, texts, marks, signatures: await checkDigitalSignatures(bytes), notes };
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

/** What an image file holds for the pre-check: one page, no text. */
export function imageContent(type: string): DocumentContent {
  return { pages: 1, texts: [pageText(1, [])], marks: [], notes: [`a ${type} image: the pre-check reads no text from images`] };
}
