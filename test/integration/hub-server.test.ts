// `cpor hub` serving one PostgreSQL database from two processes at once: tokens checked at every
// request on both (a revoked one fails on both at once), no state of their own (one stops, the
// other goes on), a clean stop on SIGTERM.
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpor } from '../fixtures/cli';
import { hubCall as call, hubToken, startHubProcess as startHub } from '../fixtures/hub-process';
import { type PgServer, startPostgres } from '../fixtures/postgres';
import { HUB_MIGRATIONS } from '../../hub/store/hub-schema';

/** The hub's schema version: the last migration's. */
const HUB_SCHEMA = HUB_MIGRATIONS.at(-1)!.version;

let server: PgServer;
let url: string;
const hubs: ChildProcess[] = [];

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase('hub_server');
}, 120_000);

afterAll(async () => {
  for (const hub of hubs) if (hub.exitCode === null) hub.kill('SIGKILL');
  await server?.stop();
});

async function startHubProcess() {
  const hub = await startHub(url);
  hubs.push(hub.proc);
  return hub;
}

describe('cpor hub', () => {
  it('serves one database from two processes, checking the token at every request', async () => {
    const [a, b] = await Promise.all([startHubProcess(), startHubProcess()]);
    const token = hubToken(url, 'Camille Dubois', 'team-lead');

    for (const hub of [a, b]) {
      expect(await call(hub.url, '/v1/health')).toEqual({ status: 200, body: { ok: true, value: { schema: HUB_SCHEMA } } });
      expect(await call(hub.url, '/v1/session', token)).toEqual({ status: 200, body: { ok: true, value: { name: 'Camille Dubois', role: 'team-lead' } } });
      expect((await call(hub.url, '/v1/session')).status).toBe(401);
      expect((await call(hub.url, '/v1/session', `cpor_${'x'.repeat(43)}`)).status).toBe(401);
      expect((await call(hub.url, '/v1/nothing', token)).status).toBe(404);
    }

    // Revoked in the database: refused by both processes at the next request.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("UPDATE hub_tokens SET revoked_at = now() WHERE name = 'Camille Dubois'");
    await client.end();
    for (const hub of [a, b]) expect((await call(hub.url, '/v1/session', token)).body.error?.code).toBe('unauthorized');

    // One hub stops cleanly; the other goes on serving.
    a.proc.kill('SIGTERM');
    expect(await new Promise((resolve) => a.proc.once('exit', resolve))).toBe(0);
    expect((await call(b.url, '/v1/health')).status).toBe(200);
  }, 60_000);

  it('refuses to start without a database it can reach', () => {
    const r = cpor('hub', '--port', '0', '--database', 'postgres://postgres:x@127.0.0.1:1/none');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the hub could not start/);
  });
});
