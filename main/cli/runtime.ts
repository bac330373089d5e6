// Opening the store and building the service context for one CLI run.
import type { Method, MethodOutput } from '../../shared/api/contract';
import type { Role } from '../../shared/domain/roles';
import { defaultUser } from '../config/paths';
import { APP_VERSION } from '../config/version';
import { type ServiceContext, storeContext } from '../services/context';
import type { LiveStore } from '../services/live-store';
import { methodRefusal } from '../../shared/api/permissions';
import { dispatch } from '../services/dispatch';
import { createHandlers } from '../services/handlers';
import { jsonFileBackend } from '../services/settings/json-file-backend';
import { memoryBackend, personalSettings, type PersonalSettingsSource } from '../services/settings/personal-settings';
import { openStore, type Store } from '../store/open';
import { hubIdentity } from '../store/sync-state-table';
import { ActorSchema } from '../../shared/api/schemas';
import { type CommandRun, RefusedError, UsageError } from './command';

/**
 * The run's clock: a command's `--now ISO`, else `$CPOR_NOW` (how tests and scripted runs pin
 * time for every command, the browser host and the hub included), else the wall clock.
 */
export function runClock(flag: string | undefined, env: NodeJS.ProcessEnv): () => Date {
  const [value, source] = flag !== undefined ? [flag, '--now'] : env['CPOR_NOW'] ? [env['CPOR_NOW'], 'CPOR_NOW'] : [undefined, ''];
  if (value === undefined) return () => new Date();
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new UsageError(`${source} takes an ISO-8601 time, got "${value}"`);
  return () => new Date(t);
}

export interface RunOptions {
  readonly user?: string;
  readonly transport?: ServiceContext['transport'];
  /** The run's clock (`CommandRun.now`). */
  readonly now: () => Date;
  /** `cpor serve`: the person's settings, read at each call; a one-shot command acts as `user`. */
  readonly personal?: PersonalSettingsSource;
}

export function serviceContext(store: Store | LiveStore, opts: RunOptions): ServiceContext {
  return storeContext(store, {
    now: opts.now,
    ...(opts.personal ? { personal: opts.personal } : { user: opts.user ?? defaultUser() }),
    appVersion: APP_VERSION,
    transport: opts.transport ?? 'browser-host',
  });
}

/** Runs fn with the store open, and always closes it. */
export async function withStore<T>(dataDir: string, fn: (store: Store) => T | Promise<T>): Promise<T> {
  const store = openStore(dataDir);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/**
 * The context a command acts in, as one more caller of the API: the person of the data folder
 * (the browser host's settings file there), named by `--as` where given, with the role `--role`
 * or $CPOR_ROLE gives, else the person's own (docs/cli.md "Who acts").
 */
export function cliContext(store: Store, run: Pick<CommandRun, 'dataDir' | 'now' | 'role'>, as?: string): ServiceContext {
  const saved = jsonFileBackend(run.dataDir).load();
  const person = { ...saved, ...(as ? { identity: as } : {}), ...(run.role ? { role: run.role } : {}) };
  return storeContext(store, {
    now: run.now,
    personal: personalSettings(memoryBackend(person), { identity: defaultUser() }),
    appVersion: APP_VERSION,
    transport: 'browser-host',
  });
}

/**
 * Who acts at the desk in this run. A store joined to a team hub acts as its hub token's person (the
 * hub takes changes in no other name): `--as` may name them or be left out, and another name is
 * refused here, at once, rather than by the hub at the next sync.
 */
export function deskActor(store: Store, as: string | undefined, what: string): string {
  const identity = hubIdentity(store.db);
  if (identity) {
    if (as !== undefined && as !== identity.name) {
      throw new UsageError(`this store acts on the team hub as ${identity.name} (its hub token's person), so the hub would refuse --as "${as}": leave --as out or give --as "${identity.name}"`);
    }
    return identity.name;
  }
  const actor = ActorSchema.safeParse(as ?? '');
  if (!actor.success) throw new UsageError(`--as NAME is required: ${what}`);
  return actor.data;
}

/**
 * One call through the API's one door (dispatch: the contract's input schema, the role table,
 * the service, its refusals), as Electron and the browser host make it. A refusal ends the
 * command with exit 1 and the service's one line.
 */
export async function callApi<M extends Method>(ctx: ServiceContext, method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await dispatch(createHandlers(ctx), method, input);
  if (!result.ok) throw new RefusedError(result.error.message);
  return result.value;
}


/**
 * For the commands that do an API method's work on files rather than bytes (export to a file,
 * backup to a file, restore from one, a sync round with its own options): the same role rule the
 * method has at the one door, so a role refused there is refused here in the same words.
 */
export function mayDo(role: Role, method: Method): void {
  const refused = methodRefusal(role, method);
  if (refused) throw new RefusedError(refused.reason);
}

/** The role a command without a store acts in: `--role`/$CPOR_ROLE, else the data folder's person's, else the default. */
export function runRole(run: Pick<CommandRun, 'dataDir' | 'role'>): Role {
  return run.role ?? personalSettings(jsonFileBackend(run.dataDir), { identity: defaultUser() }).current().role;
}
