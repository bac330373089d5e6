// The hub's HTTP service: stateless in front of PostgreSQL, so several processes can serve one
// database (behind a load balancer, or one per machine). Everything a request needs is in the
// database; a process holds only its connection pool.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { LeaseRequestSchema, MAX_PULL, PushEnvelopeSchema, ResolveRequestSchema } from '../shared/api/hub-sync';
import type { Role } from '../shared/domain/roles';
import { hubCaller, type HubCaller } from './hub-auth';
import { verifyHub } from './hub-verify';
import { HubRefusal, pullClaimsJson, pushChanges, resolveOnHub } from './store/hub-claims';
import { openHubPool, pingDatabase, withPooledClient } from './store/hub-db';
import { FileRefused, getFile, MAX_FILE_BYTES, missingFiles, putFile } from './store/hub-files';
import { releaseLease, takeLease } from './store/hub-leases';
import { migrateHub } from './store/hub-schema';

export interface RunningHub {
  readonly url: string;
  readonly port: number;
  readonly schema: number;
  close(): Promise<void>;
}

export interface HubOptions {
  readonly databaseUrl: string;
  readonly host: string;
  readonly port: number;
  /** When the hub stamps what it writes (history entries); injected so tests pin time. */
  readonly now: () => Date;
  /** For the log: a request the hub could not answer. */
  readonly onError?: (err: Error) => void;
}

interface Reply {
  readonly status: number;
  readonly body: unknown;
  /** A body already written as JSON (a pull page), or a file's bytes. */
  readonly raw?: string | { readonly type: string; readonly bytes: Buffer };
}

type Route = (caller: HubCaller | null, req: IncomingMessage, url: URL) => Promise<Reply>;

/** A push of 1,000 changes with their payloads fits well under this. */
const MAX_BODY = 8 * 1024 * 1024;
/** Roles whose changes the hub takes: an auditor reads. */
const WRITERS: readonly Role[] = ['reviewer', 'team-lead'];

class BadRequest extends Error {}

const ResolveSchema = ResolveRequestSchema.extend({ claimId: z.string().min(1).max(100), conflictId: z.string().min(1).max(120) }).strict();

class TooLarge extends Error {}

/** How much beyond its limit a request is read on before it is cut off instead of read to its end. */
const DRAIN_MARGIN = 64 * 1024 * 1024;

/**
 * The body, up to `max` bytes. A larger one is read on to its end (up to a limit) and dropped, so
 * the client, still sending, gets the hub's 413 answer rather than a reset connection.
 */
async function bodyBytes(req: IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max + DRAIN_MARGIN) {
      req.destroy();
      break;
    }
    if (size <= max) chunks.push(chunk);
  }
  if (size > max) throw new TooLarge(`the request is larger than the ${max / 1024 / 1024} MiB the hub takes at once`);
  return Buffer.concat(chunks);
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const bytes = await bodyBytes(req, MAX_BODY);
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new BadRequest('the request is not JSON');
  }
}

function cursor(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!/^\d{1,15}$/.test(raw) || Number(raw) > max) throw new BadRequest(`${name} must be a whole number up to ${max}`);
  return Number(raw);
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new BadRequest(result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return result.data;
}

