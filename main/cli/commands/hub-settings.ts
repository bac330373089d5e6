// `cpor hub settings`: the team's business calendar and policy adoption on the team hub, read with
// any token and set with a team lead's, through the hub's own route (GET and PUT /v1/settings), so
// the hub's rules decide: its role check, its validation, its audit of every change.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TeamSettings } from '../../../shared/api/team-settings';
import { calendarFieldProblem } from '../../../shared/domain/calendar';
import { POLICY_IDS } from '../../../shared/domain/codes';
import { adoptionFieldProblem } from '../../../shared/domain/policy';
import { DEFAULT_TEAM_SETTINGS, type TeamSettingsChange } from '../../../shared/domain/team-settings';
import { hubApi, type HubAddress, HubRefused, HubUnreachable } from '../../services/sync/hub-client';
import { hubAddress } from '../../services/sync/sync-settings';
import { ownerOnlyFileVault } from '../../services/sync/token-vault';
import { openStore, STORE_FILE } from '../../store/open';
import { type CommandRun, oneOf, RefusedError, str, takesOnly, UsageError } from '../command';
import { chosenHub } from './hub-address';

export const SETTINGS_FLAGS = ['region', 'tz', 'time-zone', 'closing', 'policy', 'policy-from'] as const;

/** The hub the data folder saved, if it has a store (none is made to look). */
function savedHub(dataDir: string): HubAddress | null {
  if (!existsSync(join(dataDir, STORE_FILE))) return null;
  const store = openStore(dataDir);
  try {
    return hubAddress(store.db, ownerOnlyFileVault(dataDir));
  } finally {
    store.close();
  }
}

/** The change the flags ask for; each value checked as the hub checks it, a bad one a usage error. Null: no flag, a read. */
function changeOf(values: CommandRun['values']): TeamSettingsChange | null {
  const tz = str(values, 'tz');
  const timeZone = str(values, 'time-zone');
  if (tz !== undefined && timeZone !== undefined) throw new UsageError('give the time zone once: --tz ZONE (or --time-zone ZONE)');
  const calendar = { region: str(values, 'region'), timeZone: tz ?? timeZone, closing: str(values, 'closing') };
  const policy = str(values, 'policy');
  const from = str(values, 'policy-from');
  if ((policy === undefined) !== (from === undefined)) throw new UsageError('a policy is adopted from a day: give --policy ID and --policy-from YYYY-MM-DD together');
  const calendarGiven = Object.values(calendar).some((v) => v !== undefined);
  if (!calendarGiven && policy === undefined) return null;
  const problem = calendarFieldProblem({ ...DEFAULT_TEAM_SETTINGS.calendar, ...Object.fromEntries(Object.entries(calendar).filter(([, v]) => v !== undefined)) });
  if (problem) throw new UsageError(problem.problem);
  const adoption = policy !== undefined && from !== undefined ? { active: oneOf(policy, POLICY_IDS, 'policy'), from } : undefined;
  const adoptionProblem = adoption ? adoptionFieldProblem({ policy: adoption.active, from: adoption.from }) : null;
  if (adoptionProblem) throw new UsageError(adoptionProblem.problem);
  return { ...(calendarGiven ? { calendar } : {}), ...(adoption ? { policy: adoption } : {}) };
}

function describe(hubUrl: string, s: TeamSettings | null): string {
  if (!s) return `the team hub at ${hubUrl} has no team settings yet: each workstation keeps its own calendar and policy (a team lead sets the team's with cpor hub settings --region ... --tz ... --closing ...)`;
  return [
    `team settings on ${hubUrl}, version ${s.version}, set by ${s.setBy} at ${s.setAt}:`,
    `  business calendar  ${s.calendar.region}, ${s.calendar.timeZone}, closing ${s.calendar.closing}`,
    `  policy             ${s.policy.active} for claims submitted from ${s.policy.from}`,
  ].join('\n');
}

export async function hubSettings(run: CommandRun): Promise<number> {
  takesOnly(run, 'hub settings', ['hub', 'token', ...SETTINGS_FLAGS, 'json']);
  const change = changeOf(run.values);
  const hub = chosenHub(run.values, () => savedHub(run.dataDir));
  try {
    if (!change) {
      const settings = await hubApi.teamSettings(hub);
      run.io.out(run.values.json ? JSON.stringify({ hub: hub.url, settings }, null, 2) : describe(hub.url, settings));
      return 0;
    }
    const { settings, changed } = await hubApi.putTeamSettings(hub, {
      ...(change.calendar ? { calendar: Object.fromEntries(Object.entries(change.calendar).filter(([, v]) => v !== undefined)) } : {}),
      ...(change.policy ? { policy: change.policy } : {}),
    });
    run.io.out(
      run.values.json
        ? JSON.stringify({ hub: hub.url, settings, changed }, null, 2)
        : `${changed ? 'set' : 'unchanged (the team already has these values)'}; ${describe(hub.url, settings)}\nworkstations take them at their next sync round and recompute their deadlines`,
    );
    return 0;
  } catch (err) {
    if (err instanceof HubRefused) throw new RefusedError(`the team hub refused: ${err.message}`);
    if (err instanceof HubUnreachable) throw new RefusedError(err.message);
    throw err;
  }
}
