// The app:// protocol (main/electron/app-protocol.ts): the page's files are served from the renderer
// folder, with the CSP, and nothing outside it. Electron's binary cannot run here: a fake
// `electron` module collects the handler serveAppProtocol registers, and the test calls it with
// requests as hostile as a page could make them, unnormalised (Chromium would tidy some first);
// the files are real.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/config/csp';

type Handler = (request: { url: string }) => Promise<Response>;

const fake = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
}));

vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: Handler) => fake.handlers.set(scheme, handler),
    registerSchemesAsPrivileged: (schemes: typeof fake.privileged) => fake.privileged.push(...schemes),
  },
}));

const { registerSchemePrivileges, serveAppProtocol } = await import('../../main/electron/app-protocol');

const SECRET = 'the reviewer-only secret';
let root: string;
let secretFile: string;

beforeAll(() => {
  // root/secret.txt beside the renderer folder; the traversals below aim at it.
  root = mkdtempSync(join(tmpdir(), 'cpor-app-protocol-'));
  secretFile = join(root, 'secret.txt');
  writeFileSync(secretFile, SECRET);
  mkdirSync(join(root, 'renderer-private'));
  writeFileSync(join(root, 'renderer-private', 'secret.txt'), SECRET);
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>CPOR</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("app")');
  serveAppProtocol(renderer);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function get(url: string): Promise<Response> {
  return fake.handlers.get('app')!({ url });
}

describe('the app:// scheme', () => {
  it('is registered standard and secure, without bypassing the CSP', () => {
    registerSchemePrivileges();
    expect(fake.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });
});

describe('the page', () => {
  it('is served with the CSP, its type and nosniff', async () => {
    const res = await get('app://cpor/index.html');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>CPOR</title>');
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('is found at the root, and its scripts under it', async () => {
    expect(await (await get('app://cpor/')).text()).toContain('<title>CPOR</title>');
    const script = await get('app://cpor/assets/app.js?v=1#top');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
  });
});

describe('a request out of the renderer folder or to another host', () => {
  const refused = () => [
    'app://cpor/../secret.txt',
    'app://cpor/../../../../../../etc/passwd',
    'app://cpor/assets/../../secret.txt',
    'app://cpor/%2e%2e/secret.txt',
    'app://cpor/%2E%2E/%2E%2E/etc/passwd',
    'app://cpor/%2e%2e%2fsecret.txt',
    'app://cpor/..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://cpor/%252e%252e%252fsecret.txt',
    'app://cpor/..\\secret.txt',
    'app://cpor/..%5c..%5csecret.txt',
    'app://cpor/../renderer-private/secret.txt',
    `app://cpor/${secretFile}`,
    `app://cpor/${encodeURIComponent(secretFile)}`,
    'app://cpor//etc/passwd',
    'app://cpor/index.html%00.js',
    'app://cpor/%E0%A4%A',
    'app://cpor/missing.js',
    'app://evil/index.html',
    'app://cpor.evil.example/index.html',
    'app://cpor:8080/index.html',
    'app://someone@cpor/index.html',
    'app://CPOR-not/index.html',
  ];

  it('is answered 404, never with a file outside the folder', async () => {
    for (const url of refused()) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain(SECRET);
    }
  });
});