function send(res: ServerResponse, status: number, body: unknown, raw?: Reply['raw']): void {
  if (raw && typeof raw !== 'string') {
    res.writeHead(status, { 'content-type': raw.type, 'cache-control': 'no-store', 'content-length': raw.bytes.length });
    res.end(raw.bytes);
    return;
  }
  const text = raw ?? JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const refused = (status: number, code: string, message: string): Reply => ({ status, body: { ok: false, error: { code, message } } });

export async function startHub(opts: HubOptions): Promise<RunningHub> {
  const db = openHubPool(opts.databaseUrl, { max: 10, onError: (err) => opts.onError?.(err) });
  let schema: number;
  try {
    schema = (await withPooledClient(db, (client) => migrateHub(client))).to;
  } catch (err) {
    await db.end();
    throw err;
  }

  const routes: Readonly<Record<string, Route>> = {
    'GET /v1/health': async () => {
      await pingDatabase(db);
      return { status: 200, body: { ok: true, value: { schema } } };
    },
    'GET /v1/session': async (caller) => ({ status: 200, body: { ok: true, value: caller } }),
    'POST /v1/push': async (caller, req) => {
      if (!caller || !WRITERS.includes(caller.role)) return refused(403, 'forbidden', `${caller?.role ?? 'this token'} may not push changes: reviewers and team leads may`);
      const { changes } = parsed(PushEnvelopeSchema, await jsonBody(req));
      return { status: 200, body: { ok: true, value: await pushChanges(db, caller, changes, opts.now) } };
    },
    'GET /v1/pull': async (_caller, _req, url) => ({
      status: 200,
      body: null,
      raw: await pullClaimsJson(db, cursor(url, 'after', 0, Number.MAX_SAFE_INTEGER), cursor(url, 'limit', MAX_PULL, MAX_PULL) || 1),
    }),
    'POST /v1/conflicts/resolve': async (caller, req) => {
      if (!caller || !WRITERS.includes(caller.role)) return refused(403, 'forbidden', 'an auditor may not resolve conflicts: the team lead or the change\'s author may');
      const input = parsed(ResolveSchema, await jsonBody(req));
      return { status: 200, body: { ok: true, value: await resolveOnHub(db, caller, input, opts.now) } };
    },
    'POST /v1/leases': async (caller, req) => {
      if (!caller || !WRITERS.includes(caller.role)) return refused(403, 'forbidden', 'an auditor does not review claims');
      const input = parsed(LeaseRequestSchema, await jsonBody(req));
      return { status: 200, body: { ok: true, value: await takeLease(db, caller.name, input.claimId, input.minutes) } };
    },
    'DELETE /v1/leases': async (caller, _req, url) => {
      const claimId = url.searchParams.get('claim');
      if (!claimId) throw new BadRequest('claim: which claim\'s lease to release');
      return { status: 200, body: { ok: true, value: { released: await releaseLease(db, caller!, claimId) } } };
    },
    'POST /v1/files/missing': async (_caller, req) => {
      const { sha256 } = parsed(z.object({ sha256: z.array(z.string().max(64)).max(10_000) }).strict(), await jsonBody(req));
      return { status: 200, body: { ok: true, value: { missing: await missingFiles(db, sha256) } } };
    },
    'PUT /v1/files': async (caller, req, url) => {
      if (!caller || !WRITERS.includes(caller.role)) return refused(403, 'forbidden', 'an auditor may not add files');
      const bytes = await bodyBytes(req, MAX_FILE_BYTES);
      await putFile(db, url.searchParams.get('sha256') ?? '', url.searchParams.get('type') ?? 'application/octet-stream', bytes);
      return { status: 200, body: { ok: true, value: { stored: true } } };
    },
    'GET /v1/files': async (_caller, _req, url) => {
      const file = await getFile(db, url.searchParams.get('sha256') ?? '');
      if (!file) return refused(404, 'not-found', 'the hub has no such file');
      return { status: 200, body: null, raw: { type: file.mediaType, bytes: file.bytes } };
    },
    'GET /v1/verify': async () => ({ status: 200, body: { ok: true, value: await verifyHub(db) } }),
  };
  const open = new Set(['GET /v1/health']);

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://hub');
    const key = `${req.method ?? ''} ${url.pathname}`;
    const route = routes[key];
    if (!route) return send(res, 404, refused(404, 'not-found', `no such hub endpoint: ${key}`).body);
    void (async () => {
      const caller = open.has(key) ? null : await hubCaller(db, req.headers.authorization, opts.now(), (err) => opts.onError?.(err));
      if (!open.has(key) && !caller) return refused(401, 'unauthorized', 'a valid hub token is required (Authorization: Bearer cpor_...)');
      return route(caller, req, url);
    })().then(
      ({ status, body, raw }) => send(res, status, body, raw),
      (err: unknown) => {
        if (err instanceof BadRequest || err instanceof FileRefused) return send(res, 400, refused(400, 'invalid-input', err.message).body);
        if (err instanceof TooLarge) return send(res, 413, refused(413, 'too-large', err.message).body);
        if (err instanceof HubRefusal) return send(res, err.status, refused(err.status, err.code, err.message).body);
        opts.onError?.(err as Error);
        send(res, 503, refused(503, 'unavailable', 'the hub cannot answer: its database did not').body);
      },
    );
  });
  // Longer than clients keep an idle connection, so a client never reuses one the hub has just closed.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    schema,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.end();
    },
  };
}
