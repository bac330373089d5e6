// The browser host's gatekeeping: a loopback Host (defeats DNS rebinding), a same-origin Origin,
// and the per-run token on every API call.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type Verdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
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
  if (req.headers['sec-fetch-site'] === 'cross-site') return { ok: false, status: 403, message: 'forbidden: cross-site request' };
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
