// What the acting role may do, as the screens ask it: the same table the API enforces
// (shared/domain/roles), read with the role session.info reports. Until the session has loaded,
// nothing is hidden: the API still refuses what the role may not do.
import { methodRefusal, type Role } from '../../shared/domain/roles';
import { useSessionStore } from './sessionStore';

/** "an auditor may not …" -> "An auditor may not ….": the role table's words, as a sentence on screen. */
function sentence(text: string | null): string | null {
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : null;
}

function refusalFor(role: Role | null | undefined, method: string): string | null {
  return role ? sentence(methodRefusal(role, method)) : null;
}

export function useRole(): Role | null {
  return useSessionStore((s) => s.info?.role ?? null);
}

/** Why the acting role may not call a method, as a sentence; null when it may. */
export function useRefusal(method: string): string | null {
  return refusalFor(useRole(), method);
}

/** The same, outside React (keyboard commands). */
export function refusalNow(method: string): string | null {
  return refusalFor(useSessionStore.getState().info?.role, method);
}
