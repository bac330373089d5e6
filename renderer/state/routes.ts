// Every screen and every claim has an address in the URL fragment (#/team, #/claim/CP-2026-280004),
// the same in the browser host and the desktop app, so a reload, back and forward, and a copied
// link bring the reviewer back to the same place. The stores stay the truth: the address follows
// them, and an address typed, pasted or reached by back/forward is applied to them.
import { useClaimStore } from './claimStore';
import { deepLink, parseRoute, type Route, routeHash } from '../../shared/api/routes';
import { useScreenStore } from './screenStore';

/**
 * The address of a claim, to paste in a message or a ticket: the page's own in a browser; in the
 * desktop app (served from app://) the cpor:// link its installer registers, which opens the app there.
 */
export function claimLink(claimId: string): string {
  const route: Route = { screen: 'desk', claimId };
  if (window.location.protocol === 'app:') return deepLink(route);
  return `${window.location.href.split('#')[0]}${routeHash(route)}`;
}

function currentRoute(): Route {
  const { screen } = useScreenStore.getState();
  return { screen, claimId: screen === 'desk' ? useClaimStore.getState().openId : null };
}

/** Applies the address to the stores now and on back/forward; records each move; returns the stop. */
export function startRoutes(): () => void {
  let applying = false;
  function apply(): void {
    const route = parseRoute(window.location.hash);
    if (!route) return;
    applying = true;
    try {
      useScreenStore.getState().show(route.screen);
      const claims = useClaimStore.getState();
      if (route.claimId && claims.openId !== route.claimId) claims.open(route.claimId);
      else if (!route.claimId && route.screen === 'desk' && claims.openId) claims.close();
    } finally {
      applying = false;
    }
  }
  function record(): void {
    if (applying) return;
    const hash = routeHash(currentRoute());
    if (hash !== window.location.hash) window.history.pushState(window.history.state, '', hash);
  }

  if (parseRoute(window.location.hash)) apply();
  else window.history.replaceState(window.history.state, '', routeHash(currentRoute()));
  const stopScreen = useScreenStore.subscribe((s, before) => s.screen !== before.screen && record());
  const stopClaim = useClaimStore.subscribe((s, before) => s.openId !== before.openId && record());
  window.addEventListener('popstate', apply);
  return () => {
    stopScreen();
    stopClaim();
    window.removeEventListener('popstate', apply);
  };
}
