// `cpor hub token` as a team lead uses it, against real hub processes on a real PostgreSQL server:
// list shows no secret; a revoked or rotated secret fails at once on hubs already running; a
// revoked person comes back by create; last use is noted at the hub's instant, once a minute at
// most, without the request waiting on it; a hub database of the previous schema keeps its tokens.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tokenSha256 } from '../../hub/hash';
import { HUB_MIGRATIONS, migrateHub } from '../../hub/store/hub-schema';
import { type CliRun, cpor } from '../fixtures/cli';
import { TEST_NOW } from '../fixtures/clock';
import { hubCall, type HubProcess, startHubProcess } from '../fixtures/hub-process';
import { type PgServer, startPostgres } from '../fixtures/postgres';

/** The hub's schema version: the last migration's. */
const HUB_SCHEMA = HUB_MIGRATIONS.at(-1)!.version;

interface Listed {
  readonly name: string;
  readonly role: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

interface Made {
  readonly name: string;
  readonly role: string;
  readonly token: string;
}

/** The pinned instant as the CLI prints it, and instants after it for hubs running later. */
const NOW = new Date(TEST_NOW).toISOString();
const after = (ms: number) => new Date(Date.parse(TEST_NOW) + ms).toISOString();

let server: PgServer;
let url: string;
const procs: ChildProcess[] = [];
let hubA: string;
let hubB: string;
/** Every secret this file was given: none may ever be printed by list. */
const secrets: string[] = [];

async function startHub(databaseUrl: string, opts: { now?: string } = {}): Promise<HubProcess> {
  const hub = await startHubProcess(databaseUrl, opts);
  procs.push(hub.proc);
  return hub;
}

async function stopHub(hub: HubProcess): Promise<void> {
  const gone = new Promise((resolve) => hub.proc.once('exit', resolve));
  hub.proc.kill('SIGTERM');
  await gone;
}

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase('hub_tokens');
  hubA = (await startHub(url)).url;
  hubB = (await startHub(url)).url;
}, 120_000);

afterAll(async () => {
  for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  await server?.stop();
});

const token = (database: string, ...args: string[]): CliRun => cpor('hub', 'token', ...args, '--database', database);

function made(run: CliRun): Made {
  expect(run.code, run.err).toBe(0);
  const value = JSON.parse(run.out) as Made;
  secrets.push(value.token);
  return value;
}

function listed(database = url): Listed[] {
  const run = token(database, 'list', '--json');
  expect(run.code, run.err).toBe(0);
  return JSON.parse(run.out) as Listed[];
}

const entry = (name: string, database = url): Listed | undefined => listed(database).find((t) => t.name === name);

/** The hub notes a use after it has answered: wait for the note, however long the machine takes. */
async function lastUsedBecomes(name: string, at: string, database = url): Promise<void> {
  await vi.waitFor(() => expect(entry(name, database)?.lastUsedAt).toBe(at), { timeout: 60_000, interval: 100 });
}

const session = (hub: string, secret: string) => hubCall<{ name: string; role: string }>(hub, '/v1/session', secret);

function expectNoSecretIn(text: string): void {
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(tokenSha256(secret));
  }
}

let alex: Made;
let priya: Made;

