import { type InputIssue, readIssues } from '../../shared/api/input-issue';
import type { ApiErrorBody, ErrorCode } from '../../shared/api/result';
import { isRefusal, type Refusal } from '../../shared/domain/refusal';
import { i18n } from '../i18n/i18n';

/** A refusal or failure from the backend, carrying the envelope's code, message, keyed refusal and input issues. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  /** The refusal as a key and values, when the service gave one this build knows (error-text.ts words it). */
  readonly refusal: Refusal | null;
  /** What was wrong with the input, field by field (shared/api/input-issue.ts); none for other refusals. */
  readonly issues: readonly InputIssue[];

  constructor(code: ErrorCode, message: string, refusal: Refusal | null = null, issues: readonly InputIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.refusal = refusal;
    this.issues = issues;
  }

  static from(body: ApiErrorBody): ApiError {
    // A newer service may send a key this window does not know: it then reads the English.
    return new ApiError(body.code, body.message, isRefusal(body.refusal) ? body.refusal : null, readIssues(body.issues));
  }
}

/** Anything caught -> an ApiError, so stores hold one error type. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', message || i18n.t('common.errors.unexpected'));
}

/** Whether an error's words are the service's (English) rather than the window's own (the UI's language). */
export function fromService(error: ApiError): boolean {
  return !['unauthorized', 'unavailable', 'internal'].includes(error.code);
}
