// PUT /v1/settings: a team lead changes the team's business calendar or policy adoption. The
// change is checked by the rule the workstation's Settings use (shared/domain/team-settings.ts)
// against the hub's current settings (the defaults while it has none), stamped with the caller's
// name and the hub's clock, and audited (store/hub-settings.ts).
import type { TeamSettings, TeamSettingsChange } from '../shared/api/team-settings';
import { changedTeamSettings, DEFAULT_TEAM_SETTINGS, sameTeamSettings } from '../shared/domain/team-settings';
import type { HubCaller } from './hub-auth';
import { HubRefusal } from './store/hub-claims';
import type { HubDb } from './store/hub-db';
import { changeTeamSettings } from './store/hub-settings';

export function putTeamSettings(db: HubDb, caller: HubCaller, change: TeamSettingsChange, now: Date): Promise<{ settings: TeamSettings; changed: boolean }> {
  return changeTeamSettings(db, caller, now, (current) => {
    const version = current?.version ?? 0;
    if (change.expectedVersion !== undefined && change.expectedVersion !== version) {
      const which = current ? `version ${version}, set by ${current.setBy} at ${current.setAt}` : 'not set yet';
      throw new HubRefusal(409, 'settings-changed', `the team's settings changed meanwhile (${which}; the change was made on version ${change.expectedVersion}): read them again`);
    }
    const outcome = changedTeamSettings(current ?? DEFAULT_TEAM_SETTINGS, change);
    if (!outcome.ok) throw new HubRefusal(400, 'invalid-input', `${outcome.problem.path.join('.')}: ${outcome.problem.problem}`);
    // The same values again change nothing and add nothing to the audit.
    return current && sameTeamSettings(current, outcome.value) ? null : outcome.value;
  });
}
