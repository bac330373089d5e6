// The browser host's gatekeeping: a loopback Host (defeats DNS rebinding), a same-origin Origin,
// and the per-run token on every API call.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type Verdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/**
 * A person (or `npm start`'s launcher page) opening the workstation's page in a window: a GET of a
 * top-level document. It may come from another site (a link, a file:// launcher): the page holds
 * no secret (the token is in the fragment, never sent), cannot be framed (frame-ancestors 'none')
 * and COOP severs any opener; every API call still needs the token and a same-site request.
 */
function isPageNavigation(req: IncomingMessage): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    req.headers['sec-fetch-mode'] === 'navigate' &&
    req.headers['sec-fetch-dest'] === 'document' &&
    !(req.url ?? '').startsWith('/api/')
  );
}

export function checkHostAndOrigin(req: IncomingMessage, port: number): Verdict {
  const hosts = allowedHosts(port);
  const host = req.headers.host?.toLowerCase();
  if (!host || !hosts.has(host)) return { ok: false, status: 403, message: 'forbidden: unexpected Host header' };
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let originHost: string | null = null;
    try {
      const u = new URL(origin);
      originHost = u.protocol === 'http:' ? u.host.toLowerCase() : null;
    } catch {
      originHost = null;
    }
    if (!originHost || !hosts.has(originHost)) return { ok: false, status: 403, message: 'forbidden: cross-origin request' };
  }
  if (req.headers['sec-fetch-site'] === 'cross-site' && !isPageNavigation(req)) return { ok: false, status: 403, message: 'forbidden: cross-site request' };
  return { ok: true };
}

export function checkToken(req: IncomingMessage, token: string): Verdict {
  const header = req.headers.authorization ?? '';
  const m = header.match(/^Bearer\s+(\S+)$/i);
  const given = Buffer.from(m?.[1] ?? '');
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, status: 401, message: 'unauthorized: missing or wrong access token' };
  }
  return { ok: true };
}
