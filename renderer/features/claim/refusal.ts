// How a refusal from the backend reads inside a decision dialog. The service writes its refusals
// in English; only the conflict, which the desk itself handles, is in the UI's language.
import { i18n } from '../../i18n/i18n';

/**
 * The backend's refusal as one line for a dialog that already names the claim and the action:
 * "claim CP-1: cannot approve: 2 deficiency(ies) still open…" -> "2 deficiency(ies) still open…",
 * without the command-line hints ("(--override)") that mean nothing here. A conflict (someone
 * else changed the claim) says what the desk did about it: the claim on screen is reloaded.
 */
export function refusalText(error: { readonly code: string; readonly message: string }): string {
  if (error.code === 'conflict') return i18n.t('decisions.conflict');
  return error.message
    .replace(/^claim \S+: /, '')
    .replace(/^cannot [a-z-]+: /, '')
    .replace(/ \(--[a-z-]+\)/g, '')
    .trim();
}
