// Electron's security checklist applied to every web contents the app ever creates.
import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl } from './app-protocol';
import { isTrustedExternalUrl } from './trusted-url';

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isTrustedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function applySecurityBaseline(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/** The one way the renderer may open a link outside the app. */
export async function openExternalIfTrusted(url: string): Promise<boolean> {
  if (!isTrustedExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}
