// One file's pre-check from start to end: read it (within the size limit), take its content
// (a PDF through pdf.js, an image as a page without text), analyse it against the claim.
// Never throws for a bad file: a file that cannot be read is `ok: false` with a sentence.
import { readFile, stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { PrecheckClaim, PrecheckResult } from '../../../shared/domain/precheck';
import { analyseDocument } from '../../../shared/domain/precheck/analyse';
import { textPrint } from '../../../shared/domain/precheck/text-print';
import { MAX_DOCUMENT_BYTES } from '../import/limits';
import { UnreadableFileError, extractPdf, imageContent, imageType } from './extract';

export interface PrecheckRequest {
  /** The path to read. */
  readonly path: string;
  /** How the file is named in the result (the path as the user gave it); default the path. */
  readonly label?: string;
  readonly claim: PrecheckClaim;
  /** yyyy-mm-dd: stands in for the submission day when the claim has none. */
  readonly today: string;
  /** False: pages without a text layer are not read by OCR. Default true. */
  readonly ocr?: boolean;
}

export function failedResult(file: string, error: string, elapsedMs: number): PrecheckResult {
  return { file, ok: false, error, pages: null, textPages: null, findings: [], proposed: ['missing-poe'], notes: [], elapsedMs: Math.round(elapsedMs) };
}

function readError(err: unknown): string {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'the file does not exist';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'the file cannot be read (permission denied)';
    default:
      return `the file cannot be read (${(err as Error).message})`;
  }
}

function failure(err: unknown): string {
  if (err instanceof UnreadableFileError) return err.message;
  if ((err as NodeJS.ErrnoException).code) return readError(err);
  return `the pre-check failed on this file (${err instanceof Error ? err.message : String(err)})`;
}

async function readBounded(path: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
  if (info.size > MAX_DOCUMENT_BYTES) {
    throw new UnreadableFileError(`the file is larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB, the most a PoE file may be`);
  }
  if (info.size === 0) throw new UnreadableFileError('the file is empty');
  return new Uint8Array(await readFile(path));
}

/** A file's pre-check and the print of its text, which finds the same text on other claims. */
export interface CheckedFile {
  readonly result: PrecheckResult;
  /** null when the file could not be read or holds too little text to judge. */
  readonly textPrint: string | null;
}

export async function precheckFile(req: PrecheckRequest): Promise<PrecheckResult> {
  return (await inspectFile(req)).result;
}

/** `onOcrPage`: OCR is about to read a page of so many (the pool gives the file more time for each). */
export async function inspectFile(req: PrecheckRequest, onOcrPage?: (page: number, pages: number) => void): Promise<CheckedFile> {
  const started = performance.now();
  const file = req.label ?? req.path;
  const elapsed = (): number => Math.round(performance.now() - started);
  try {
    const bytes = await readBounded(req.path);
    const image = imageType(bytes);
    const options = { ocr: req.ocr !== false, ...(onOcrPage ? { onOcrPage } : {}) };
    const content = image ? await imageContent(image, bytes, options) : await extractPdf(bytes, options);
    const analysis = analyseDocument(content, req.claim, req.today);
    const result: PrecheckResult = {
      file,
      ok: true,
      error: null,
      pages: content.pages,
      textPages: analysis.textPages,
      findings: analysis.findings,
      proposed: analysis.proposed,
      notes: analysis.notes,
      elapsedMs: elapsed(),
    };
    return { result, textPrint: textPrint(content.texts.map((p) => p.text).join('\n')) };
  } catch (err) {
    return { result: failedResult(file, failure(err), elapsed()), textPrint: null };
  }
}
