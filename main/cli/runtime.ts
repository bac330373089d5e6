// Opening the store and building the service context for one CLI run.
import { defaultUser } from '../config/paths';
import { APP_VERSION } from '../config/version';
import { type ServiceContext, storeContext } from '../services/context';
import type { LiveStore } from '../services/live-store';
import type { PersonalSettingsSource } from '../services/settings/personal-settings';
import { openStore, type Store } from '../store/open';
import { UsageError } from './command';

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
