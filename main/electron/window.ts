import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_START_URL } from './app-protocol';

/** The window's colour before the page paints: the app background of the theme it will show. */
const BACKGROUND = { light: '#f6f7f9', dark: '#14171b' } as const;

/** The window opens on `routeHash` (#/claim/ID) when a cpor:// link started the app, else where the page starts. */
export function createMainWindow(preloadDir: string, dark = false, routeHash = ''): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'CPOR Workstation',
    backgroundColor: dark ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: {
      preload: join(preloadDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A packaged app opens no DevTools (no menu item, no shortcut, no openDevTools).
      devTools: !app.isPackaged,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_START_URL}${routeHash}`);
  return win;
}

/**
 * Moves the open window to a route (a cpor:// link followed while it runs). Only the fragment
 * changes, so the page is not reloaded: its routes follow the address as they do on back/forward.
 */
export function showRoute(win: BrowserWindow, routeHash: string): void {
  if (win.isMinimized()) win.restore();
  win.focus();
  void win.loadURL(`${APP_START_URL}${routeHash}`);
}
