// The team's settings as one value: the business calendar and the policy adoption (which policy
// judges claims submitted from which day). A change names some of them; the rest are kept. One
// rule checks a change wherever it is made: the workstation's Settings (settings-service.ts) and
// the team hub's PUT /v1/settings (hub/team-settings.ts), so both refuse the same values in the
// same words, naming the setting.
import { type CalendarConfig, calendarFieldProblem, DEFAULT_CALENDAR } from './calendar';
import type { PolicyId } from './codes';
import { adoptionFieldProblem, DEFAULT_ACTIVE_ADOPTION } from './policy';

/** The policy the team adopted and the first submission day (YYYY-MM-DD) it applies to, as Settings names them. */
export interface TeamPolicy {
  readonly active: PolicyId;
  readonly from: string;
}

export interface TeamSettingsValues {
  readonly calendar: CalendarConfig;
  readonly policy: TeamPolicy;
}

/** A change: the calendar's parts one by one, the policy as a whole. */
export interface TeamSettingsChange {
  readonly calendar?: Partial<CalendarConfig> | undefined;
  readonly policy?: TeamPolicy | undefined;
}

/** What a team has before anyone sets anything: the default calendar and the seed policy. */
export const DEFAULT_TEAM_SETTINGS: TeamSettingsValues = {
  calendar: DEFAULT_CALENDAR,
  policy: { active: DEFAULT_ACTIVE_ADOPTION.policy, from: DEFAULT_ACTIVE_ADOPTION.from },
};

/** A value refused, naming its setting (["calendar", "region"], ["policy", "from"]), with a code and its values (shared/api/input-issue.ts). */
export interface TeamSettingProblem {
  readonly path: readonly ['calendar', keyof CalendarConfig] | readonly ['policy', keyof TeamPolicy];
  readonly code: 'unknown' | 'invalid-format' | 'too-early';
  readonly params: Readonly<Record<string, string>>;
  readonly problem: string;
}

export type TeamSettingsOutcome = { readonly ok: true; readonly value: TeamSettingsValues } | { readonly ok: false; readonly problem: TeamSettingProblem };

/**
 * The settings `change` makes of `current`, or the first value refused. Only the parts the change
 * names are checked (the calendar as a whole once any of its parts is), so a damaged stored value
 * can be mended by setting it again.
 */
export function changedTeamSettings(current: TeamSettingsValues, change: TeamSettingsChange): TeamSettingsOutcome {
  const given = Object.fromEntries(Object.entries(change.calendar ?? {}).filter(([, v]) => v !== undefined)) as Partial<CalendarConfig>;
  const calendar: CalendarConfig = { ...current.calendar, ...given };
  const calendarProblem = change.calendar ? calendarFieldProblem(calendar) : null;
  if (calendarProblem) {
    const { field, code, params, problem } = calendarProblem;
    return { ok: false, problem: { path: ['calendar', field], code, params, problem } };
  }
  const policy = change.policy ? { active: change.policy.active, from: change.policy.from } : current.policy;
  const policyProblem = change.policy ? adoptionFieldProblem({ policy: policy.active, from: policy.from }) : null;
  if (policyProblem) {
    const { field, code, params, problem } = policyProblem;
    // The adoption's policy is the setting's `active`.
    return { ok: false, problem: { path: ['policy', field === 'policy' ? 'active' : field], code, params, problem } };
  }
  return { ok: true, value: { calendar, policy } };
}

/** Whether two settings say the same. */
export function sameTeamSettings(a: TeamSettingsValues, b: TeamSettingsValues): boolean {
  return (
    a.calendar.region === b.calendar.region &&
    a.calendar.timeZone === b.calendar.timeZone &&
    a.calendar.closing === b.calendar.closing &&
    a.policy.active === b.policy.active &&
    a.policy.from === b.policy.from
  );
}

/** Whether two calendars count the same business days and deadlines. */
export function sameCalendar(a: CalendarConfig, b: CalendarConfig): boolean {
  return a.region === b.region && a.timeZone === b.timeZone && a.closing === b.closing;
}
