// The browser host refuses API calls without the token and requests from a foreign Host or Origin.
import { request as http } from 'node:http';
import { expect, test } from './host-fixture';

function rawRequest(origin: string, path: string, headers: Record<string, string>, body = '{}') {
  const url = new URL(path, origin);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http({ hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('the API answers 401 without the token and 200 with it', async ({ host }) => {
  const json = { 'content-type': 'application/json' };
  const none = await rawRequest(host.origin, '/api/queue.list', json);
  expect(none.status).toBe(401);
  const wrong = await rawRequest(host.origin, '/api/queue.list', { ...json, authorization: 'Bearer nope' });
  expect(wrong.status).toBe(401);
  const good = await rawRequest(host.origin, '/api/queue.list', { ...json, authorization: `Bearer ${host.token}` });
  expect(good.status).toBe(200);
  expect(JSON.parse(good.body)).toMatchObject({ ok: true, value: { total: 30 } });
});

test('the host answers 403 to a foreign Host or Origin, even with the token', async ({ host }) => {
  const auth = { 'content-type': 'application/json', authorization: `Bearer ${host.token}` };
  const port = new URL(host.origin).port;
  const rebinding = await rawRequest(host.origin, '/api/queue.list', { ...auth, host: `evil.example:${port}` });
  expect(rebinding.status).toBe(403);
  const foreignOrigin = await rawRequest(host.origin, '/api/queue.list', { ...auth, origin: 'https://evil.example' });
  expect(foreignOrigin.status).toBe(403);
  const sameOrigin = await rawRequest(host.origin, '/api/queue.list', { ...auth, origin: host.origin });
  expect(sameOrigin.status).toBe(200);
});

test('a page from another origin cannot call the API', async ({ page, host }) => {
  await page.goto('about:blank');
  const status = await page.evaluate(async ({ origin, token }) => {
    try {
      const res = await fetch(`${origin}/api/queue.list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: '{}',
      });
      return res.status;
    } catch {
      return -1; // blocked by CORS before a status is visible: also a refusal
    }
  }, { origin: host.origin, token: host.token });
  expect(status === 403 || status === -1).toBe(true);
});

test('static files carry a strict Content-Security-Policy', async ({ page, host }) => {
  const res = await page.request.get(host.origin + '/');
  expect(res.status()).toBe(200);
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  const traversal = await page.request.get(host.origin + '/..%2f..%2fpackage.json');
  expect(traversal.status()).toBe(404);
});
