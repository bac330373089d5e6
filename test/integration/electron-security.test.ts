// The shell's security baseline (main/electron/security.ts, trusted-url.ts): what every web contents
// may navigate to, open and ask for. Electron's binary cannot run here: a fake `electron` module
// hands the baseline a web contents and a session and records what our code decides.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { preventDefault(): void }, url: string) => void;
type OpenHandler = (details: { url: string }) => { action: string };

const fake = vi.hoisted(() => ({
  created: null as ((event: unknown, contents: unknown) => void) | null,
  listeners: new Map<string, Listener>(),
  openHandler: null as OpenHandler | null,
  opened: [] as string[],
  requestHandler: null as ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
  checkHandler: null as ((contents: unknown, permission: string) => boolean) | null,
  deviceHandler: null as ((details: unknown) => boolean) | null,
}));

vi.mock('electron', () => ({
  app: {
    on: (event: string, listener: typeof fake.created) => {
      if (event === 'web-contents-created') fake.created = listener;
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof fake.requestHandler) => (fake.requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof fake.checkHandler) => (fake.checkHandler = handler),
      setDevicePermissionHandler: (handler: typeof fake.deviceHandler) => (fake.deviceHandler = handler),
    },
  },
  shell: {
    openExternal: async (url: string) => {
      fake.opened.push(url);
    },
  },
}));

const { applySecurityBaseline, openExternalIfTrusted } = await import('../../main/electron/security');

beforeAll(() => {
  applySecurityBaseline();
  // A web contents the app creates (the main window's, or any other).
  fake.created!(
    {},
    {
      on: (event: string, listener: Listener) => fake.listeners.set(event, listener),
      setWindowOpenHandler: (handler: OpenHandler) => (fake.openHandler = handler),
    },
  );
});
beforeEach(() => {
  fake.opened = [];
});

/** Whether the listener for `event` stops a move to `url`. */
function prevents(event: string, url: string): boolean {
  let prevented = false;
  fake.listeners.get(event)!({ preventDefault: () => (prevented = true) }, url);
  return prevented;
}

const FOREIGN = [
  'https://evil.example/',
  'http://localhost:8080/',
  'app://evil/index.html',
  'app://cpor.evil.example/index.html',
  'app://cpor:8080/index.html',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://learn.microsoft.com/partner-center/',
  'not a url',
];
const OWN = ['app://cpor/index.html', 'app://cpor/index.html#/claims/C-1', 'app://cpor/'];

describe('navigation and redirects', () => {
  for (const event of ['will-navigate', 'will-redirect']) {
    it(`${event}: a foreign URL is stopped`, () => {
      for (const url of FOREIGN) expect(prevents(event, url), url).toBe(true);
    });

    it(`${event}: the app's own page goes ahead`, () => {
      for (const url of OWN) expect(prevents(event, url), url).toBe(false);
    });
  }

  it('no webview is ever attached', () => {
    expect(prevents('will-attach-webview', 'app://cpor/index.html')).toBe(true);
  });
});

// Links the operating system may open: https pages of the partner program's hosts, nothing else.
const TRUSTED = ['https://learn.microsoft.com/partner-center/', 'https://partner.microsoft.com/dashboard', 'https://LEARN.microsoft.com:443/x'];
const UNTRUSTED = [
  'http://learn.microsoft.com/partner-center/',
  'https://evil.example/',
  'https://learn.microsoft.com.evil.example/',
  'https://evil.example/?https://learn.microsoft.com/',
  'https://learn.microsoft.com@evil.example/',
  'https://user:pw@learn.microsoft.com/',
  'https://learn.microsoft.com:8443/',
  'https://sub.learn.microsoft.com/',
  'file:///etc/passwd',
  'file://learn.microsoft.com/share/tool.exe',
  'javascript:alert(1)',
  'ms-settings:privacy',
  'smb://learn.microsoft.com/share',
  'vscode://file/etc/passwd',
  'app://cpor/index.html',
  'data:text/html,hello',
  '//learn.microsoft.com/',
  '',
];

describe('window.open', () => {
  it('never opens a window, whatever the URL', () => {
    for (const url of [...TRUSTED, ...UNTRUSTED, ...OWN]) expect(fake.openHandler!({ url }), url).toEqual({ action: 'deny' });
  });

  it('hands a trusted https link to the operating system, and only those', () => {
    for (const url of [...UNTRUSTED, ...OWN]) fake.openHandler!({ url });
    expect(fake.opened).toEqual([]);
    for (const url of TRUSTED) fake.openHandler!({ url });
    expect(fake.opened).toEqual(TRUSTED);
  });
});

describe('openExternalIfTrusted', () => {
  it('opens only https links of the trusted hosts', async () => {
    for (const url of UNTRUSTED) expect(await openExternalIfTrusted(url), url).toBe(false);
    expect(fake.opened).toEqual([]);
    for (const url of TRUSTED) expect(await openExternalIfTrusted(url), url).toBe(true);
    expect(fake.opened).toEqual(TRUSTED);
  });
});

describe('permissions', () => {
  const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'pointerLock', 'midi', 'hid', 'serial', 'usb'];

  it('every request is refused', () => {
    for (const permission of PERMISSIONS) {
      const answers: boolean[] = [];
      fake.requestHandler!({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
  });

  it('every check says no, and no device is granted', () => {
    for (const permission of PERMISSIONS) expect(fake.checkHandler!({}, permission), permission).toBe(false);
    expect(fake.deviceHandler!({ deviceType: 'usb', origin: 'app://cpor' })).toBe(false);
  });
});
