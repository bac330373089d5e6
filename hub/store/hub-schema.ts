// The hub's own schema in PostgreSQL, as ordered migrations recorded in hub_migrations. Several
// hub processes may start at once against one database: a transaction-scoped advisory lock lets
// one migrate while the others wait, then find nothing left to do.
import type { HubClient } from './hub-db';
import { UPDATED_FIELD_NAMES } from '../../shared/api/hub-intents';

export interface HubMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Work SQL says badly (reshaping JSON documents), run after `sql` in the same transaction. */
  readonly run?: (client: HubClient) => Promise<void>;
}

type Json = Record<string, unknown>;

/** Migration 6: a claim's fields in the protocol's own words, in every snapshot and kept conflict (the old words are the history's: hub-intents.ts). */
const RENAMED: Readonly<Record<string, string>> = UPDATED_FIELD_NAMES;

function renamed(fields: unknown): unknown {
  if (!fields || typeof fields !== 'object') return fields;
  return Object.fromEntries(Object.entries(fields as Json).map(([k, v]) => [RENAMED[k] ?? k, v]));
}

function renamedChange(change: Json): Json {
  const create = change['create'] as Json | undefined;
  return { ...change, ...(change['set'] ? { set: renamed(change['set']) } : {}), ...(create ? { create: { ...create, claim: renamed(create['claim']) } } : {}) };
}

async function renameClaimFields(client: HubClient): Promise<void> {
  const { rows } = await client.query<{ claim_id: string; snapshot: Json }>('SELECT claim_id, snapshot FROM hub_claims');
  for (const r of rows) {
    const conflicts = (r.snapshot['conflicts'] as Json[] | undefined) ?? [];
    const snapshot = { ...r.snapshot, claim: renamed(r.snapshot['claim']), conflicts: conflicts.map((c) => ({ ...c, change: renamedChange(c['change'] as Json) })) };
    await client.query('UPDATE hub_claims SET snapshot = $1::jsonb WHERE claim_id = $2', [JSON.stringify(snapshot), r.claim_id]);
  }
}

