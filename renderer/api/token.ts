// The browser host hands the page a per-run token in the URL fragment (never sent to the
// server in a request line, never logged). Keep it for this tab only and take it out of the
// address bar so it is not bookmarked, shared or left in history.
const STORAGE_KEY = 'cpor.token';

function readHashToken(): string | null {
  const hash = window.location.hash.replace(/^#/, '');
  if (!hash) return null;
  const token = new URLSearchParams(hash).get('token');
  return token && token.length > 0 ? token : null;
}

export function takeToken(): string | null {
  const fromHash = readHashToken();
  if (fromHash) {
    try {
      sessionStorage.setItem(STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token still works until the next reload.
    }
    // An address may name where to go as well (#token=...&route=/claim/ID): keep that part.
    const route = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('route');
    const keep = route?.startsWith('/') ? `#${route}` : '';
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search + keep);
    return fromHash;
  }
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Opening the printed address again in the same tab only changes the fragment, which does
 * not reload the page: pick up the new token and start afresh with it.
 */
export function reloadOnNewToken(): void {
  window.addEventListener('hashchange', () => {
    const token = readHashToken();
    if (!token) return;
    try {
      sessionStorage.setItem(STORAGE_KEY, token);
    } catch {
      // The token is still in the address and is read again on reload.
    }
    window.location.reload();
  });
}