describe('cpor hub token', () => {
  it('lists every token with its role and times, and never a secret or a hash', () => {
    expect(token(url, 'list').out.trim()).toBe('no hub tokens yet (cpor hub token create makes one)');
    alex = made(token(url, 'create', '--name', 'Alex Martin', '--role', 'reviewer', '--json'));
    priya = made(token(url, 'create', '--name', 'Priya Shah', '--role', 'team-lead', '--json'));

    const json = token(url, 'list', '--json');
    expect(json.code, json.err).toBe(0);
    expect(JSON.parse(json.out)).toEqual([
      { name: 'Alex Martin', role: 'reviewer', createdAt: NOW, lastUsedAt: null, revokedAt: null },
      { name: 'Priya Shah', role: 'team-lead', createdAt: NOW, lastUsedAt: null, revokedAt: null },
    ]);
    const text = token(url, 'list');
    expect(text.code, text.err).toBe(0);
    expect(text.out.split('\n').slice(0, 4)).toEqual([
      expect.stringMatching(/^NAME +ROLE +CREATED +LAST USED +REVOKED$/),
      expect.stringMatching(/^-+ +-+/),
      expect.stringMatching(new RegExp(`^Alex Martin +reviewer +${NOW} +- +-$`)),
      expect.stringMatching(new RegExp(`^Priya Shah +team-lead +${NOW} +- +-$`)),
    ]);
    for (const out of [json.out, text.out, json.err, text.err]) expectNoSecretIn(out);
    expect(token(url, 'list', '--name', 'Alex Martin').code).toBe(2);
  });

  it('answers a token as its person on the hub and notes its use at the hub’s instant, once a minute at most', async () => {
    expect(await session(hubA, alex.token)).toEqual({ status: 200, body: { ok: true, value: { name: 'Alex Martin', role: 'reviewer' } } });
    await lastUsedBecomes('Alex Martin', NOW);
    expect(token(url, 'list').out).toMatch(new RegExp(`^Alex Martin +reviewer +${NOW} +${NOW} +-$`, 'm'));

    // Half a minute later Alex's use is not written again; Priya's first one is.
    const halfMinute = await startHub(url, { now: after(30_000) });
    expect((await session(halfMinute.url, alex.token)).status).toBe(200);
    expect((await session(halfMinute.url, priya.token)).status).toBe(200);
    await lastUsedBecomes('Priya Shah', after(30_000));
    expect(entry('Alex Martin')?.lastUsedAt).toBe(NOW);
    await stopHub(halfMinute);

    const twoMinutes = await startHub(url, { now: after(120_000) });
    expect((await session(twoMinutes.url, alex.token)).status).toBe(200);
    await lastUsedBecomes('Alex Martin', after(120_000));
    await stopHub(twoMinutes);
  });

  it('answers the request when the hub cannot note the use', async () => {
    const sam = made(token(url, 'create', '--name', 'Sam Lee', '--role', 'auditor', '--json'));
    // A database login that may read the hub's tables but write none of them.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query("CREATE ROLE hub_reader LOGIN PASSWORD 'reader'");
      await admin.query('GRANT USAGE, CREATE ON SCHEMA public TO hub_reader');
      await admin.query('GRANT SELECT ON ALL TABLES IN SCHEMA public TO hub_reader');
    } finally {
      await admin.end();
    }
    const readerUrl = new URL(url);
    readerUrl.username = 'hub_reader';
    readerUrl.password = 'reader';
    const reader = await startHub(readerUrl.toString());
    for (let i = 0; i < 3; i++) {
      expect(await session(reader.url, sam.token)).toEqual({ status: 200, body: { ok: true, value: { name: 'Sam Lee', role: 'auditor' } } });
    }
    await stopHub(reader);
    expect(entry('Sam Lee')?.lastUsedAt).toBeNull();
  });

  it('revokes: the secret fails at once on both hubs already running; again changes nothing; an unknown name is refused', async () => {
    for (const hub of [hubA, hubB]) expect((await session(hub, alex.token)).status).toBe(200);
    const revoked = token(url, 'revoke', 'Alex Martin');
    expect(revoked.code, revoked.err).toBe(0);
    expect(revoked.out.trim()).toBe(`revoked the token of Alex Martin (reviewer) at ${NOW}: it no longer works on any hub`);
    for (const hub of [hubA, hubB]) {
      const refused = await session(hub, alex.token);
      expect(refused.status).toBe(401);
      expect(refused.body.error?.code).toBe('unauthorized');
    }
    expect(entry('Alex Martin')).toMatchObject({ role: 'reviewer', revokedAt: NOW });

    const again = token(url, 'revoke', '--name', 'Alex Martin', '--json');
    expect(again.code, again.err).toBe(0);
    expect(JSON.parse(again.out)).toEqual({ name: 'Alex Martin', role: 'reviewer', revokedAt: NOW, alreadyRevoked: true });
    expect(token(url, 'revoke', 'Alex Martin').out.trim()).toBe(`the token of Alex Martin (reviewer) was already revoked at ${NOW}; nothing changed`);

    for (const sub of ['revoke', 'rotate']) {
      const unknown = token(url, sub, 'Nobody Here');
      expect(unknown.code).toBe(1);
      expect(unknown.err).toBe('cpor: no hub token is named "Nobody Here"\n');
    }
    expect(token(url, 'revoke').code).toBe(2);
    expect(token(url, 'revoke', 'Alex Martin', '--name', 'Alex Martin').code).toBe(2);
    expect(token(url, 'revoke', 'Alex Martin', '--role', 'reviewer').code).toBe(2);
    expect(token(url, 'rotate', 'Priya Shah', 'extra').code).toBe(2);
  });

  it('rotates: a new secret for the same person and role, the old one dead at once on both hubs', async () => {
    const rotated = made(token(url, 'rotate', 'Priya Shah', '--json'));
    expect(rotated).toEqual({ name: 'Priya Shah', role: 'team-lead', token: expect.stringMatching(/^cpor_[A-Za-z0-9_-]{43}$/) });
    expect(rotated.token).not.toBe(priya.token);
    // The new secret has not been used yet: the list says so, whatever the old one did.
    expect(entry('Priya Shah')).toEqual({ name: 'Priya Shah', role: 'team-lead', createdAt: NOW, lastUsedAt: null, revokedAt: null });
    for (const hub of [hubA, hubB]) {
      expect((await session(hub, priya.token)).status).toBe(401);
      expect(await session(hub, rotated.token)).toEqual({ status: 200, body: { ok: true, value: { name: 'Priya Shah', role: 'team-lead' } } });
    }
    await lastUsedBecomes('Priya Shah', NOW);

    // The words of create, for a script or a person who reads either.
    const words = token(url, 'rotate', '--name', 'Priya Shah');
    expect(words.code, words.err).toBe(0);
    expect(words.out).toMatch(/^cpor_[A-Za-z0-9_-]{43}\n\(for Priya Shah, team-lead; shown once: the hub keeps only its hash\)\n$/);
    secrets.push(words.out.split('\n')[0]!);
    expect((await session(hubB, rotated.token)).status).toBe(401);
  });

  it('does not rotate a revoked token; create gives the person a fresh one, and a live name stays taken', async () => {
    const refused = token(url, 'rotate', 'Alex Martin');
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      `cpor: the token of "Alex Martin" was revoked at ${NOW}; a revoked token is not rotated: cpor hub token create --name "Alex Martin" --role reviewer makes a new one\n`,
    );
    expect(entry('Alex Martin')?.revokedAt).toBe(NOW);

    const back = made(token(url, 'create', '--name', 'Alex Martin', '--role', 'team-lead', '--json'));
    expect(back).toMatchObject({ name: 'Alex Martin', role: 'team-lead' });
    expect(entry('Alex Martin')).toEqual({ name: 'Alex Martin', role: 'team-lead', createdAt: NOW, lastUsedAt: null, revokedAt: null });
    for (const hub of [hubA, hubB]) {
      expect(await session(hub, back.token)).toEqual({ status: 200, body: { ok: true, value: { name: 'Alex Martin', role: 'team-lead' } } });
      expect((await session(hub, alex.token)).status).toBe(401);
    }

    const taken = token(url, 'create', '--name', 'Priya Shah', '--role', 'reviewer');
    expect(taken.code).toBe(1);
    expect(taken.err).toBe('cpor: a token named "Priya Shah" already exists\n');
    expect(entry('Priya Shah')?.role).toBe('team-lead');
  });

  it('never prints a secret or a hash in a list, whatever happened to the tokens', () => {
    expect(secrets.length).toBeGreaterThanOrEqual(6);
    for (const args of [['list'], ['list', '--json']]) {
      const run = token(url, ...args);
      expect(run.code, run.err).toBe(0);
      expectNoSecretIn(run.out + run.err);
    }
  });
});

