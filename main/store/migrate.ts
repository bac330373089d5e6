// Ordered migrations keyed by PRAGMA user_version, all pending ones in one transaction.
import type Database from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}

export class NewerDatabaseError extends Error {
  constructor(found: number, known: number) {
    super(
      `this store was written by a newer version of the workstation (schema ${found}, this build knows up to ${known}); ` +
        'update the workstation or open another data folder',
    );
    this.name = 'NewerDatabaseError';
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database.Database, migrations: readonly Migration[], target?: number): number {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const known = sorted.length;
  const goal = target ?? known;
  const current = schemaVersion(db);
  if (current > known) throw new NewerDatabaseError(current, known);
  if (current >= goal) return current;
  db.transaction(() => {
    for (const m of sorted) {
      if (m.version <= current || m.version > goal) continue;
      m.up(db);
    }
    db.pragma(`user_version = ${goal}`);
  }).immediate();
  return goal;
}
