// What the acting role may do, as the screens ask it: the same table the API enforces
// (shared/domain/roles), read with the role session.info reports, and worded in the UI's language
// (i18n/roleRefusal.ts). Until the session has loaded, nothing is hidden: the API still refuses what
// the role may not do.
import { useTranslation } from '../i18n/useTranslation';
import type { Role } from '../../shared/domain/roles';
import { methodRefusalText } from '../i18n/roleRefusal';
import { useSessionStore } from './sessionStore';

function refusalFor(role: Role | null | undefined, method: string): string | null {
  return role ? methodRefusalText(role, method) : null;
}

export function useRole(): Role | null {
  return useSessionStore((s) => s.info?.role ?? null);
}

/** Why the acting role may not call a method, as a sentence in the UI's language; null when it may. */
export function useRefusal(method: string): string | null {
  // Subscribed to the language, so the sentence follows a switch at once.
  useTranslation();
  return refusalFor(useRole(), method);
}

/** The same, outside React (keyboard commands). */
export function refusalNow(method: string): string | null {
  return refusalFor(useSessionStore.getState().info?.role, method);
}
