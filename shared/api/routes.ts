// The addresses of the screens and claims (#/team, #/claim/CP-2026-280004), read and written. The
// renderer keeps them in the URL fragment; the desktop app is opened on them by a cpor:// link
// (cpor://claim/CP-2026-280004). Anything else (an old link, a hand-typed typo, an id no claim may
// have) is no route, and leaves the workstation where it is.
import { ClaimIdSchema } from './schemas';

/** The workstation's top-level screens; the desk is the queue and the open claim. */
export const SCREENS = ['desk', 'team', 'reports', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export interface Route {
  readonly screen: Screen;
  readonly claimId: string | null;
}

/** The scheme of the links that open the desktop app on a screen or a claim. */
export const DEEP_LINK_SCHEME = 'cpor';

export function parseRoute(hash: string): Route | null {
  let path: string;
  try {
    path = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  const claim = /^\/claim\/(.+)$/.exec(path);
  if (claim) {
    const id = ClaimIdSchema.safeParse(claim[1]);
    return id.success ? { screen: 'desk', claimId: id.data } : null;
  }
  const screen = path.replace(/^\//, '') as Screen;
  return SCREENS.includes(screen) ? { screen, claimId: null } : null;
}

export function routeHash(route: Route): string {
  return route.claimId ? `#/claim/${encodeURIComponent(route.claimId)}` : `#/${route.screen}`;
}

/** cpor://claim/CP-2026-280004: the link to a route that opens the desktop app there. */
export function deepLink(route: Route): string {
  return `${DEEP_LINK_SCHEME}:/${routeHash(route).slice(1)}`;
}

/**
 * The route a cpor:// link names, or null. Read as text, not by a URL parser: the part after
 * `cpor://` is the route's path (`claim/ID`, `team`), a trailing slash, query or fragment is
 * ignored, and the route itself is checked as any address is.
 */
export function routeOfDeepLink(link: string): Route | null {
  const prefix = `${DEEP_LINK_SCHEME}://`;
  if (link.length > 200 || !link.toLowerCase().startsWith(prefix)) return null;
  const path = link.slice(prefix.length).split(/[?#]/)[0]!.replace(/\/+$/, '');
  return parseRoute(`#/${path}`);
}
