// `cpor hub` (serve), `cpor hub migrate` and `cpor hub token ...`: the team hub's service, its
// PostgreSQL schema, its per-reviewer tokens, and `cpor hub verify` (every claim's chain on the hub).
import { startHub } from '../../../hub/hub-server';
import { verifyHub } from '../../../hub/hub-verify';
import { openHubPool } from '../../../hub/store/hub-db';
import { migrateHub } from '../../../hub/store/hub-schema';
import { type Command, type CommandRun, intOption, RefusedError, str, takesOnly, UsageError } from '../command';
import { databaseUrl, withHubDatabase } from './hub-database';
import { hubSettings, SETTINGS_FLAGS } from './hub-settings';
import { hubToken } from './hub-token';

/** The hub's port when none is given. */
const DEFAULT_PORT = 7420;

async function serveHub({ values, io, now }: CommandRun): Promise<number> {
  const url = databaseUrl(values);
  const host = str(values, 'host') ?? '127.0.0.1';
  const port = intOption(values, 'port', 0, 65535) ?? DEFAULT_PORT;
  let hub;
  try {
    hub = await startHub({ databaseUrl: url, host, port, now, onError: (err) => io.err(`hub: ${err.message}`) });
  } catch (err) {
    throw new RefusedError(`the hub could not start: ${(err as Error).message}`);
  }
  io.out(values.json ? JSON.stringify({ url: hub.url, port: hub.port, schema: hub.schema }) : `CPOR hub serving ${hub.url} (schema ${hub.schema})\nPress Ctrl+C to stop.`);
  await new Promise<void>((resolveStop) => {
    process.once('SIGINT', () => resolveStop());
    process.once('SIGTERM', () => resolveStop());
  });
  await hub.close();
  return 0;
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

async function verify({ values, io }: CommandRun): Promise<number> {
  const pool = openHubPool(databaseUrl(values), { max: 1, connectionTimeoutMillis: 10_000, onError: () => undefined });
  let result;
  try {
    result = await verifyHub(pool);
  } catch (err) {
    throw new RefusedError(`cannot verify the hub: ${(err as Error).message}`);
  } finally {
    await pool.end();
  }
  if (values.json) io.out(JSON.stringify(result, null, 2));
  const broken = result.chainBreak;
  if (broken) throw new RefusedError(`hub verify failed: claim ${broken.claimId}, entry ${broken.seq}: ${broken.problem}`);
  if (!values.json) io.out(`ok: ${result.claims} claims on the hub, ${result.entries} history entries in unbroken chains, ${result.openConflicts} open conflicts`);
  return 0;
}

const RUN: Readonly<Record<string, (cmd: CommandRun) => Promise<number>>> = { migrate, token: hubToken, verify, settings: hubSettings };

export const hub: Command = {
  name: 'hub',
  usage: [
    'cpor hub [--host 127.0.0.1] [--port 7420] [--database URL | --config FILE] [--json]',
    '       cpor hub migrate [--database URL | --config FILE] [--json]',
    '       cpor hub token create --name NAME --role reviewer|team-lead|auditor [--database URL | --config FILE] [--json]',
    '       cpor hub token revoke|rotate NAME|--name NAME [--database URL | --config FILE] [--json]',
    '       cpor hub token list [--database URL | --config FILE] [--json]',
    '       cpor hub verify [--database URL | --config FILE] [--json]',
    '       cpor [--data DIR] hub settings [--hub URL] [--token TOKEN] [--json]',
    '       cpor [--data DIR] hub settings [--region CODE] [--tz ZONE] [--closing HH:MM] [--policy ID --policy-from DATE]',
    '                                      [--hub URL] [--token TOKEN] [--json]',
    '',
    'The database: --database, else CPOR_HUB_DATABASE_URL, else a JSON file { "databaseUrl": ... }',
    'named by --config or CPOR_HUB_CONFIG. `hub settings` talks to a running hub instead: --hub and',
    '--token, else CPOR_HUB_URL and CPOR_HUB_TOKEN, else the hub and token the data folder saved.',
    '(no command)  serves the hub: migrates first, then answers workstations; any number of hub',
    '              processes can serve one database',
    'migrate       brings the hub\'s PostgreSQL schema up to date (safe with several hubs starting at once)',
    'token create  a token for one person and role; printed once, stored only as its SHA-256 (a',
    '              revoked person\'s name may be given a new one)',
    'token revoke  the token stops working at once on every hub process (revoking it again changes nothing)',
    'token rotate  a new secret for the same person and role, printed once; the old one stops working',
    '              at once (a revoked token is not rotated: create a new one)',
    'token list    every token\'s name, role, created, last used and revoked times; never a secret',
    'verify        walks every claim\'s history chain on the hub (exit 1 on a broken chain)',
    'settings      the team\'s business calendar and policy adoption, which every joined workstation',
    '              uses; with any flag, sets them (unset values are kept) with a team lead\'s token:',
    '              the hub refuses other roles, checks the values and audits the change',
  ].join('\n'),
  options: {
    database: { type: 'string' },
    config: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    hub: { type: 'string' },
    token: { type: 'string' },
    ...Object.fromEntries(SETTINGS_FLAGS.map((flag) => [flag, { type: 'string' as const }])),
    json: { type: 'boolean' },
  },
  positionals: { min: 0, max: 3 },
  run(cmd) {
    if (cmd.positionals.length === 0) {
      takesOnly(cmd, 'hub', ['host', 'port', 'database', 'config', 'json']);
      return serveHub(cmd);
    }
    const sub = cmd.positionals[0] ?? '';
    const run = Object.hasOwn(RUN, sub) ? RUN[sub] : undefined;
    if (!run) throw new UsageError(`unknown hub command "${sub}"; one of: migrate, token create|revoke|rotate|list, verify, settings`);
    if (sub === 'migrate' || sub === 'verify') takesOnly(cmd, `hub ${sub}`, ['database', 'config', 'json']);
    return run(cmd);
  },
};
