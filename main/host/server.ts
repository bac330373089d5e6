// The browser host: the same service layer as Electron's IPC, over loopback HTTP, for any Chromium.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BINARY_INPUT_METHODS, BINARY_METHODS, isMethod, type Method } from '../../shared/api/contract';
import type { ErrorCode, Result } from '../../shared/api/result';
import { CONTENT_SECURITY_POLICY } from '../config/csp';
import { MAX_RESTORE_BYTES } from '../services/backup/restore-in-place';
import { dispatch, type Logger } from '../services/dispatch';
import type { Handlers } from '../services/handlers';
import { storageRefusal } from '../services/storage-refusal';
import { checkHostAndOrigin, checkToken } from './guards';
import { receiveToFile } from './upload';
import { resolveStaticPath, sendFile } from './static-files';

export const LOOPBACK = '127.0.0.1';
const MAX_BODY_BYTES = 1024 * 1024;

const STATUS_FOR: Record<ErrorCode, number> = {
  unauthorized: 401,
  'invalid-input': 400,
  'not-found': 404,
  'illegal-transition': 409,
  conflict: 409,
  forbidden: 403,
  unavailable: 503,
  internal: 500,
};

export interface HostOptions {
  readonly handlers: Handlers;
  readonly rendererDir: string;
  readonly port?: number;
  readonly token?: string;
  readonly log?: Logger;
  /** Where an upload (a backup to restore) is written as it arrives: the data folder, whose disk must take it anyway. */
  readonly uploadDir?: string;
}

export interface RunningHost {
  readonly url: string; // with the token in the fragment, for a browser
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } } satisfies Result<never>);
}

/**
 * The body, or null when it is over the limit. An oversized body is read to its end and dropped
 * (never held), so the sender gets its 413: cut off mid-send, it sees only a reset connection.
 * The server's request timeout ends a sender that never stops.
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length'] ?? 0) > maxBytes;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > maxBytes) {
        tooLarge = true;
        chunks = [];
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, opts: HostOptions, token: string) {
  const auth = checkToken(req, token);
  if (!auth.ok) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="cpor"');
    return sendError(res, auth.status, 'unauthorized', auth.message);
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendError(res, 405, 'invalid-input', 'API calls are POST requests');
  }
  if (!isMethod(name)) return sendError(res, 404, 'not-found', `no API method "${name}"`);
  // A method that takes bytes (a backup to restore) takes them as the body itself.
  const binaryInput = BINARY_INPUT_METHODS.has(name);
  const expected = binaryInput ? 'application/octet-stream' : 'application/json';
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith(expected)) {
    return sendError(res, 415, 'invalid-input', `${name} takes ${expected}`);
  }
  if (binaryInput) {
    const received = await receiveToFile(req, opts.uploadDir ?? tmpdir(), MAX_RESTORE_BYTES);
    if (!received.ok && received.tooLarge) return tooLarge(res, name, MAX_RESTORE_BYTES);
    if (!received.ok) {
      // The upload could not be written (a full disk): said as the services say it.
      const refused = storageRefusal(name, received.error);
      if (!refused) return sendError(res, 500, 'internal', `${name}: the upload could not be written`);
      const error = { code: refused.code, message: refused.message, ...(refused.refusal ? { refusal: refused.refusal } : {}) };
      return sendJson(res, STATUS_FOR[refused.code], { ok: false, error } satisfies Result<never>);
    }
    let result: Result<unknown>;
    try {
      result = await dispatch(opts.handlers, name, received.file, opts.log);
    } finally {
      // Gone before the answer goes out: the upload was the request's, not the folder's.
      await rm(received.file.path, { force: true });
    }
    return answer(res, name, result);
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === null) return tooLarge(res, name, MAX_BODY_BYTES);
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch {
    return sendError(res, 400, 'invalid-input', 'request body is not valid JSON');
  }
  return answer(res, name, await dispatch(opts.handlers, name, input, opts.log));
}

function tooLarge(res: ServerResponse, name: string, limit: number): void {
  res.setHeader('Connection', 'close');
  sendError(res, 413, 'invalid-input', `request body too large: ${name} takes at most ${limit} bytes`);
}

function answer(res: ServerResponse, name: Method, result: Result<unknown>): void {
  if (!result.ok) return sendJson(res, STATUS_FOR[result.error.code], result);
  if (BINARY_METHODS.has(name) && result.value instanceof Uint8Array) {
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Length', result.value.byteLength);
    res.end(Buffer.from(result.value.buffer, result.value.byteOffset, result.value.byteLength));
    return;
  }
  sendJson(res, 200, result);
}

function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string, rendererDir: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendError(res, 405, 'invalid-input', 'method not allowed');
  }
  const file = resolveStaticPath(rendererDir, pathname) ?? (extnameless(pathname) ? resolveStaticPath(rendererDir, '/index.html') : null);
  if (!file) return sendError(res, 404, 'not-found', 'not found');
  return sendFile(res, file, req.method === 'HEAD');
}

/** Paths without an extension are app routes: they get the app's page. */
function extnameless(pathname: string): boolean {
  return !/\.[a-z0-9]+$/i.test(pathname);
}

export function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(32).toString('hex');
  let port = 0;
  const server: Server = createServer((req, res) => {
    setCommonHeaders(res);
    const guard = checkHostAndOrigin(req, port);
    if (!guard.ok) return sendError(res, guard.status, 'unauthorized', guard.message);
    const pathname = new URL(req.url ?? '/', 'http://host.invalid').pathname;
    const task = pathname.startsWith('/api/')
      ? handleApi(req, res, pathname.slice('/api/'.length), opts, token)
      : Promise.resolve(handleStatic(req, res, pathname, opts.rendererDir));
    task.catch((err: unknown) => {
      (opts.log ?? console.error)('cpor: request failed', err);
      if (!res.headersSent) sendError(res, 500, 'internal', 'internal error');
      else res.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  // Idle connections outlive the browser's own idle timer, so the page's next call rarely
  // meets a socket the host has just closed.
  server.keepAliveTimeout = 65_000;
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, LOOPBACK, () => {
      port = (server.address() as AddressInfo).port;
      const origin = `http://${LOOPBACK}:${port}`;
      resolveStart({
        url: `${origin}/#token=${token}`,
        origin,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
