// The desktop app's start and its single-instance lock (issue 16, item 9): a second instance quits
// before it sets anything up; the first brings its window forward when another is started. The
// Electron binary cannot run here: a fake `electron` module records what start() asks of it; the
// store it opens, in a temp folder, is real.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../shared/api/contract';

type Listener = (...args: unknown[]) => void;

interface FakeWindow {
  readonly options: { webPreferences: Record<string, unknown> };
  minimized: boolean;
  readonly did: string[];
  readonly loaded: string[];
}

const fake = vi.hoisted(() => ({
  dir: '',
  lock: true,
  /** What start() asked of Electron, in order. */
  calls: [] as string[],
  listeners: new Map<string, Listener>(),
  channels: [] as string[],
  windows: [] as FakeWindow[],
  reset() {
    this.calls = [];
    this.listeners = new Map();
    this.channels = [];
    this.windows = [];
  },
}));

vi.mock('electron', () => {
  const record =
    (name: string, result?: unknown) =>
    () => {
      fake.calls.push(name);
      return result;
    };
  return {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => {
        fake.calls.push('requestSingleInstanceLock');
        return fake.lock;
      },
      quit: record('quit'),
      exit: (code: number) => fake.calls.push(`exit ${code}`),
      on: (event: string, listener: Listener) => {
        fake.calls.push(`on ${event}`);
        fake.listeners.set(event, listener);
      },
      whenReady: () => {
        fake.calls.push('whenReady');
        return Promise.resolve();
      },
      commandLine: { appendSwitch: record('appendSwitch') },
      setAsDefaultProtocolClient: (scheme: string) => fake.calls.push(`setAsDefaultProtocolClient ${scheme}`),
      getPath: (name: string) => join(fake.dir, name),
      getVersion: () => '0.1.0',
    },
    BrowserWindow: class {
      minimized = false;
      readonly did: string[] = [];
      readonly loaded: string[] = [];
      constructor(readonly options: FakeWindow['options']) {
        fake.calls.push('new BrowserWindow');
        fake.windows.push(this);
      }
      static getAllWindows = () => fake.windows;
      once(): void {}
      loadURL = (url: string) => {
        this.loaded.push(url);
        return Promise.resolve();
      };
      isMinimized = () => this.minimized;
      restore = () => this.did.push('restore');
      focus = () => this.did.push('focus');
    },
    nativeTheme: { shouldUseDarkColors: false },
    safeStorage: { isEncryptionAvailable: () => false },
    protocol: { registerSchemesAsPrivileged: record('registerSchemesAsPrivileged'), handle: record('protocol.handle') },
    ipcMain: { handle: (channel: string) => fake.channels.push(channel) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: record('setApplicationMenu') },
    session: {
      defaultSession: {
        setPermissionRequestHandler: record('setPermissionRequestHandler'),
        setPermissionCheckHandler: record('setPermissionCheckHandler'),
        setDevicePermissionHandler: record('setDevicePermissionHandler'),
      },
    },
    shell: {},
    dialog: {},
  };
});

// electron-store finds its folder through Electron: the person's settings are kept in memory here.
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {};
    readonly path = join(fake.dir, 'config.json');
    constructor() {
      fake.calls.push('settings');
    }
  },
}));

const { start } = await import('../../main/electron/start');

/** start(), then what its whenReady() continuation does. */
async function started(): Promise<void> {
  start('/app/dist/electron');
  await new Promise((resolve) => setImmediate(resolve));
}

beforeAll(() => {
  fake.dir = mkdtempSync(join(tmpdir(), 'cpor-electron-start-'));
  vi.stubEnv('CPOR_DATA_DIR', join(fake.dir, 'data'));
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(fake.dir, { recursive: true, force: true });
});
beforeEach(() => fake.reset());

describe('a second instance (the lock is held by another)', () => {
  beforeEach(() => {
    fake.lock = false;
  });

  it('quits and sets nothing up: no settings, no protocol, no store, no IPC, no window', async () => {
    await started();
    expect(fake.calls).toEqual(['requestSingleInstanceLock', 'quit']);
    expect(fake.channels).toEqual([]);
    expect(fake.windows).toEqual([]);
    expect(fake.listeners.size).toBe(0);
    expect(existsSync(join(fake.dir, 'data'))).toBe(false);
  });
});

