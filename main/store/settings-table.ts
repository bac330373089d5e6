// Store-wide settings (key/value text): the team's business calendar and active policy. They are
// the team's data, so they live in the store (and travel with a backup), not with a person. A store
// that syncs with a team hub also keeps the hub's settings as the last round fetched them: while it
// holds them, they are the calendar and the policy every deadline and import here follows, and
// the store's own stay as they were, for the day it leaves the hub.
import { type TeamSettings, TeamSettingsSchema } from '../../shared/api/team-settings';
import { type CalendarConfig, calendarProblem, DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import type { PolicyId } from '../../shared/domain/codes';
import { adoptionProblem, adoptionsWith, DEFAULT_ACTIVE_ADOPTION, type PolicyAdoption } from '../../shared/domain/policy';
import type { Db } from './db';
import { stmt } from './statements';

export function getSetting(db: Db, key: string): string | undefined {
  return stmt<[string], { value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(key)?.value;
}

export function setSetting(db: Db, key: string, value: string): void {
  stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Removes the settings named: each is back to its default. */
export function deleteSettings(db: Db, keys: readonly string[]): void {
  stmt(db, `DELETE FROM settings WHERE key IN (${keys.map(() => '?').join(', ')})`).run(...keys);
}

const CALENDAR_KEYS = {
  region: 'calendar.region',
  timeZone: 'calendar.time-zone',
  closing: 'calendar.closing',
} as const satisfies Record<keyof CalendarConfig, string>;

export interface StoredCalendar {
  readonly calendar: CalendarConfig;
  /** True when the store holds no calendar of its own and the defaults apply. */
  readonly isDefault: boolean;
}

/** The calendar as stored, defaults filled in, not yet checked. */
export function storedCalendar(db: Db): StoredCalendar {
  const region = getSetting(db, CALENDAR_KEYS.region);
  const timeZone = getSetting(db, CALENDAR_KEYS.timeZone);
  const closing = getSetting(db, CALENDAR_KEYS.closing);
  return {
    calendar: {
      region: region ?? DEFAULT_CALENDAR.region,
      timeZone: timeZone ?? DEFAULT_CALENDAR.timeZone,
      closing: closing ?? DEFAULT_CALENDAR.closing,
    },
    isDefault: region === undefined && timeZone === undefined && closing === undefined,
  };
}

/** The business calendar in force: the team hub's while the store holds it, else the store's own (DEFAULT_CALENDAR when unset); a damaged one is an error. */
export function readCalendar(db: Db): CalendarConfig {
  const team = hubTeamSettings(db);
  if (team) return team.calendar;
  const { calendar } = storedCalendar(db);
  const problem = calendarProblem(calendar);
  if (problem) throw new Error(`the store's business calendar cannot be used: ${problem}; set it again with "cpor sla calendar"`);
  return calendar;
}

/** Stores all three values; the caller has checked them and recomputes the deadlines. */
export function writeCalendar(db: Db, calendar: CalendarConfig): void {
  for (const key of Object.keys(CALENDAR_KEYS) as (keyof CalendarConfig)[]) setSetting(db, CALENDAR_KEYS[key], calendar[key]);
}

const POLICY_KEYS = { policy: 'policy.active', from: 'policy.from' } as const satisfies Record<keyof PolicyAdoption, string>;

/** The team's active policy as stored (the seed when unset), not yet checked. */
export function storedAdoption(db: Db): PolicyAdoption {
  return {
    policy: (getSetting(db, POLICY_KEYS.policy) ?? DEFAULT_ACTIVE_ADOPTION.policy) as PolicyId,
    from: getSetting(db, POLICY_KEYS.from) ?? DEFAULT_ACTIVE_ADOPTION.from,
  };
}

/** The adoptions new claims are judged by (shared/domain/policy adoptionsWith): the team hub's while the store holds them, else its own; a damaged setting is an error. */
export function policyAdoptions(db: Db): readonly PolicyAdoption[] {
  const team = hubTeamSettings(db);
  if (team) return adoptionsWith({ policy: team.policy.active, from: team.policy.from });
  const adoption = storedAdoption(db);
  const problem = adoptionProblem(adoption);
  if (problem) throw new Error(`the store's active policy cannot be used: ${problem}; set it again in Settings`);
  return adoptionsWith(adoption);
}

/** Stores the team's active policy; the caller has checked it. */
export function writeAdoption(db: Db, adoption: PolicyAdoption): void {
  setSetting(db, POLICY_KEYS.policy, adoption.policy);
  setSetting(db, POLICY_KEYS.from, adoption.from);
}

const TEAM_KEY = 'hub.team-settings';

/** The last text read and what it said: the calendar is read at every use, the JSON parsed once per change. */
let lastTeam: { readonly text: string; readonly settings: TeamSettings } | null = null;

/** The team hub's settings as the last sync round fetched them, or null while the store's own apply. Checked as the hub's answer was. */
export function hubTeamSettings(db: Db): TeamSettings | null {
  const text = getSetting(db, TEAM_KEY);
  if (text === undefined) return null;
  if (lastTeam?.text === text) return lastTeam.settings;
  let parsed: ReturnType<typeof TeamSettingsSchema.safeParse>;
  try {
    parsed = TeamSettingsSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = TeamSettingsSchema.safeParse(undefined);
  }
  if (!parsed.success || calendarProblem(parsed.data.calendar) || adoptionProblem({ policy: parsed.data.policy.active, from: parsed.data.policy.from })) {
    throw new Error('the team hub\'s settings kept in the store cannot be used; run a sync round to fetch them again');
  }
  lastTeam = { text, settings: parsed.data };
  return parsed.data;
}

/** Keeps the team hub's settings (null: forgets them, and the store's own apply again); the caller recomputes the deadlines. */
export function writeHubTeamSettings(db: Db, settings: TeamSettings | null): void {
  if (settings) setSetting(db, TEAM_KEY, JSON.stringify(settings));
  else deleteSettings(db, [TEAM_KEY]);
}
