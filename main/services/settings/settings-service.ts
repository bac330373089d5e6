// settings.get and settings.update: the person's settings (PersonalSettingsSource) and the team's
// (the store's settings table: business calendar, active policy) behind one API. Everything in a
// change is checked before anything is written; a calendar change recomputes every stored
// deadline in the same transaction (sla-recompute.ts), never a second copy of the calendar.
import type { IssueCode, IssueParams } from '../../../shared/api/input-issue';
import type { Settings, SettingsUpdate, SettingsUpdateResult, SettingsView } from '../../../shared/api/schemas';
import { DomainError } from '../../../shared/api/result';
import { type CalendarConfig, calendarFieldProblem } from '../../../shared/domain/calendar';
import { adoptionFieldProblem } from '../../../shared/domain/policy';
import { teamSettingRefusal } from '../../../shared/domain/roles';
import { storedAdoption, storedCalendar, writeAdoption } from '../../store/settings-table';
import type { ServiceContext } from '../context';
import { changeCalendar } from '../sla-recompute';
import { settingsChoices } from './choices';
import { dataFolderProblem } from './data-folder';

/** Only the desktop app chooses its data folder; the browser host serves the folder it was started on. */
export function dataFolderChangeable(ctx: Pick<ServiceContext, 'transport'>): boolean {
  return ctx.transport === 'electron';
}

export function readSettings(ctx: ServiceContext): Settings {
  const person = ctx.personal.current();
  const { db, dataDir } = ctx.store;
  const adoption = storedAdoption(db);
  const changeable = dataFolderChangeable(ctx);
  return {
    identity: person.identity,
    role: person.role,
    theme: person.theme,
    language: person.language,
    calendar: { ...storedCalendar(db).calendar },
    policy: { active: adoption.policy, from: adoption.from },
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

function checkedCalendar(ctx: ServiceContext, change: NonNullable<SettingsUpdate['calendar']>): Partial<CalendarConfig> {
  const given = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as Partial<CalendarConfig>;
  const problem = calendarFieldProblem({ ...storedCalendar(ctx.store.db).calendar, ...given });
  if (problem) throw refused(['calendar', problem.field], problem);
  return given;
}

export function updateSettings(ctx: ServiceContext, change: SettingsUpdate): SettingsUpdateResult {
  checkTeamRole(ctx, change);
  const calendar = change.calendar ? checkedCalendar(ctx, change.calendar) : null;
  if (change.policy) {
    const problem = adoptionFieldProblem({ policy: change.policy.active, from: change.policy.from });
    // The adoption's policy is the change's `active`.
    if (problem) throw refused(['policy', problem.field === 'policy' ? 'active' : problem.field], problem);
  }
  if (change.dataFolder !== undefined) {
    if (!dataFolderChangeable(ctx)) {
      const problem = 'the browser host serves the folder it was started with; start it with "--data DIR" to use another';
      throw refused(['dataFolder'], { code: 'not-changeable', params: {}, problem });
    }
    const problem = dataFolderProblem(change.dataFolder);
    if (problem) throw refused(['dataFolder'], problem);
  }

  let deadlines: SettingsUpdateResult['deadlines'] = null;
  if (calendar || change.policy) {
    const { db } = ctx.store;
    db.transaction(() => {
      if (calendar) {
        const { claims, changed } = changeCalendar(ctx.store, calendar);
        deadlines = { claims, changed };
      }
      if (change.policy) writeAdoption(db, { policy: change.policy.active, from: change.policy.from });
    }).immediate();
  }
  const { identity, role, theme, language, dataFolder } = change;
  if ([identity, role, theme, language, dataFolder].some((v) => v !== undefined)) {
    ctx.personal.change({ identity, role, theme, language, dataFolder });
  }
  return { settings: readSettings(ctx), deadlines };
}
