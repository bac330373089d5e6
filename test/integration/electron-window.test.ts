// The main window's web preferences and the application menu, packaged and not (issue 16, item 9:
// DevTools in a packaged build). Electron's binary cannot run here: a fake `electron` module records
// the options the window is made with and the menu template it is given.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  app: { isPackaged: false, getVersion: () => '0.1.0' },
  windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
  menus: [] as unknown[],
}));

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: class {
    readonly loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      fake.windows.push(this);
    }
    once(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
  },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => fake.menus.push(menu),
  },
  session: {},
  shell: {},
}));

const { createMainWindow } = await import('../../main/electron/window');
const { buildAppMenu } = await import('../../main/electron/menu');

function windowPreferences(packaged: boolean): Record<string, unknown> {
  fake.app.isPackaged = packaged;
  createMainWindow('/app/dist/electron');
  return fake.windows.at(-1)!.options['webPreferences'] as Record<string, unknown>;
}

type MenuItem = { role?: string; label?: string; accelerator?: string; submenu?: MenuItem[] };

function menuItems(packaged: boolean): MenuItem[] {
  fake.app.isPackaged = packaged;
  buildAppMenu();
  const walk = (items: MenuItem[]): MenuItem[] => items.flatMap((item) => [item, ...walk(item.submenu ?? [])]);
  return walk(fake.menus.at(-1) as MenuItem[]);
}

const opensDevTools = (item: MenuItem) =>
  /devtools/i.test(item.role ?? '') || /devtools|developer/i.test(item.label ?? '') || /^(F12|(CmdOrCtrl|Ctrl|Cmd)\+(Alt|Shift)\+I)$/i.test(item.accelerator ?? '');

describe('the main window', () => {
  it('opens no DevTools when packaged', () => {
    expect(windowPreferences(true)['devTools']).toBe(false);
  });

  it('keeps DevTools for a development run', () => {
    expect(windowPreferences(false)['devTools']).toBe(true);
  });

  it('keeps the page isolated and sandboxed, packaged or not', () => {
    for (const packaged of [true, false]) {
      const prefs = windowPreferences(packaged);
      expect(prefs['preload']).toBe(join('/app/dist/electron', 'preload.cjs'));
      for (const on of ['contextIsolation', 'sandbox', 'webSecurity']) expect(prefs[on], on).toBe(true);
      for (const off of ['nodeIntegration', 'nodeIntegrationInWorker', 'allowRunningInsecureContent', 'webviewTag']) expect(prefs[off], off).toBe(false);
    }
    expect(fake.windows.at(-1)!.loaded).toEqual(['app://cpor/index.html']);
  });
});

describe('the application menu', () => {
  it('has no DevTools item or shortcut when packaged', () => {
    const items = menuItems(true);
    expect(items.length).toBeGreaterThan(5);
    expect(items.filter(opensDevTools)).toEqual([]);
  });

  it('has the DevTools item for a development run', () => {
    expect(menuItems(false).filter(opensDevTools)).toEqual([{ role: 'toggleDevTools' }]);
  });
});
