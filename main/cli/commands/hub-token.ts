// `cpor hub token create|revoke|rotate|list`: the hub's per-person tokens, in the hands of whoever
// runs the hub (a team lead). A secret is printed once, by create and rotate; nothing prints a hash.
import type { HubClient } from '../../../hub/store/hub-db';
import { migrateHub } from '../../../hub/store/hub-schema';
import {
  type CreatedToken,
  createToken,
  listTokens,
  revokeToken,
  rotateToken,
  TokenNameTakenError,
  TokenRevokedError,
  UnknownTokenError,
} from '../../../hub/store/hub-tokens';
import { ROLES } from '../../../shared/domain/roles';
import { type CommandRun, oneOf, RefusedError, str, takesOnly, UsageError } from '../command';
import { table } from '../format';
import { withHubDatabase } from './hub-database';

/** Migrated first, as `cpor hub` does at its start: tokens can be made before any hub has run. */
function withTokens<T>(values: CommandRun['values'], fn: (client: HubClient) => Promise<T>): Promise<T> {
  return withHubDatabase(values, async (client) => {
    await migrateHub(client);
    try {
      return await fn(client);
    } catch (err) {
      if (err instanceof TokenNameTakenError || err instanceof UnknownTokenError) throw new RefusedError(err.message);
      if (err instanceof TokenRevokedError) {
        throw new RefusedError(`${err.message}; a revoked token is not rotated: cpor hub token create --name "${err.tokenName}" --role ${err.role} makes a new one`);
      }
      throw err;
    }
  });
}

function printSecret({ values, io }: CommandRun, made: CreatedToken): number {
  io.out(values.json ? JSON.stringify(made, null, 2) : `${made.token}\n(for ${made.name}, ${made.role}; shown once: the hub keeps only its hash)`);
  return 0;
}

async function create(run: CommandRun): Promise<number> {
  if (run.positionals.length > 2) throw new UsageError('"cpor hub token create" takes the name as --name NAME');
  const name = str(run.values, 'name')?.trim();
  if (!name) throw new UsageError('--name is required: who the token is for');
  const role = oneOf(str(run.values, 'role') ?? '', ROLES, 'role');
  return printSecret(run, await withTokens(run.values, (client) => createToken(client, name, role, run.now())));
}

/** Whose token: the word after the command, or --name as create takes it. */
function whose(run: CommandRun): string {
  const sub = run.positionals[1] ?? '';
  takesOnly(run, `hub token ${sub}`, ['name', 'database', 'config', 'json'], ['NAME']);
  const word = run.positionals[2];
  const flag = str(run.values, 'name');
  if (word !== undefined && flag !== undefined) throw new UsageError('name the token once: NAME or --name NAME');
  const name = (word ?? flag)?.trim();
  if (!name) throw new UsageError(`NAME is required: whose token to ${sub}`);
  return name;
}

async function revoke(run: CommandRun): Promise<number> {
  const name = whose(run);
  const revoked = await withTokens(run.values, (client) => revokeToken(client, name, run.now()));
  const at = revoked.revokedAt.toISOString();
  run.io.out(
    run.values.json
      ? JSON.stringify(revoked, null, 2)
      : revoked.alreadyRevoked
        ? `the token of ${name} (${revoked.role}) was already revoked at ${at}; nothing changed`
        : `revoked the token of ${name} (${revoked.role}) at ${at}: it no longer works on any hub`,
  );
  return 0;
}

async function rotate(run: CommandRun): Promise<number> {
  const name = whose(run);
  return printSecret(run, await withTokens(run.values, (client) => rotateToken(client, name, run.now())));
}

async function list(run: CommandRun): Promise<number> {
  takesOnly(run, 'hub token list', ['database', 'config', 'json']);
  const tokens = await withTokens(run.values, listTokens);
  const when = (at: Date | null) => at?.toISOString() ?? '-';
  run.io.out(
    run.values.json
      ? JSON.stringify(tokens, null, 2)
      : tokens.length
        ? table(['NAME', 'ROLE', 'CREATED', 'LAST USED', 'REVOKED'], tokens.map((t) => [t.name, t.role, when(t.createdAt), when(t.lastUsedAt), when(t.revokedAt)]))
        : 'no hub tokens yet (cpor hub token create makes one)',
  );
  return 0;
}

const TOKEN_COMMANDS: Readonly<Record<string, (run: CommandRun) => Promise<number>>> = { create, revoke, rotate, list };

export function hubToken(run: CommandRun): Promise<number> {
  const sub = run.positionals[1] ?? '';
  const command = Object.hasOwn(TOKEN_COMMANDS, sub) ? TOKEN_COMMANDS[sub] : undefined;
  if (!command) throw new UsageError(`unknown hub token command "${sub}"; one of: ${Object.keys(TOKEN_COMMANDS).join(', ')}`);
  return command(run);
}
