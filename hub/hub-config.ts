// Where the hub's PostgreSQL is: --database, else CPOR_HUB_DATABASE_URL, else a JSON config file
// ({ "databaseUrl": "postgres://..." }) named by --config or CPOR_HUB_CONFIG. The hub keeps no state
// of its own, so this is all any hub process needs to serve the team's database.
import { readFileSync } from 'node:fs';

export class HubConfigError extends Error {
  override name = 'HubConfigError';
}

export interface HubConfigSources {
  readonly database?: string | undefined;
  readonly config?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}

function fromFile(file: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new HubConfigError(`cannot read the hub config ${file}: ${(err as Error).message}`);
  }
  const url = (parsed as { databaseUrl?: unknown } | null)?.databaseUrl;
  if (typeof url !== 'string' || !url) throw new HubConfigError(`the hub config ${file} has no "databaseUrl"`);
  return url;
}

/** The PostgreSQL connection string, checked to be one. */
export function hubDatabaseUrl(sources: HubConfigSources): string {
  const configFile = sources.config ?? sources.env.CPOR_HUB_CONFIG;
  const url = sources.database ?? sources.env.CPOR_HUB_DATABASE_URL ?? (configFile ? fromFile(configFile) : undefined);
  if (!url) {
    throw new HubConfigError('no hub database: pass --database postgres://..., set CPOR_HUB_DATABASE_URL, or name a config file with --config');
  }
  if (!/^postgres(ql)?:\/\//.test(url)) throw new HubConfigError('the hub database must be a postgres:// connection string');
  return url;
}
