// The hub's HTTP service: stateless in front of PostgreSQL, so several processes can serve one
// database (behind a load balancer, or one per machine). Everything a request needs is in the
// database; a process holds only its connection pool.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import { HUB_ROUTES, type HubRoute, type HubRouteName, type HubRouteParsed, hubRouteOf } from '../shared/api/hub-routes';
import { hubCaller, type HubCaller } from './hub-auth';
import { verifyHub } from './hub-verify';
import { HubRefusal, pullClaimsJson, pushChanges, resolveOnHub } from './store/hub-claims';
import { openHubPool, pingDatabase, withPooledClient } from './store/hub-db';
import { FileRefused, getFile, MAX_FILE_BYTES, missingFiles, putFile } from './store/hub-files';
import { releaseLease, takeLease } from './store/hub-leases';
import { migrateHub } from './store/hub-schema';
import { readTeamSettings } from './store/hub-settings';
import { putTeamSettings } from './team-settings';

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

/** A route's work, given the caller (checked against the contract's access) and its input (read with the contract's schema). */
type Handler<N extends HubRouteName> = (caller: HubCaller, input: HubRouteParsed<N>, req: IncomingMessage) => Promise<Reply>;
type Handlers = { readonly [N in HubRouteName]: Handler<N> };

/** A push of 1,000 changes with their payloads fits well under this. */
const MAX_BODY = 8 * 1024 * 1024;
class BadRequest extends Error {}

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

  const ok = (value: unknown): Reply => ({ status: 200, body: { ok: true, value } });
  const handlers: Handlers = {
    health: async () => {
      await pingDatabase(db);
      return ok({ schema });
    },
    session: async (caller) => ok(caller),
    push: async (caller, { changes }) => ok(await pushChanges(db, caller, changes, opts.now)),
    pull: async (_caller, { after, limit }) => ({ status: 200, body: null, raw: await pullClaimsJson(db, after, limit || 1) }),
    resolve: async (caller, input) => ok(await resolveOnHub(db, caller, input, opts.now)),
    lease: async (caller, input) => ok(await takeLease(db, caller.name, input.claimId, input.minutes)),
    release: async (caller, { claim }) => ok({ released: await releaseLease(db, caller, claim) }),
    missingFiles: async (_caller, { sha256 }) => ok({ missing: await missingFiles(db, sha256) }),
    putFile: async (_caller, { sha256, type }, req) => {
      await putFile(db, sha256, type, await bodyBytes(req, MAX_FILE_BYTES));
      return ok({ stored: true });
    },
    getFile: async (_caller, { sha256 }) => {
      const file = await getFile(db, sha256);
      if (!file) return refused(404, 'not-found', 'the hub has no such file');
      return { status: 200, body: null, raw: { type: file.mediaType, bytes: file.bytes } };
    },
    verify: async () => ok(await verifyHub(db)),
    settings: async () => ok({ settings: await readTeamSettings(db) }),
    putSettings: async (caller, change) => ok(await putTeamSettings(db, caller, change, opts.now())),
  };

  /** The route's input, from where the contract says it comes. */
  async function inputOf(route: HubRoute, req: IncomingMessage, url: URL): Promise<unknown> {
    if (route.from === 'none') return parsed(route.input, undefined);
    if (route.from === 'query') return parsed(route.input, Object.fromEntries(url.searchParams));
    return parsed(route.input, await jsonBody(req));
  }

  async function answer(name: HubRouteName, req: IncomingMessage, url: URL): Promise<Reply> {
    const route: HubRoute = HUB_ROUTES[name];
    if (route.access === 'open') return (handlers[name] as Handler<HubRouteName>)(null as never, (await inputOf(route, req, url)) as never, req);
    const caller = await hubCaller(db, req.headers.authorization, opts.now(), (err) => opts.onError?.(err));
    if (!caller) return refused(401, 'unauthorized', 'a valid hub token is required (Authorization: Bearer cpor_...)');
    if (route.access !== 'any-token' && !route.access.includes(caller.role)) {
      return refused(403, 'forbidden', `${caller.role === 'auditor' ? 'an auditor' : `a ${caller.role}`} may not ${route.what ?? 'do this'}: ${route.access.join(' and ')} may`);
    }
    return (handlers[name] as Handler<HubRouteName>)(caller, (await inputOf(route, req, url)) as never, req);
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://hub');
    const name = hubRouteOf(req.method ?? '', url.pathname);
    if (!name) return send(res, 404, refused(404, 'not-found', `no such hub endpoint: ${req.method ?? ''} ${url.pathname}`).body);
    answer(name, req, url).then(
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
