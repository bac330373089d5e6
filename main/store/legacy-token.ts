// Before tokens moved to the person's vault (services/sync/token-vault.ts) the hub token was a store
// setting, and so travelled in every backup. These take it out for good: secure_delete overwrites
// the row's bytes, so the file (and any later backup of it) keeps no trace of the token.
import Database from 'better-sqlite3';
import type { Db } from './db';
import { stmt } from './statements';

const LEGACY_KEY = 'hub.token';

/** The token a store from before the vault still holds, or undefined. */
export function legacyHubToken(db: Db): string | undefined {
  return stmt<[string], { value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(LEGACY_KEY)?.value;
}

export function eraseLegacyHubToken(db: Db): void {
  const was = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    stmt(db, 'DELETE FROM settings WHERE key = ?').run(LEGACY_KEY);
  } finally {
    db.pragma(`secure_delete = ${was ? 'ON' : 'OFF'}`);
  }
  // The page as it was, token and all, is still in the write-ahead log until a checkpoint empties it
  // (a no-op while a reader holds it: the next one will).
  if (!db.inTransaction) db.pragma('wal_checkpoint(TRUNCATE)');
}

/** A backup's copy of the database, before it is zipped: no token in it, whatever the store held. */
export function eraseLegacyHubTokenFromCopy(file: string): void {
  const copy = new Database(file);
  try {
    eraseLegacyHubToken(copy);
  } finally {
    copy.close();
  }
}
