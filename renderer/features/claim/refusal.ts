// How a refusal from the backend reads inside a decision dialog: a keyed refusal in the UI's
// language, as everywhere (api/error-text.ts); one without a key in the service's English, cut
// to what the dialog does not already say; the conflict, which the desk itself handles, says what
// the desk did about it.
import type { ApiError } from '../../api/api-error';
import { type ErrorText, errorText } from '../../api/error-text';
import { i18n } from '../../i18n/i18n';

/**
 * The backend's refusal as one line for a dialog that already names the claim and the action:
 * "claim CP-1: cannot approve: 2 deficiency(ies) still open…" -> "2 deficiency(ies) still open…",
 * without the command-line hints ("(--override)") that mean nothing here. A conflict (someone
 * else changed the claim) says the claim on screen is reloaded.
 */
export function dialogRefusal(error: ApiError): ErrorText {
  if (error.code === 'conflict') return { text: i18n.t('decisions.conflict'), data: [] };
  const shown = errorText(error);
  if (shown.lang !== 'en') return shown;
  const text = shown.text
    .replace(/^claim \S+: /, '')
    .replace(/^cannot [a-z-]+: /, '')
    .replace(/ \(--[a-z-]+\)/g, '')
    .trim();
  return { ...shown, text };
}
