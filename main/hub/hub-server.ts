// The hub's HTTP service: stateless in front of PostgreSQL, so several processes can serve one
// database (behind a load balancer, or one per machine). Everything a request needs is in the
// database; a process holds only its connection pool.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { hubCaller, type HubCaller } from './hub-auth';
import { migrateHub } from './hub-schema';

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
  /** For the log: a request the hub could not answer. */
  readonly onError?: (err: Error) => void;
}

type Route = (caller: HubCaller | null, req: IncomingMessage) => Promise<{ status: number; body: unknown }>;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const refused = (status: number, code: string, message: string) => ({ status, body: { ok: false, error: { code, message } } });

export async function startHub(opts: HubOptions): Promise<RunningHub> {
  const db = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
  // An idle connection the server drops (a restart) is an event, not a crash of the hub.
  db.on('error', (err) => opts.onError?.(err));
  let schema: number;
  try {
    const client = await db.connect();
    try {
      schema = (await migrateHub(client)).to;
    } finally {
      client.release();
    }
  } catch (err) {
    await db.end();
    throw err;
  }

  const routes: Readonly<Record<string, Route>> = {
    'GET /v1/health': async () => {
      await db.query('SELECT 1');
      return { status: 200, body: { ok: true, value: { schema } } };
    },
    'GET /v1/session': async (caller) => ({ status: 200, body: { ok: true, value: caller } }),
  };
  const open = new Set(['GET /v1/health']);

  const server: Server = createServer((req, res) => {
    const key = `${req.method ?? ''} ${(req.url ?? '').split('?')[0]}`;
    const route = routes[key];
    if (!route) return send(res, 404, refused(404, 'not-found', `no such hub endpoint: ${key}`).body);
    void (async () => {
      const caller = open.has(key) ? null : await hubCaller(db, req.headers.authorization);
      if (!open.has(key) && !caller) return refused(401, 'unauthorized', 'a valid hub token is required (Authorization: Bearer cpor_...)');
      return route(caller, req);
    })().then(
      ({ status, body }) => send(res, status, body),
      (err: unknown) => {
        opts.onError?.(err as Error);
        send(res, 503, refused(503, 'unavailable', 'the hub cannot reach its database').body);
      },
    );
  });
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
