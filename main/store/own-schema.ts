// Is a store's schema the one this build's migrations make? A store file is data from outside as
// soon as it comes from a backup or another folder: a trigger or view inside it is code that runs
// on every later write (rewriting comments, emptying the outbox) while every check still passes.
// So opening a store compares its tables, indexes, triggers and views, by name and by their SQL,
// with a store the migrations build in memory, and refuses anything else.
import Database from 'better-sqlite3';
import type { Db } from './db';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

interface SchemaRow {
  readonly type: string;
  readonly name: string;
  readonly tbl_name: string;
  readonly sql: string | null;
}

/** `trigger "x" on comments` → normalized SQL. SQLite's own objects (sqlite_stat1 from upkeep, autoindexes) are left out. */
function schemaOf(db: Db): Map<string, string> {
  const rows = db
    .prepare<[], SchemaRow>("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name")
    .all();
  return new Map(rows.map((r) => [`${r.type} "${r.name}" on ${r.tbl_name}`, (r.sql ?? '').replace(/\s+/g, ' ').trim()]));
}

const expected = new Map<number, Map<string, string>>();

/** The schema a fresh store has at `version` (built once per process and version, in memory). */
function ownSchema(version: number): Map<string, string> {
  let schema = expected.get(version);
  if (!schema) {
    const mem = new Database(':memory:');
    try {
      migrate(mem, MIGRATIONS, version);
      schema = schemaOf(mem);
      expected.set(version, schema);
    } finally {
      mem.close();
    }
  }
  return schema;
}

/**
 * What differs from the app's own schema at `version` (the latest by default), one phrase each
 * ("extra trigger "t" on comments"); empty when none.
 */
export function schemaDifferences(db: Db, version = MIGRATIONS.length): string[] {
  const own = ownSchema(version);
  const found = schemaOf(db);
  const out: string[] = [];
  for (const [key, sql] of found) {
    const mine = own.get(key);
    if (mine === undefined) out.push(`extra ${key}`);
    else if (mine !== sql) out.push(`changed ${key}`);
  }
  for (const key of own.keys()) if (!found.has(key)) out.push(`missing ${key}`);
  return out;
}

export class ForeignSchemaError extends Error {
  override name = 'ForeignSchemaError';

  constructor(readonly differences: readonly string[]) {
    const shown = differences.slice(0, 3).join(', ');
    const more = differences.length > 3 ? ` and ${differences.length - 3} more` : '';
    super(
      `this store's schema is not the workstation's own (${shown}${more}): it was changed outside the workstation and is not opened, ` +
        'since what it adds would run on every change; restore a backup or open another data folder',
    );
  }
}

export function assertOwnSchema(db: Db, version = MIGRATIONS.length): void {
  const differences = schemaDifferences(db, version);
  if (differences.length) throw new ForeignSchemaError(differences);
}
