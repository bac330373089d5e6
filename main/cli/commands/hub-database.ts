// Which PostgreSQL database a `cpor hub` command works on, and one connection to it for a command.
import { HubConfigError, hubDatabaseUrl } from '../../../hub/hub-config';
import { HubDatabaseUnreachable, type HubClient, withHubClient } from '../../../hub/store/hub-db';
import { type CommandRun, RefusedError, str, UsageError } from '../command';

export function databaseUrl(values: CommandRun['values']): string {
  try {
    return hubDatabaseUrl({ database: str(values, 'database'), config: str(values, 'config'), env: process.env });
  } catch (err) {
    if (err instanceof HubConfigError) throw new UsageError(err.message);
    throw err;
  }
}

export async function withHubDatabase<T>(values: CommandRun['values'], fn: (client: HubClient) => Promise<T>): Promise<T> {
  try {
    return await withHubClient(databaseUrl(values), fn);
  } catch (err) {
    if (err instanceof HubDatabaseUnreachable) throw new RefusedError(err.message);
    throw err;
  }
}
