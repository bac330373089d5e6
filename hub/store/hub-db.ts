// The hub's connections to PostgreSQL: a pool for the service, one client for an administrative
// command. Every hub module reaches the database through this folder.
import pg from 'pg';

export type HubDb = pg.Pool;
export type HubClient = pg.ClientBase;

export interface PoolOptions {
  readonly max: number;
  readonly connectionTimeoutMillis?: number;
  /** An idle connection the server drops (a restart) is an event, not a crash of the hub. */
  readonly onError: (err: Error) => void;
}

export function openHubPool(databaseUrl: string, opts: PoolOptions): HubDb {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: opts.max, connectionTimeoutMillis: opts.connectionTimeoutMillis });
  pool.on('error', opts.onError);
  return pool;
}

export class HubDatabaseUnreachable extends Error {
  override name = 'HubDatabaseUnreachable';
}

/** One connection for one command (migrate, a token): opened, used, closed. */
export async function withHubClient<T>(databaseUrl: string, fn: (client: HubClient) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  // A connection error arrives as an event too; unhandled, it would end the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (err) {
    throw new HubDatabaseUnreachable(`cannot reach the hub database: ${(err as Error).message}`);
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A pooled client for work that must run on one connection (migrations under their lock). */
export async function withPooledClient<T>(db: HubDb, fn: (client: HubClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}

/**
 * Work in one transaction under a transaction-scoped advisory lock (`lock`: a 64-bit number one
 * kind of work alone uses), so hub processes on one database take turns: committed, or rolled
 * back on any error.
 */
export async function inLockedTransaction<T>(db: HubDb, lock: bigint, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    // One round trip for both (the lock is a number this code chose, never input): every push
    // waits on this lock, and each round trip held under it is one the whole team waits for.
    await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${BigInt.asIntN(64, lock).toString()})`);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** The health check's question: does the database answer? */
export async function pingDatabase(db: HubDb): Promise<void> {
  await db.query('SELECT 1');
}