export const HUB_MIGRATIONS: readonly HubMigration[] = [
  {
    version: 1,
    name: 'tokens',
    // A token is stored only as its SHA-256: the database never holds one a thief could replay.
    sql: `
      CREATE TABLE hub_tokens (
        id bigserial PRIMARY KEY,
        name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (role IN ('reviewer', 'team-lead', 'auditor')),
        token_sha256 text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );`,
  },
  {
    version: 2,
    name: 'changes',
    // The team's changes in one order (seq). change_id makes a retried push a no-op.
    sql: `
      CREATE TABLE hub_changes (
        seq bigserial PRIMARY KEY,
        change_id text NOT NULL UNIQUE,
        claim_id text NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        base_version integer NOT NULL,
        created_at timestamptz NOT NULL,
        author text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX hub_changes_by_claim ON hub_changes (claim_id, seq);`,
  },
  {
    version: 3,
    name: 'claims',
    // Each claim as the team holds it: its canonical snapshot (history chained by the hub) and its
    // version. updated_seq orders claims by their last update, committed in order under the push
    // lock: it is the pull cursor. A pushed change keeps its outcome, so a retry answers the same.
    sql: `
      CREATE SEQUENCE hub_claim_updates;
      CREATE TABLE hub_claims (
        claim_id text PRIMARY KEY,
        version integer NOT NULL,
        decided_version integer NOT NULL,
        snapshot jsonb NOT NULL,
        updated_seq bigint NOT NULL UNIQUE
      );
      ALTER TABLE hub_changes ADD COLUMN outcome text NOT NULL DEFAULT 'applied', ADD COLUMN claim_version integer NOT NULL DEFAULT 0;
      CREATE TABLE hub_files (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        media_type text NOT NULL,
        bytes bytea NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE hub_leases (
        claim_id text PRIMARY KEY,
        holder text NOT NULL,
        taken_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );`,
  },
  {
    version: 4,
    name: 'token-last-used',
    // When a token was last used, written at most once a minute (hub-auth), so a team lead can see
    // a token nobody uses any more. created_at loses its default: the hub writes it from its own
    // clock, so an insert that forgets it fails instead of taking the database's time.
    sql: `
      ALTER TABLE hub_tokens ADD COLUMN last_used_at timestamptz;
      ALTER TABLE hub_tokens ALTER COLUMN created_at DROP DEFAULT;`,
  },
  {
    version: 5,
    name: 'refusals-and-workstations',
    // A change the rules refused keeps its reason, so a retry answers the same. A workstation's name
    // (the first part of its change ids) belongs to the token that first pushed under it: another
    // token cannot take over its ids, nor pre-empt the changes it has not sent yet. payload_sha
    // tells a retried change (same bytes) from another change sent under a used id.
    sql: `
      ALTER TABLE hub_changes ADD COLUMN reason jsonb, ADD COLUMN payload_sha text;
      CREATE TABLE hub_workstations (
        name text PRIMARY KEY,
        author text NOT NULL,
        first_seen_at timestamptz NOT NULL
      );
      INSERT INTO hub_workstations (name, author, first_seen_at)
        SELECT DISTINCT ON (split_part(change_id, ':', 1)) split_part(change_id, ':', 1), author, received_at
        FROM hub_changes ORDER BY split_part(change_id, ':', 1), seq;`,
  },
  {
    version: 6,
    name: 'claim-field-names',
    // The protocol names a claim's fields in its own words (partnerMpnId), never a store's columns:
    // every snapshot and kept conflict is renamed; hub_changes keeps each change as it was received.
    sql: '',
    run: renameClaimFields,
  },
  {
    version: 7,
    name: 'team-settings',
    // The team's settings (business calendar, policy adoption): one row, absent until a team lead
    // sets them, its version counting the changes. Every change is appended to the audit, with who
    // made it in which role, when (the hub's clock: no column takes the database's time) and the
    // values before and after; triggers refuse to update, delete or empty the audit.
    sql: `
      CREATE TABLE hub_team_settings (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version integer NOT NULL CHECK (version > 0),
        region text NOT NULL CHECK (length(region) BETWEEN 1 AND 24),
        time_zone text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
        closing text NOT NULL CHECK (closing ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        policy text NOT NULL,
        policy_from text NOT NULL CHECK (policy_from ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL
      );
      CREATE TABLE hub_team_settings_audit (
        version integer PRIMARY KEY CHECK (version > 0),
        set_by text NOT NULL,
        set_by_role text NOT NULL,
        set_at timestamptz NOT NULL,
        old_settings jsonb,
        new_settings jsonb NOT NULL
      );
      CREATE FUNCTION hub_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% on % refused: the audit is append-only', TG_OP, TG_TABLE_NAME;
      END $$;
      CREATE TRIGGER hub_team_settings_audit_kept BEFORE UPDATE OR DELETE ON hub_team_settings_audit
        FOR EACH ROW EXECUTE FUNCTION hub_audit_is_append_only();
      CREATE TRIGGER hub_team_settings_audit_not_emptied BEFORE TRUNCATE ON hub_team_settings_audit
        FOR EACH STATEMENT EXECUTE FUNCTION hub_audit_is_append_only();`,
  },
];

/** Any 64-bit number the hub alone uses, so its lock cannot meet another application's. */
const MIGRATION_LOCK = 0x43504f52_48554231n; // "CPORHUB1"

export interface MigrateResult {
  readonly from: number;
  readonly to: number;
  readonly applied: readonly string[];
}

export async function migrateHub(client: HubClient, migrations: readonly HubMigration[] = HUB_MIGRATIONS): Promise<MigrateResult> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
    await client.query(`CREATE TABLE IF NOT EXISTS hub_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM hub_migrations');
    const from = rows[0]?.version ?? 0;
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (from > known) throw new Error(`the hub database was migrated by a newer hub (schema ${from}, this build knows up to ${known})`);
    const applied: string[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= from) continue;
      if (m.sql) await client.query(m.sql);
      if (m.run) await m.run(client);
      await client.query('INSERT INTO hub_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(`${m.version}-${m.name}`);
    }
    await client.query('COMMIT');
    return { from, to: Math.max(from, known), applied };
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}
