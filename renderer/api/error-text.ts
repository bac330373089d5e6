// What an error from the backend says on screen: a keyed refusal in the UI's language; otherwise
// the service's English, marked so (lang="en"), or the window's own words (a transport failure).
import { type Refusal, REFUSAL_DATA } from '../../shared/domain/refusal';
import { refusalWords } from '../i18n/refusalWords';
import { type ApiError, fromService } from './api-error';

export interface ErrorText {
  /** In the UI's language, or the service's English when `lang` is "en". */
  readonly text: string;
  readonly lang?: 'en';
  /** Words of the service no key could say (an operating system's, a store check's): English, after `text`. */
  readonly detail?: string;
  /** Values in `text` that are data (claim ids, names, products): shown as they are, never translated. */
  readonly data: readonly string[];
}

function dataOf(refusal: Refusal): string[] {
  return Object.entries(refusal.params).flatMap(([name, value]) =>
    REFUSAL_DATA.includes(name) && typeof value === 'string' ? value.split('\n').filter(Boolean) : [],
  );
}

/** The keyed refusal in the UI's language; null when the error has none this window can word. */
export function keyedErrorText(error: ApiError): ErrorText | null {
  const { refusal } = error;
  const words = refusal && refusalWords(refusal);
  if (!refusal || words === null) return null;
  const { detail } = refusal.params;
  return { text: words, data: dataOf(refusal), ...(typeof detail === 'string' && detail ? { detail } : {}) };
}

export function errorText(error: ApiError): ErrorText {
  return keyedErrorText(error) ?? (fromService(error) ? { text: error.message, lang: 'en', data: [] } : { text: error.message, data: [] });
}

/** The same as one string, for what takes a string (a notice, a sentence's {{message}}). */
export function errorLine(error: ApiError): string {
  const { text, detail } = errorText(error);
  return detail ? `${text} ${detail}` : text;
}
