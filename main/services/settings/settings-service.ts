// settings.get and settings.update: the person's settings (PersonalSettingsSource) and the team's
// (business calendar, active policy) behind one API. The team's are the store's own (settings
// table) or, on a workstation joined to a team hub that has them, the hub's: a team lead's change
// then goes to the hub (sync/team-settings.ts) and the local ones cannot be changed. Everything in a
// change is checked before anything is written, by the rule the hub checks it with
// (shared/domain/team-settings.ts); a calendar change recomputes every stored deadline in the same
// transaction (sla-recompute.ts), never a second copy of the calendar.
import type { IssueCode, IssueParams } from '../../../shared/api/input-issue';
import type { Settings, SettingsUpdate, SettingsUpdateResult, SettingsView } from '../../../shared/api/schemas';
import { DomainError } from '../../../shared/api/result';
import { teamSettingRefusal } from '../../../shared/domain/roles';
import { changedTeamSettings } from '../../../shared/domain/team-settings';
import { writeAdoption } from '../../store/settings-table';
import type { ServiceContext } from '../context';
import { changeCalendar, refuseWhileHubSets } from '../sla-recompute';
import { hubAddress, hubSettings } from '../sync/sync-settings';
import { changeTeamSettingsOnHub, teamValuesInForce } from '../sync/team-settings';
import { settingsChoices } from './choices';
import { dataFolderProblem } from './data-folder';

/** Only the desktop app chooses its data folder; the browser host serves the folder it was started on. */
export function dataFolderChangeable(ctx: Pick<ServiceContext, 'transport'>): boolean {
  return ctx.transport === 'electron';
}

export function readSettings(ctx: ServiceContext): Settings {
  const person = ctx.personal.current();
  const { db, dataDir } = ctx.store;
  const { values, hub } = teamValuesInForce(db);
  const joined = hubSettings(db, ctx.tokenVault);
  const changeable = dataFolderChangeable(ctx);
  return {
    identity: person.identity,
    role: person.role,
    theme: person.theme,
    language: person.language,
    timeZoneDisplay: person.timeZoneDisplay,
    calendar: { ...values.calendar },
    policy: { ...values.policy },
    teamHub: {
      joined: Boolean(joined.url && joined.hasToken),
      hubUrl: joined.url,
      inForce: hub ? { version: hub.version, setBy: hub.setBy, setAt: hub.setAt } : null,
    },
    dataFolder: {
      current: dataDir,
      next: changeable && person.dataFolder && person.dataFolder !== dataDir ? person.dataFolder : null,
      changeable,
    },
    personalStore: ctx.personal.location,
  };
}

export function settingsView(ctx: ServiceContext): SettingsView {
  return { settings: readSettings(ctx), choices: settingsChoices() };
}

interface FieldProblem {
  readonly code: IssueCode;
  readonly params: IssueParams;
  readonly problem: string;
}

/** A value refused, naming its setting: "calendar.region: unknown holiday region …", and the same as an issue. */
function refused(path: readonly string[], { code, params, problem }: FieldProblem): DomainError {
  return new DomainError('invalid-input', `${path.join('.')}: ${problem}`, undefined, [{ path, code, params, message: problem }]);
}

/** The team's parts need the team lead's role; checked with the role held before this change. */
function checkTeamRole(ctx: ServiceContext, change: SettingsUpdate): void {
  for (const part of ['calendar', 'policy'] as const) {
    const refused = change[part] ? teamSettingRefusal(ctx.role, part) : null;
    if (refused) throw new DomainError('forbidden', refused.reason, refused.refusal);
  }
}

/** The team's part of a change checked against the values in force: the hub's, or this store's own. */
function checkTeamChange(ctx: ServiceContext, change: SettingsUpdate): void {
  if (!change.calendar && !change.policy) return;
  const outcome = changedTeamSettings(teamValuesInForce(ctx.store.db).values, { calendar: change.calendar, policy: change.policy });
  if (!outcome.ok) throw refused(outcome.problem.path, outcome.problem);
}

export async function updateSettings(ctx: ServiceContext, change: SettingsUpdate): Promise<SettingsUpdateResult> {
  checkTeamRole(ctx, change);
  checkTeamChange(ctx, change);
  if (change.dataFolder !== undefined) {
    if (!dataFolderChangeable(ctx)) {
      const problem = 'the browser host serves the folder it was started with; start it with "--data DIR" to use another';
      throw refused(['dataFolder'], { code: 'not-changeable', params: {}, problem });
    }
    const problem = dataFolderProblem(change.dataFolder);
    if (problem) throw refused(['dataFolder'], problem);
  }

  let deadlines: SettingsUpdateResult['deadlines'] = null;
  const { calendar, policy } = change;
  if (calendar || policy) {
    const { db } = ctx.store;
    const hub = hubAddress(db, ctx.tokenVault);
    if (hub) {
      const adopted = await changeTeamSettingsOnHub(db, hub, { calendar, policy });
      if (calendar) deadlines = { claims: adopted.claims, changed: adopted.deadlines };
    } else {
      db.transaction(() => {
        refuseWhileHubSets(db);
        if (calendar) {
          const { claims, changed } = changeCalendar(ctx.store, calendar);
          deadlines = { claims, changed };
        }
        if (policy) writeAdoption(db, { policy: policy.active, from: policy.from });
      }).immediate();
    }
  }
  const { identity, role, theme, language, timeZoneDisplay, dataFolder } = change;
  if ([identity, role, theme, language, timeZoneDisplay, dataFolder].some((v) => v !== undefined)) {
    ctx.personal.change({ identity, role, theme, language, timeZoneDisplay, dataFolder });
  }
  return { settings: readSettings(ctx), deadlines };
}
