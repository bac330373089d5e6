// The roles at the workstation (docs/domain.md "Roles": reviewer, team lead, read-only auditor),
// how a refusal names them, and who may change the team's settings. Who may call which API method
// is the contract's table (shared/api/permissions.ts).
import { joinCodes, type Refused, refused } from './refusal';

export const ROLES = ['reviewer', 'team-lead', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A fresh workstation acts as a team lead, so every screen works out of the box (a demo, the
 * end-to-end tests); a reviewer or an auditor sets their role in Settings.
 */
export const DEFAULT_ROLE: Role = 'team-lead';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  reviewer: 'Reviewer',
  'team-lead': 'Team lead',
  auditor: 'Auditor',
};

/** What each role is for, in English; the Settings screen shows its own words, in the UI's language (the catalogs' roles.ts, renderer/i18n/locales). */
export const ROLE_SUMMARIES: Readonly<Record<Role, string>> = {
  reviewer: 'Takes claims, ticks the checklist, comments and decides; assigns claims only to themself.',
  'team-lead': 'Everything a reviewer does, plus assigning anyone, the team view, reports and restoring a backup.',
  auditor: 'Reads queues, claims and history, verifies the store and exports reports; changes nothing.',
};

export interface Permission {
  readonly roles: readonly Role[];
  /** What the method does, completing "a reviewer may not ...". */
  readonly what: string;
}

const LEAD: readonly Role[] = ['team-lead'];

/** Parts of the settings that are the team's, not the person's. */
export const TEAM_SETTINGS: Readonly<Record<'calendar' | 'policy', Permission>> = {
  calendar: { roles: LEAD, what: 'change the team’s business calendar' },
  policy: { roles: LEAD, what: 'change the team’s active policy' },
};

function withArticle(role: Role): string {
  const label = ROLE_LABELS[role].toLowerCase();
  return /^[aeiou]/.test(label) ? `an ${label}` : `a ${label}`;
}

function roleList(roles: readonly Role[]): string {
  const labels = roles.map((r) => ROLE_LABELS[r].toLowerCase());
  if (labels.length === 1) return `the role ${labels[0]} may`;
  return `the roles ${labels.slice(0, -1).join(', ')} and ${labels.at(-1)} may`;
}

/** "an auditor may not decide on claims: the roles reviewer and team lead may" */
export function refusalText(role: Role, permission: Permission): string {
  return `${withArticle(role)} may not ${permission.what}: ${roleList(permission.roles)}`;
}

/** Why a role may not change the team's calendar or policy, or null when it may. */
export function teamSettingRefusal(role: Role, part: keyof typeof TEAM_SETTINGS): Refused | null {
  const permission = TEAM_SETTINGS[part];
  if (permission.roles.includes(role)) return null;
  return refused(refusalText(role, permission), 'team-setting-forbidden', { role, part, allowed: joinCodes(permission.roles) });
}
