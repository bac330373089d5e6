import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_START_URL } from './app-protocol';

/** The window's colour before the page paints: the app background of the theme it will show. */
const BACKGROUND = { light: '#f6f7f9', dark: '#14171b' } as const;

export function createMainWindow(preloadDir: string, dark = false): BrowserWindow {
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
  void win.loadURL(APP_START_URL);
  return win;
}
