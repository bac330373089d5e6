// The addresses of the screens and claims (#/team, #/claim/CP-2026-280004), read and written.
// Anything else in the fragment (an old link, a hand-typed typo, an id no claim may have) is no
// route, and leaves the workstation where it is.
import { ClaimIdSchema } from '../../shared/api/schemas';
import { SCREENS, type Screen } from './screenStore';

export interface Route {
  readonly screen: Screen;
  readonly claimId: string | null;
}

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

