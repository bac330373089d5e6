import type { ApiErrorBody, ErrorCode } from '../../shared/api/result';
import { i18n } from '../i18n/i18n';

/** A refusal or failure from the backend, carrying the envelope's code and message. */
export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }

  static from(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message);
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
