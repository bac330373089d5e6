// `cpor hub migrate` and `cpor hub token create`: the team hub's PostgreSQL schema and its
// per-reviewer tokens. The hub's sync service itself is not built yet (issue 6).
import pg from 'pg';
import { ROLES } from '../../../shared/domain/roles';
import { HubConfigError, hubDatabaseUrl } from '../../hub/hub-config';
import { migrateHub } from '../../hub/hub-schema';
import { createToken, TokenNameTakenError } from '../../hub/hub-tokens';
import { type Command, type CommandRun, oneOf, RefusedError, str, UsageError } from '../command';

async function withHubDatabase<T>(values: CommandRun['values'], fn: (client: pg.Client) => Promise<T>): Promise<T> {
  let url: string;
  try {
    url = hubDatabaseUrl({ database: str(values, 'database'), config: str(values, 'config'), env: process.env });
  } catch (err) {
    if (err instanceof HubConfigError) throw new UsageError(err.message);
    throw err;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // A connection error arrives as an event too; unhandled, it would end the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (err) {
    throw new RefusedError(`cannot reach the hub database: ${(err as Error).message}`);
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function migrate({ values, io }: CommandRun): Promise<number> {
  const result = await withHubDatabase(values, (client) => migrateHub(client));
  io.out(
    values.json
      ? JSON.stringify(result, null, 2)
      : result.applied.length
        ? `hub schema ${result.from} -> ${result.to}: ${result.applied.join(', ')}`
        : `hub schema is up to date (${result.to})`,
  );
  return 0;
}

async function tokenCreate({ values, io, positionals }: CommandRun): Promise<number> {
  if (positionals[1] !== 'create') throw new UsageError(`unknown hub token command "${positionals[1] ?? ''}"; one of: create`);
  const name = str(values, 'name')?.trim();
  if (!name) throw new UsageError('--name is required: who the token is for');
  const role = oneOf(str(values, 'role') ?? '', ROLES, 'role');
  const created = await withHubDatabase(values, async (client) => {
    await migrateHub(client);
    try {
      return await createToken(client, name, role);
    } catch (err) {
      if (err instanceof TokenNameTakenError) throw new RefusedError(err.message);
      throw err;
    }
  });
  io.out(values.json ? JSON.stringify(created, null, 2) : `${created.token}\n(for ${created.name}, ${created.role}; shown once: the hub keeps only its hash)`);
  return 0;
}

const RUN: Readonly<Record<string, (cmd: CommandRun) => Promise<number>>> = { migrate, token: tokenCreate };

export const hub: Command = {
  name: 'hub',
  usage: [
    'cpor hub migrate [--database URL | --config FILE] [--json]',
    '       cpor hub token create --name NAME --role reviewer|team-lead|auditor [--database URL | --config FILE] [--json]',
    '',
    'The database: --database, else CPOR_HUB_DATABASE_URL, else a JSON file { "databaseUrl": ... }',
    'named by --config or CPOR_HUB_CONFIG.',
    'migrate       brings the hub\'s PostgreSQL schema up to date (safe with several hubs starting at once)',
    'token create  a token for one person and role; printed once, stored only as its SHA-256',
  ].join('\n'),
  options: { database: { type: 'string' }, config: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 2 },
  run(cmd) {
    const sub = cmd.positionals[0] ?? '';
    const run = RUN[sub];
    if (!run) throw new UsageError(`unknown hub command "${sub}"; one of: migrate, token create`);
    if (sub === 'migrate' && (cmd.positionals.length > 1 || cmd.values.name !== undefined || cmd.values.role !== undefined)) {
      throw new UsageError('"cpor hub migrate" takes only --database, --config and --json');
    }
    return run(cmd);
  },
};
