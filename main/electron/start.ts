// Electron main process: one window over the same services as the browser host. main.ts calls
// start(); nothing here runs on import.
import { app, BrowserWindow, nativeTheme, safeStorage } from 'electron';
import { defaultUser, rendererDir, resolveDataDir } from '../config/paths';
import { APP_VERSION } from '../config/version';
import { type BackgroundWork, startBackgroundWorkOn } from '../services/background';
import { storeContext } from '../services/context';
import { createHandlers } from '../services/handlers';
import { type LiveStore, openLiveStore } from '../services/live-store';
import { personalSettings } from '../services/settings/personal-settings';
import { registerSchemePrivileges, serveAppProtocol } from './app-protocol';
import { desktopHandlers } from './desktop-handlers';
import { electronStoreBackend } from './electron-store-backend';
import { bindIpc } from './ipc';
import { buildAppMenu } from './menu';
import { applySecurityBaseline } from './security';
import { safeStorageVault } from './safe-storage-vault';
import { createMainWindow, showRoute } from './window';
import { registerDeepLinkScheme, routeHashInArgs, routeHashOfLink } from './deep-links';

function dataDirFromArgs(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--data');
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--data='))?.slice('--data='.length);
}

/**
 * Starts the workstation, or hands over to the one already running: a second instance asks
 * nothing of the machine (no settings, no store, no protocol, no IPC, no window) and quits; the
 * first brings its window forward.
 */
export function start(preloadDir: string): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerSchemePrivileges();
  registerDeepLinkScheme();

  let store: LiveStore | null = null;
  let background: BackgroundWork | null = null;
  // A cpor:// link that started the app, or arrived before its window: the window opens there.
  let pendingRoute = routeHashInArgs(process.argv);

  const personal = personalSettings(electronStoreBackend(), { identity: defaultUser() });
  // Chromium draws date fields in its own locale, not the page's language: the chosen language
  // becomes Chromium's, so a French workstation's date fields read jj/mm/aaaa (from the next start
  // after a change of language).
  const { language } = personal.current();
  if (language) app.commandLine.appendSwitch('lang', language === 'fr' ? 'fr-FR' : 'en-US');

  // The window opens in the person's theme, so a dark workstation never flashes light.
  const dark = () => {
    const { theme } = personal.current();
    return theme === 'dark' || (theme === 'system' && nativeTheme.shouldUseDarkColors);
  };
  let ready = false;
  const follow = (routeHash: string | null): void => {
    if (!routeHash) return;
    const [win] = BrowserWindow.getAllWindows();
    if (win) showRoute(win, routeHash);
    else if (ready) createMainWindow(preloadDir, dark(), routeHash);
    else pendingRoute = routeHash;
  };
  // macOS hands links over as an event, the first one before the app is ready.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    follow(routeHashOfLink(url));
  });

  app.whenReady().then(() => {
    applySecurityBaseline();
    // userData is the default data folder; the CLI computes the same path without Electron. A folder
    // chosen in Settings applies from the next start; --data still wins (a second store for a test).
    const dataDir = resolveDataDir(
      dataDirFromArgs(process.argv) ?? personal.current().dataFolder ?? process.env.CPOR_DATA_DIR ?? app.getPath('userData'),
    );
    const live = openLiveStore(dataDir);
    store = live;
    const ctx = storeContext(live, {
      now: () => new Date(),
      personal,
      appVersion: APP_VERSION,
      transport: 'electron',
      tokenVault: (dir) => safeStorageVault(dir, safeStorage),
    });
    bindIpc({ ...createHandlers(ctx), ...desktopHandlers(ctx) });
    // A restore swaps the store under the running app: the tick and the pre-checks wait for it.
    background = startBackgroundWorkOn(live, ctx, { onError: (what, err) => console.error(`cpor: ${what}:`, err.message) });
    serveAppProtocol(rendererDir());
    buildAppMenu();
    createMainWindow(preloadDir, dark(), pendingRoute ?? '');
    pendingRoute = null;
    ready = true;
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadDir, dark());
    });
  }).catch((err: unknown) => {
    console.error('cpor: the workstation could not start', err);
    app.exit(1);
  });

  // Another start (a cpor:// link clicked while the app runs, on Windows and Linux) comes here with
  // its command line: the window comes forward, on the link's route if it names one.
  app.on('second-instance', (_event, argv: readonly string[] = []) => {
    const routeHash = routeHashInArgs(argv);
    if (routeHash) return follow(routeHash);
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // The pre-check under way finishes its claim before the store closes.
  app.on('will-quit', (event) => {
    if (!store) return;
    event.preventDefault();
    const closing = store;
    store = null;
    void (background?.stop() ?? Promise.resolve()).finally(() => {
      closing.close();
      app.exit(0);
    });
  });
}