describe('the first instance (the lock is its own)', () => {
  beforeEach(() => {
    fake.lock = true;
  });

  it('sets up the protocol before the app is ready, then the baseline, the store, IPC and one window', async () => {
    await started();
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(fake.calls.indexOf('setPermissionRequestHandler')).toBeLessThan(fake.calls.indexOf('new BrowserWindow'));
    expect(fake.calls).toContain('protocol.handle');
    expect(fake.calls).not.toContain('quit');
    expect(existsSync(join(fake.dir, 'data', 'cpor.db'))).toBe(true);
    expect(fake.channels.toSorted()).toEqual(METHODS.map((m) => `cpor:${m}`).toSorted());
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.options.webPreferences['devTools']).toBe(false);
    await quit();
  });

  it('brings its window forward when another instance starts, restoring it when minimised', async () => {
    await started();
    const [win] = fake.windows;
    const secondInstance = fake.listeners.get('second-instance')!;
    secondInstance({}, ['/opt/cpor/cpor']);
    expect(win!.did).toEqual(['focus']);
    win!.minimized = true;
    secondInstance({}, ['/opt/cpor/cpor']);
    expect(win!.did).toEqual(['focus', 'restore', 'focus']);
    expect(fake.windows).toHaveLength(1);
    await quit();
  });
});

describe('cpor:// links (issue 18: the desktop app opens a link)', () => {
  const link = 'cpor://claim/V-2026-000004';
  const claimPage = 'app://cpor/index.html#/claim/V-2026-000004';

  beforeEach(() => {
    fake.lock = true;
  });

  it('registers the scheme with the system, and a link that started the app opens its window there', async () => {
    const argv = process.argv;
    process.argv = [...argv, link];
    try {
      await started();
    } finally {
      process.argv = argv;
    }
    expect(fake.calls).toContain('setAsDefaultProtocolClient cpor');
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.loaded).toEqual([claimPage]);
    await quit();
  });

  it('a link clicked while the app runs moves its one window to the claim and brings it forward', async () => {
    await started();
    const [win] = fake.windows;
    expect(win!.loaded).toEqual(['app://cpor/index.html']);
    win!.minimized = true;
    // Windows and Linux: a second start hands over its command line.
    fake.listeners.get('second-instance')!({}, ['/opt/cpor/cpor', '--no-sandbox', link]);
    expect(win!.loaded).toEqual(['app://cpor/index.html', claimPage]);
    expect(win!.did).toEqual(['restore', 'focus']);
    // macOS: an open-url event, which the app takes for itself.
    const prevented: boolean[] = [];
    fake.listeners.get('open-url')!({ preventDefault: () => prevented.push(true) }, 'cpor://team/');
    expect(prevented).toEqual([true]);
    expect(win!.loaded.at(-1)).toBe('app://cpor/index.html#/team');
    expect(fake.windows).toHaveLength(1);
    await quit();
  });

  it('a link that names no route only brings the window forward; with no window left, a link opens one there', async () => {
    await started();
    const [win] = fake.windows;
    for (const junk of ['cpor://claim/..%2F..%2Fetc', 'cpor://nowhere', 'javascript:alert(1)', 'https://example.com/#/team']) {
      fake.listeners.get('second-instance')!({}, ['/opt/cpor/cpor', junk]);
      fake.listeners.get('open-url')!({ preventDefault: () => undefined }, junk);
    }
    expect(win!.loaded).toEqual(['app://cpor/index.html']);
    expect(win!.did.every((d) => d === 'focus')).toBe(true);
    // macOS keeps the app running with every window closed.
    fake.windows.splice(0);
    fake.listeners.get('open-url')!({ preventDefault: () => undefined }, 'cpor://reports');
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.loaded).toEqual(['app://cpor/index.html#/reports']);
    await quit();
  });
});

/** The app's will-quit: the background work stops and the store closes before it exits. */
async function quit(): Promise<void> {
  const prevented: boolean[] = [];
  fake.listeners.get('will-quit')!({ preventDefault: () => prevented.push(true) });
  expect(prevented).toEqual([true]);
  await vi.waitFor(() => expect(fake.calls).toContain('exit 0'));
}
