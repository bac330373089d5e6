// pdf.js set-up in one place: the worker, the asset folders the build copies next to the
// page, and safe defaults for untrusted files (no eval, no XFA).
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
export const { TextLayer } = pdfjs;

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

/** Start the worker ahead of need (while the reviewer is still in the queue). */
export function warmPdfWorker(): void {
  pdfWorker();
}

/** A file that wedged or crashed the worker must not take the next document down with it. */
export function resetPdfWorker(): void {
  sharedWorker?.destroy();
  sharedWorker = null;
}

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
      return 'This PDF is password-protected and cannot be shown.';
    case 'InvalidPDFException':
      return 'This file is damaged or not a PDF.';
    case 'MissingPDFException':
      return 'The document file is missing from the store.';
    case 'ApiError':
      return error instanceof Error ? `The document could not be loaded: ${error.message}` : 'The document could not be loaded.';
    default:
      return 'This PDF could not be shown. It may be damaged or use features the viewer does not support.';
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
