// cpor:// links open the workstation on a screen or a claim (cpor://claim/CP-2026-280004), from a
// mail, a ticket or another app. The operating system hands the link over in three ways: in the
// command line of the first start (Windows, Linux), in the command line of a second start that the
// running instance receives (Windows, Linux), and as an open-url event (macOS, before or after ready).
import { resolve } from 'node:path';
import { app } from 'electron';
import { DEEP_LINK_SCHEME, routeHash, routeOfDeepLink } from '../../shared/api/routes';

/** The window's address fragment (#/claim/ID) for the first cpor:// link in a command line, or null. */
export function routeHashInArgs(argv: readonly string[]): string | null {
  for (const arg of argv) {
    const route = routeOfDeepLink(arg);
    if (route) return routeHash(route);
  }
  return null;
}

/** The fragment for one link, or null when it names no route. */
export function routeHashOfLink(link: string): string | null {
  const route = routeOfDeepLink(link);
  return route ? routeHash(route) : null;
}

/**
 * Asks the system to hand cpor:// links to this app. A packaged app is registered by its installer
 * too (electron-builder.yml `protocols`); from a development checkout the link must start Electron
 * with the app's folder, as it was started.
 */
export function registerDeepLinkScheme(): void {
  if (process.defaultApp && process.argv[1]) {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [resolve(process.argv[1])]);
  } else {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  }
}
