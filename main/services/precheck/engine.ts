// One file's pre-check from start to end: read it (within the size limit), take its content
// (a PDF through pdf.js, an image as a page without text), analyse it against the claim.
// Never throws for a bad file: a file that cannot be read is `ok: false` with a sentence.
import { readFile, stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { PrecheckClaim, PrecheckResult } from '../../../shared/domain/precheck';
import { analyseDocument } from '../../../shared/domain/precheck/analyse';
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

async function readBounded(path: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
  if (info.size > MAX_DOCUMENT_BYTES) {
    throw new UnreadableFileError(`the file is larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB, the most a PoE file may be`);
  }
  if (info.size === 0) throw new UnreadableFileError('the file is empty');
  return new Uint8Array(await readFile(path));
}

export async function precheckFile(req: PrecheckRequest): Promise<PrecheckResult> {
  const started = performance.now();
  const file = req.label ?? req.path;
  const elapsed = (): number => Math.round(performance.now() - started);
  try {
    const bytes = await readBounded(req.path);
    const image = imageType(bytes);
    const content = image ? imageContent(image) : await extractPdf(bytes);
    const analysis = analyseDocument(content, req.claim, req.today);
    return {
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
  } catch (err) {
    if (err instanceof UnreadableFileError) return failedResult(file, err.message, elapsed());
    if ((err as NodeJS.ErrnoException).code) return failedResult(file, readError(err), elapsed());
    return failedResult(file, `the pre-check failed on this file (${err instanceof Error ? err.message : String(err)})`, elapsed());
  }
}
