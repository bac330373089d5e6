// The envelope every API call returns, on both transports, so structured errors reach the UI.
import type { Refusal } from '../domain/refusal';
import type { InputIssue } from './input-issue';

export const ERROR_CODES = [
  /** The caller is not the workstation's own page (token, Host or Origin): not a domain refusal. */
  'unauthorized',
  'invalid-input',
  'not-found',
  'illegal-transition',
  'conflict',
  'forbidden',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  readonly code: ErrorCode;
  /** The service's own words, in English: the command line prints them and scripts read them. */
  readonly message: string;
  /** The same refusal as a key and values, for a screen to word in its own language; absent when the service has no key for it. */
  readonly refusal?: Refusal;
  /** What was wrong with the input, issue by issue (input-issue.ts): the field's path, a code and its values; absent for other refusals. */
  readonly issues?: readonly InputIssue[];
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ApiErrorBody };

/** Thrown by services for refusals the user should read; anything else is "internal". */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly refusal?: Refusal,
    /** The fields refused, for a refusal of input that names them. */
    readonly issues?: readonly InputIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
