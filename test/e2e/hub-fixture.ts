// For specs that join the workstation under test to a team hub: one throw-away PostgreSQL server
// for the spec file, a database per test and `cpor hub` processes on it, all stopped after.
import { type HubProcess, startHubProcess } from '../fixtures/hub-process';
import { type PgServer, startPostgres } from '../fixtures/postgres';
import { test } from './host-fixture';

export interface SpecHubs {
  /** A fresh database on the spec's server: its connection string. */
  database(name: string): Promise<string>;
  /** A hub process serving the database, stopped when the spec ends. */
  hub(databaseUrl: string): Promise<HubProcess>;
}

/** Call at the top of a spec file: registers the server's start and the clean-up. */
export function hubsForSpec(): SpecHubs {
  let pg: PgServer | null = null;
  const hubs: HubProcess[] = [];
  test.beforeAll(async () => {
    test.slow();
    pg = await startPostgres();
  });
  test.afterAll(async () => {
    for (const hub of hubs) {
      hub.proc.kill('SIGTERM');
      await new Promise((r) => hub.proc.once('exit', r));
    }
    await pg?.stop();
  });
  return {
    database: (name) => {
      if (!pg) throw new Error('the spec\'s PostgreSQL server has not started');
      return pg.createDatabase(name);
    },
    async hub(databaseUrl) {
      const hub = await startHubProcess(databaseUrl);
      hubs.push(hub);
      return hub;
    },
  };
}