describe('a hub database of the previous schema', () => {
  it('migrates with its tokens, which go on working', async () => {
    const old = await server.createDatabase('hub_tokens_v3');
    const secret = `cpor_${randomBytes(32).toString('base64url')}`;
    const client = new pg.Client({ connectionString: old });
    await client.connect();
    let createdAt: Date;
    try {
      await migrateHub(client, HUB_MIGRATIONS.filter((m) => m.version <= 3));
      // As the hub before last_used_at made a token: created_at was the database's default then.
      await client.query("INSERT INTO hub_tokens (name, role, token_sha256) VALUES ('Camille Dubois', 'team-lead', $1)", [tokenSha256(secret)]);
      createdAt = (await client.query<{ created_at: Date }>('SELECT created_at FROM hub_tokens')).rows[0]!.created_at;
    } finally {
      await client.end();
    }

    const hub = await startHub(old);
    expect(await hubCall(hub.url, '/v1/health')).toEqual({ status: 200, body: { ok: true, value: { schema: HUB_SCHEMA } } });
    expect(await session(hub.url, secret)).toEqual({ status: 200, body: { ok: true, value: { name: 'Camille Dubois', role: 'team-lead' } } });
    await lastUsedBecomes('Camille Dubois', NOW, old);
    expect(entry('Camille Dubois', old)).toEqual({ name: 'Camille Dubois', role: 'team-lead', createdAt: createdAt.toISOString(), lastUsedAt: NOW, revokedAt: null });
    secrets.push(secret);
    expectNoSecretIn(token(old, 'list').out);
    await stopHub(hub);
  });
});
