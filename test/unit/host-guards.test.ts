import type { IncomingMessage } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHostAndOrigin, checkToken } from '../../main/host/guards';
import { resolveStaticPath } from '../../main/host/static-files';

const req = (headers: Record<string, string>, method = 'GET', url = '/') => ({ headers, method, url }) as unknown as IncomingMessage;

describe('browser host guards', () => {
  it('accepts loopback Host and same Origin only', () => {
    expect(checkHostAndOrigin(req({ host: '127.0.0.1:4000' }), 4000).ok).toBe(true);
    expect(checkHostAndOrigin(req({ host: 'localhost:4000', origin: 'http://localhost:4000' }), 4000).ok).toBe(true);
    const refused: Record<string, string>[] = [
      {},
      { host: 'evil.example:4000' },
      { host: '127.0.0.1:4001' },
      { host: '127.0.0.1:4000', origin: 'http://evil.example' },
      { host: '127.0.0.1:4000', origin: 'https://127.0.0.1:4000' },
      { host: '127.0.0.1:4000', origin: 'null' },
      { host: '127.0.0.1:4000', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refused) {
      expect(checkHostAndOrigin(req(headers), 4000), JSON.stringify(headers)).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('lets a page be opened from another site (a link, npm start\'s file:// launcher), and nothing else', () => {
    const navigation = { host: '127.0.0.1:4000', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' };
    expect(checkHostAndOrigin(req(navigation), 4000).ok).toBe(true);
    expect(checkHostAndOrigin(req(navigation, 'GET', '/claims/CP-1'), 4000).ok).toBe(true);
    const refused: [Record<string, string>, string, string][] = [
      [navigation, 'GET', '/api/queue.list'],
      [navigation, 'POST', '/'],
      [{ ...navigation, 'sec-fetch-dest': 'iframe' }, 'GET', '/'],
      [{ ...navigation, 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' }, 'GET', '/assets/index.js'],
      [{ ...navigation, host: 'evil.example:4000' }, 'GET', '/'],
    ];
    for (const [headers, method, url] of refused) {
      expect(checkHostAndOrigin(req(headers, method, url), 4000), `${method} ${url} ${JSON.stringify(headers)}`).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('requires the exact bearer token', () => {
    const token = 'a'.repeat(64);
    expect(checkToken(req({ authorization: `Bearer ${token}` }), token).ok).toBe(true);
    for (const authorization of ['', 'Bearer', `Bearer ${token}x`, `Basic ${token}`, `Bearer ${'b'.repeat(64)}`]) {
      expect(checkToken(req({ authorization }), token)).toMatchObject({ ok: false, status: 401 });
    }
  });

  it('serves files inside the renderer folder only', () => {
    const root = mkdtempSync(join(tmpdir(), 'cpor-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'app.js'), '');
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    for (const p of ['/../package.json', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/x', '/assets/../../x', '/%00', '/%E0%A4%A']) {
      expect(resolveStaticPath(root, p), p).toBeNull();
    }
  });
});
