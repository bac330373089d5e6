// Who may do what at the workstation (docs/domain.md "Roles": reviewer, team lead, read-only auditor).
// The table names API methods by string, so methods other branches add (the team view, bulk
// assignment, reports) are covered the moment they exist. A method not named here is a read and
// open to every role. The API refuses the rest (main/services/dispatch.ts); the screens hide it.
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

const DESK: readonly Role[] = ['reviewer', 'team-lead'];
const LEAD: readonly Role[] = ['team-lead'];
const READERS_OF_REPORTS: readonly Role[] = ['team-lead', 'auditor'];

/** Methods only some roles may call. Loosely keyed: a name may belong to a method not merged yet. */
export const PERMISSIONS: Readonly<Record<string, Permission>> = {
  'claim.decide': { roles: DESK, what: 'decide on claims' },
  'claim.checklist': { roles: DESK, what: 'tick the deficiency checklist' },
  'claim.productSupport': { roles: DESK, what: 'mark which products the PoE supports' },
  'claim.comment': { roles: DESK, what: 'write comments' },
  'claim.precheck': { roles: DESK, what: 'run the pre-check' },
  'claim.edit': { roles: DESK, what: 'record a partner’s edit' },
  'queue.next': { roles: DESK, what: 'take the next claim' },
  // A reviewer's assignments are narrower still: see assignmentRefusal.
  'claim.assign': { roles: DESK, what: 'assign claims' },
  'claim.assignMany': { roles: LEAD, what: 'assign claims in bulk' },
  'team.dashboard': { roles: LEAD, what: 'open the team view' },
  'report.preview': { roles: READERS_OF_REPORTS, what: 'preview decision reports' },
  'report.file': { roles: READERS_OF_REPORTS, what: 'export decision reports' },
  'store.restore': { roles: LEAD, what: 'restore a backup' },
  'store.restoreFromFile': { roles: LEAD, what: 'restore a backup' },
  'sync.resolve': { roles: DESK, what: 'resolve sync conflicts' },
};

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

/** Why a role may not call a method, or null when it may (methods not in the table are open). */
export function methodRefusal(role: Role, method: string): Refused | null {
  const permission = Object.prototype.hasOwnProperty.call(PERMISSIONS, method) ? PERMISSIONS[method] : undefined;
  if (!permission || permission.roles.includes(role)) return null;
  return refused(refusalText(role, permission), 'role-forbidden', { role, method, allowed: joinCodes(permission.roles) });
}

/** Why a role may not change the team's calendar or policy, or null when it may. */
export function teamSettingRefusal(role: Role, part: keyof typeof TEAM_SETTINGS): Refused | null {
  const permission = TEAM_SETTINGS[part];
  if (permission.roles.includes(role)) return null;
  return refused(refusalText(role, permission), 'team-setting-forbidden', { role, part, allowed: joinCodes(permission.roles) });
}

export function mayCall(role: Role, method: string): boolean {
  return methodRefusal(role, method) === null;
}

/**
 * A reviewer assigns only themself, and only a claim nobody has; they may hand back a claim
 * assigned to them. Moving claims between people is the team lead's. Null when allowed.
 */
export function assignmentRefusal(role: Role, actor: string, to: string | null, assignee: string | null): Refused | null {
  if (role !== 'reviewer') return methodRefusal(role, 'claim.assign');
  if (to === assignee) return null;
  const lead = 'the role team lead may';
  const params = { role, allowed: joinCodes(LEAD) };
  if (to !== null && to !== actor) return refused(`a reviewer may not assign a claim to someone else: ${lead}`, 'assign-to-someone-else', params);
  if (to === null && assignee !== actor) {
    return refused(`a reviewer may not unassign a claim assigned to ${assignee}: ${lead}`, 'unassign-someone-elses', { ...params, assignee: assignee ?? '' });
  }
  if (to === actor && assignee !== null) {
    return refused(`a reviewer may not take a claim assigned to ${assignee}: ${lead}`, 'take-someone-elses', { ...params, assignee });
  }
  return null;
}
