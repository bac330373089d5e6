// The team's settings on a workstation that syncs with a team hub. Each sync round fetches them
// (sync-round.ts) and keeps them in the store: from then on they are the calendar every deadline
// is computed in and the policy adoption every import follows, and every stored deadline is
// recomputed in the same transaction when the calendar in force changes. A team lead's change in
// Settings goes to the hub (PUT /v1/settings) and is kept here as the hub answered it. Leaving the
// hub gives the store its own settings back.
import { DomainError } from '../../../shared/api/result';
import type { TeamSettings } from '../../../shared/api/team-settings';
import type { CalendarConfig } from '../../../shared/domain/calendar';
import { sameCalendar, sameTeamSettings, type TeamSettingsChange, type TeamSettingsValues } from '../../../shared/domain/team-settings';
import type { Db } from '../../store/open';
import { hubTeamSettings, readCalendar, storedAdoption, storedCalendar, writeHubTeamSettings } from '../../store/settings-table';
import { recomputeIn } from '../sla-recompute';
import { hubApi, type HubAddress, HubRefused, HubUnreachable } from './hub-client';

export interface TeamSettingsAdoption {
  /** The hub's version in force here now, or null when the store's own settings are. */
  readonly version: number | null;
  /** Whether anything changed here: the values, or who set them. */
  readonly changed: boolean;
  /** Claims whose deadlines were looked at again (0 when the calendar in force stayed), and how many moved. */
  readonly claims: number;
  readonly deadlines: number;
}

/** The store's own calendar and policy adoption, in force while no team hub sets them. */
export function localTeamValues(db: Db): TeamSettingsValues {
  const adoption = storedAdoption(db);
  return { calendar: storedCalendar(db).calendar, policy: { active: adoption.policy, from: adoption.from } };
}

/** The calendar and the policy in force here, and the hub's stamp when the hub sets them. */
export function teamValuesInForce(db: Db): { readonly values: TeamSettingsValues; readonly hub: TeamSettings | null } {
  const hub = hubTeamSettings(db);
  return { values: hub ?? localTeamValues(db), hub };
}

const sameStamp = (a: TeamSettings, b: TeamSettings) => a.version === b.version && a.setBy === b.setBy && a.setAt === b.setAt && sameTeamSettings(a, b);

function calendarOrNull(db: Db): CalendarConfig | null {
  try {
    return readCalendar(db);
  } catch {
    return null;
  }
}

/**
 * Keeps the hub's settings (null: forgets them; the store's own apply again) and, when the
 * calendar in force changes, recomputes every stored deadline: one transaction.
 */
export function adoptTeamSettings(db: Db, settings: TeamSettings | null): TeamSettingsAdoption {
  return db.transaction((): TeamSettingsAdoption => {
    let before: TeamSettings | null | 'damaged';
    try {
      before = hubTeamSettings(db);
    } catch {
      before = 'damaged';
    }
    const version = settings?.version ?? null;
    if (before !== 'damaged' && (before === settings || (before && settings && sameStamp(before, settings)))) return { version, changed: false, claims: 0, deadlines: 0 };
    const calendarBefore = calendarOrNull(db);
    writeHubTeamSettings(db, settings);
    const calendar = readCalendar(db);
    const moved = calendarBefore && sameCalendar(calendarBefore, calendar) ? { claims: 0, changed: 0 } : recomputeIn(db, calendar);
    return { version, changed: true, claims: moved.claims, deadlines: moved.changed };
  }).immediate();
}

/** A sync round's first step of the pull: the team's settings as the hub holds them now. */
export async function pullTeamSettings(db: Db, hub: HubAddress): Promise<TeamSettingsAdoption> {
  return adoptTeamSettings(db, await hubApi.teamSettings(hub));
}

/**
 * A team lead's change of the calendar or the policy on a workstation joined to a hub: sent to
 * the hub on the version this workstation last fetched, and kept as the hub answered. When the hub
 * has none yet, the team's settings start as this store's own with the change made. Offline, or
 * refused, nothing changes; when another team lead changed them meanwhile, theirs are fetched and
 * the change is refused, to be made again on them.
 */
export async function changeTeamSettingsOnHub(db: Db, hub: HubAddress, change: TeamSettingsChange): Promise<TeamSettingsAdoption> {
  const known = hubTeamSettings(db);
  const given = Object.fromEntries(Object.entries(change.calendar ?? {}).filter(([, v]) => v !== undefined));
  const local = localTeamValues(db);
  const body = known
    ? { ...(change.calendar ? { calendar: given } : {}), ...(change.policy ? { policy: change.policy } : {}), expectedVersion: known.version }
    : { calendar: { ...local.calendar, ...given }, policy: change.policy ?? local.policy, expectedVersion: 0 };
  let answer;
  try {
    answer = await hubApi.putTeamSettings(hub, body);
  } catch (err) {
    if (err instanceof HubUnreachable) {
      throw new DomainError('unavailable', `the team's calendar and policy change only on the team hub, which cannot be reached: nothing was changed (${err.message})`, {
        key: 'team-settings-offline',
        params: { detail: err.message },
      });
    }
    if (!(err instanceof HubRefused)) throw err;
    if (err.status === 409) {
      const fresh = await hubApi.teamSettings(hub).catch(() => undefined);
      if (fresh !== undefined) adoptTeamSettings(db, fresh);
      throw new DomainError('conflict', err.message, fresh ? { key: 'team-settings-changed', params: { name: fresh.setBy, setAt: fresh.setAt } } : { key: 'hub-refused', params: { detail: err.message } });
    }
    const code = err.status === 401 || err.status === 403 ? 'forbidden' : err.status === 400 ? 'invalid-input' : 'conflict';
    throw new DomainError(code, `the team hub refused: ${err.message}`, { key: 'hub-refused', params: { detail: err.message } });
  }
  return adoptTeamSettings(db, answer.settings);
}
