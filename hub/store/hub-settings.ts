// The team's settings in PostgreSQL (hub_team_settings, one row) and the audit of every change
// (hub_team_settings_audit, append-only). A change is decided and written under one advisory lock,
// so two team leads changing them at once through two hub processes get two versions, in turn.
import type pg from 'pg';
import type { TeamSettings } from '../../shared/api/team-settings';
import type { PolicyId } from '../../shared/domain/codes';
import type { Role } from '../../shared/domain/roles';
import type { TeamSettingsValues } from '../../shared/domain/team-settings';
import { type HubClient, type HubDb, inLockedTransaction } from './hub-db';

const SETTINGS_LOCK = 0x43504f52_53455453n; // "CPORSETS"

interface SettingsRow {
  version: number;
  region: string;
  time_zone: string;
  closing: string;
  policy: string;
  policy_from: string;
  set_by: string;
  set_at: Date;
}

const fromRow = (r: SettingsRow): TeamSettings => ({
  calendar: { region: r.region, timeZone: r.time_zone, closing: r.closing },
  policy: { active: r.policy as PolicyId, from: r.policy_from },
  version: r.version,
  setBy: r.set_by,
  setAt: r.set_at.toISOString(),
});

/** The values alone, as the audit keeps them. */
const valuesOf = (s: TeamSettingsValues): TeamSettingsValues => ({ calendar: { ...s.calendar }, policy: { ...s.policy } });

/** The team's settings, or null while no team lead has set them. */
export async function readTeamSettings(db: HubDb | HubClient): Promise<TeamSettings | null> {
  const { rows } = await db.query<SettingsRow>('SELECT version, region, time_zone, closing, policy, policy_from, set_by, set_at FROM hub_team_settings');
  return rows[0] ? fromRow(rows[0]) : null;
}

export interface SettingsWriter {
  readonly name: string;
  readonly role: Role;
}

/**
 * Changes the team's settings: `decide` is given the current ones (null: none yet) under the lock
 * and returns the new values, or null to change nothing; it may throw to refuse. A change is
 * written as the next version and appended to the audit with the values before and after.
 */
export function changeTeamSettings(
  db: HubDb,
  who: SettingsWriter,
  at: Date,
  decide: (current: TeamSettings | null) => TeamSettingsValues | null,
): Promise<{ settings: TeamSettings; changed: boolean }> {
  return inLockedTransaction(db, SETTINGS_LOCK, async (client: pg.PoolClient) => {
    const current = await readTeamSettings(client);
    const next = decide(current);
    if (!next) {
      if (!current) throw new Error('changeTeamSettings: nothing to keep on a hub without settings');
      return { settings: current, changed: false };
    }
    const version = (current?.version ?? 0) + 1;
    const { rows } = await client.query<SettingsRow>(
      `INSERT INTO hub_team_settings (singleton, version, region, time_zone, closing, policy, policy_from, set_by, set_at)
       VALUES (true, $1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (singleton) DO UPDATE SET version = excluded.version, region = excluded.region, time_zone = excluded.time_zone,
         closing = excluded.closing, policy = excluded.policy, policy_from = excluded.policy_from, set_by = excluded.set_by, set_at = excluded.set_at
       RETURNING version, region, time_zone, closing, policy, policy_from, set_by, set_at`,
      [version, next.calendar.region, next.calendar.timeZone, next.calendar.closing, next.policy.active, next.policy.from, who.name, at],
    );
    await client.query(
      `INSERT INTO hub_team_settings_audit (version, set_by, set_by_role, set_at, old_settings, new_settings)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [version, who.name, who.role, at, current ? JSON.stringify(valuesOf(current)) : null, JSON.stringify(valuesOf(next))],
    );
    return { settings: fromRow(rows[0]!), changed: true };
  });
}
