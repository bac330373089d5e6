// How a refusal from the backend reads inside a decision dialog.

/**
 * The backend's refusal as one line for a dialog that already names the claim and the action:
 * "claim CP-1: cannot approve: 2 deficiency(ies) still open…" -> "2 deficiency(ies) still open…",
 * without the command-line hints ("(--override)") that mean nothing here. A conflict (someone
 * else changed the claim) says what the desk did about it: the claim on screen is reloaded.
 */
export function refusalText(error: { readonly code: string; readonly message: string }): string {
  if (error.code === 'conflict') return 'This claim changed meanwhile and has been reloaded: check it, then decide again.';
  return error.message
    .replace(/^claim \S+: /, '')
    .replace(/^cannot [a-z-]+: /, '')
    .replace(/ \(--[a-z-]+\)/g, '')
    .trim();
}
