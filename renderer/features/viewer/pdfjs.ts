// pdf.js set-up in one place: the worker, the asset folders the build copies next to the
// page, and safe defaults for untrusted files (no eval, no XFA).
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFPageProxy, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ApiError } from '../../api/api-error';
import { errorLine } from '../../api/error-text';
import { i18n } from '../../i18n/i18n';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
export const { TextLayer } = pdfjs;
export type PageViewport = ReturnType<PDFPageProxy['getViewport']>;
export type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

/** pdf.js's "100 %" is one CSS pixel per 1/96 inch, like every other viewer. */
export const PDF_TO_CSS_UNITS = pdfjs.PixelsPerInch.PDF_TO_CSS_UNITS;

function assetUrl(folder: string): string {
  return new URL(`pdfjs/${folder}/`, document.baseURI).href;
}

let sharedWorker: PDFWorker | null = null;

/**
 * One long-lived worker for every document: booting pdf.js's worker costs more than opening
 * a typical PoE, and the first page has a 300 ms budget.
 */
function pdfWorker(): PDFWorker {
  if (!sharedWorker || sharedWorker.destroyed) {
    sharedWorker = new pdfjs.PDFWorker({ verbosity: pdfjs.VerbosityLevel.ERRORS });
  }
  return sharedWorker;
}

/**
 * Start the worker ahead of need (while the reviewer is still in the queue), and run a tiny
 * document through it once: parsing, drawing and text layout are compiled by the JavaScript
 * engines then, not during the first claim the reviewer opens.
 */
export function warmPdfWorker(): void {
  pdfWorker();
  warmUpOnce();
}

/** A file that wedged or crashed the worker must not take the next document down with it. */
export function resetPdfWorker(): void {
  sharedWorker?.destroy();
  sharedWorker = null;
}

/**
 * Untrusted files: no eval (pdf.js compiles fonts without it), no XFA forms. Document scripts
 * never run: pdf.js runs them only through its scripting sandbox, which this viewer never
 * creates, and no annotation layer is drawn, so form widgets and links stay inert pixels.
 */
export function openPdf(data: Uint8Array): PDFDocumentLoadingTask {
  return pdfjs.getDocument({
    data,
    worker: pdfWorker(),
    isEvalSupported: false,
    enableXfa: false,
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    wasmUrl: assetUrl('wasm'),
    iccUrl: assetUrl('iccs'),
    // Damaged files make pdf.js chatty; failures still surface through the returned promise.
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
}

function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return '';
}

/** A sentence for the reviewer; pdf.js's own messages are for developers. */
export function describePdfError(error: unknown): string {
  switch (errorName(error)) {
    case 'PasswordException':
      return i18n.t('viewer.errors.password');
    case 'InvalidPDFException':
      return i18n.t('viewer.errors.invalid');
    case 'MissingPDFException':
      return i18n.t('viewer.errors.missing');
    case 'ApiError':
      if (error instanceof ApiError) return i18n.t('viewer.errors.load', { message: errorLine(error) });
      return error instanceof Error ? i18n.t('viewer.errors.load', { message: error.message }) : i18n.t('viewer.errors.loadPlain');
    default:
      return i18n.t('viewer.errors.other');
  }
}

/** Errors that say something about the file, as opposed to the worker being in trouble. */
export function isFileError(error: unknown): boolean {
  const name = errorName(error);
  return name === 'PasswordException' || name === 'InvalidPDFException' || name === 'ApiError';
}

/** Cancellation is how stale renders end; it is not an error worth showing. */
export function isCancellation(error: unknown): boolean {
  const name = errorName(error);
  return name === 'RenderingCancelledException' || name === 'AbortException';
}

/** Browsers refuse or crawl on giant canvases; past this a page is drawn less sharp instead. */
const MAX_CANVAS_PIXELS = 4096 * 4096;

function outputScale(cssWidth: number, cssHeight: number): number {
  const wanted = window.devicePixelRatio || 1;
  const limit = Math.sqrt(MAX_CANVAS_PIXELS / Math.max(1, cssWidth * cssHeight));
  return Math.min(wanted, limit);
}

export interface PaintJob {
  /** A fresh canvas holding the finished drawing, to swap in whole: never a half-drawn page. */
  readonly promise: Promise<HTMLCanvasElement>;
  readonly cancel: () => void;
}

/** Draws a page off screen at the viewport's size (sharp on high-density screens). */
export function paintPage(page: PDFPageProxy, viewport: PageViewport): PaintJob {
  const ratio = outputScale(viewport.width, viewport.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(viewport.width * ratio));
  canvas.height = Math.max(1, Math.floor(viewport.height * ratio));
  const task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
  return { promise: task.promise.then(() => canvas), cancel: () => task.cancel() };
}

/** The page's viewport at a zoom (1 = 100 %) and an extra rotation on top of its own. */
export function pageViewport(page: PDFPageProxy, zoom: number, rotation: number): PageViewport {
  return page.getViewport({ scale: zoom * PDF_TO_CSS_UNITS, rotation: (page.rotate + rotation) % 360 });
}

let warmedUp = false;

/** A one-page PDF with a line of Helvetica, its cross-reference table computed. */
function warmUpDocument(): Uint8Array {
  const content = 'BT /F1 12 Tf 20 40 Td (Warm up) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 120 80] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.7\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) pdf += `${String(at).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

function warmUpOnce(): void {
  if (warmedUp) return;
  warmedUp = true;
  const task = openPdf(warmUpDocument());
  void (async () => {
    const page = await (await task.promise).getPage(1);
    const viewport = pageViewport(page, 1, 0);
    await paintPage(page, viewport).promise;
    const textLayer = new TextLayer({ textContentSource: await page.getTextContent(), container: document.createElement('div'), viewport });
    await textLayer.render();
  })()
    .catch(() => undefined)
    .finally(() => void task.destroy());
}
