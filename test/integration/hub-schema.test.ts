// The hub's schema and tokens on a real PostgreSQL server (test/fixtures/postgres.ts): `cpor hub
// migrate` from nothing, again with nothing to do, and from five processes at once; tokens
// created once per name, stored only as their hash; bad settings refused before anything runs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenSha256 } from '../../hub/hash';
import { HUB_MIGRATIONS } from '../../hub/store/hub-schema';
import { type CliRun, cpor, ROOT } from '../fixtures/cli';
import { type PgServer, startPostgres } from '../fixtures/postgres';

let server: PgServer;
let url: string;
let dir: string;

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase('hub_schema');
  dir = mkdtempSync(join(tmpdir(), 'cpor-hub-'));
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(database: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function cporAsync(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/cpor.mjs'), ...args], { env: { ...process.env, CPOR_DATA_DIR: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('cpor hub migrate', () => {
  it('creates the schema, then has nothing to do', () => {
    const first = cpor('hub', 'migrate', '--database', url, '--json');
    expect(first.code, first.err).toBe(0);
    const last = HUB_MIGRATIONS.at(-1)!.version;
    expect(JSON.parse(first.out)).toEqual({ from: 0, to: last, applied: HUB_MIGRATIONS.map((m) => `${m.version}-${m.name}`) });
    expect(HUB_MIGRATIONS.map((m) => m.name).slice(0, 7)).toEqual(['tokens', 'changes', 'claims', 'token-last-used', 'refusals-and-workstations', 'claim-field-names', 'team-settings']);
    const again = cpor('hub', 'migrate', '--database', url);
    expect(again.code, again.err).toBe(0);
    expect(again.out.trim()).toBe(`hub schema is up to date (${last})`);
  });

  it('is safe when five hub processes migrate a new database at once', async () => {
    const fresh = await server.createDatabase('hub_concurrent');
    const runs = await Promise.all(Array.from({ length: 5 }, () => cporAsync('hub', 'migrate', '--database', fresh, '--json')));
    for (const r of runs) expect(r.code, r.err).toBe(0);
    // Exactly one of them applied the migration; the others waited for its lock and found it done.
    expect(runs.map((r) => (JSON.parse(r.out) as { applied: string[] }).applied.length).sort()).toEqual([0, 0, 0, 0, HUB_MIGRATIONS.length]);
    expect(await query(fresh, 'SELECT version, name FROM hub_migrations ORDER BY version')).toEqual(HUB_MIGRATIONS.map(({ version, name }) => ({ version, name })));
  });

  it('reads the database from the environment or a config file, and refuses what is not one', () => {
    const missing = cpor('hub', 'migrate', '--config', join(dir, 'missing.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read the hub config/);
    const config = join(dir, 'hub.json');
    writeFileSync(config, JSON.stringify({ databaseUrl: url }));
    const fromFile = cpor('hub', 'migrate', '--config', config);
    expect(fromFile.code, fromFile.err).toBe(0);
    const none = cpor('hub', 'migrate');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no hub database/);
    const notPg = cpor('hub', 'migrate', '--database', 'mysql://localhost/x');
    expect(notPg.code).toBe(2);
    const down = cpor('hub', 'migrate', '--database', `postgres://postgres:x@127.0.0.1:1/none`);
    expect(down.code).toBe(1);
    expect(down.err).toMatch(/cannot reach the hub database/);
    expect(cpor('hub', 'serve').code).toBe(2);
  });
});

describe('cpor hub token create', () => {
  it('prints a token once and keeps only its hash; a name is taken once; a bad role is refused', async () => {
    const made = cpor('hub', 'token', 'create', '--name', 'Priya Shah', '--role', 'reviewer', '--database', url, '--json');
    expect(made.code, made.err).toBe(0);
    const { token, role, name } = JSON.parse(made.out) as { token: string; role: string; name: string };
    expect({ role, name }).toEqual({ role: 'reviewer', name: 'Priya Shah' });
    expect(token).toMatch(/^cpor_[A-Za-z0-9_-]{43}$/);
    const rows = await query<{ name: string; role: string; token_sha256: string }>(url, 'SELECT name, role, token_sha256 FROM hub_tokens');
    expect(rows).toEqual([{ name: 'Priya Shah', role: 'reviewer', token_sha256: tokenSha256(token) }]);
    expect(JSON.stringify(rows)).not.toContain(token);

    const twice = cpor('hub', 'token', 'create', '--name', 'Priya Shah', '--role', 'team-lead', '--database', url);
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/already exists/);
    const badRole = cpor('hub', 'token', 'create', '--name', 'Sam', '--role', 'admin', '--database', url);
    expect(badRole.code).toBe(2);
    expect(badRole.err).toMatch(/unknown role "admin"/);
    expect(cpor('hub', 'token', 'create', '--role', 'reviewer', '--database', url).code).toBe(2);
    expect(await query(url, 'SELECT count(*)::int AS n FROM hub_tokens')).toEqual([{ n: 1 }]);
  });
});
