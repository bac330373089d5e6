// A keyed refusal (shared/domain/refusal.ts) worded in the UI's language: the catalog's sentence
// (locales/*/refusals.ts) with its codes as labels, its lists in the language's own way and its
// instants as dates; a role's refusals as the role notes say them (roleRefusal.ts). Null when this
// window cannot word it (a key, code or role it does not know): the caller shows the English.
import { ACTIONS, type Action, DEFICIENCIES, type Deficiency, STATUSES, type Status } from '../../shared/domain/codes';
import { BACKUP_PROBLEMS, DESKTOP_TASKS, type Refusal, type RefusalParams } from '../../shared/domain/refusal';
import { ROLES, type Role, TEAM_SETTINGS } from '../../shared/domain/roles';
import { currentLocale, i18n } from './i18n';
import { formatDateTime, formatDeadline } from './format';
import { actionLabel, deficiencyLabel, quoted, statusLabel } from './labels';
import { methodWhat, roleRefusal } from './roleRefusal';

/** A code this build knows, else null (a newer service's). */
function known<C extends string>(codes: readonly C[], value: string | number | undefined): C | null {
  return typeof value === 'string' && (codes as readonly string[]).includes(value) ? (value as C) : null;
}

function listOf(items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(currentLocale(), { type }).format(items);
}

/** Each code of a "," list through `label`, or null when one is unknown. */
function codeList<C extends string>(codes: readonly C[], value: string, label: (code: C) => string): string[] | null {
  const parts = value.split(',').map((part) => known(codes, part));
  return parts.every((p): p is C => p !== null) ? parts.map((p) => quoted(label(p))) : null;
}

type Label = (value: string) => string | null;

/** Params worded by name; the others (ids, names, counts) go in as they came. */
const LABELS: Readonly<Record<string, Label>> = {
  status: (v) => {
    const status = known<Status>(STATUSES, v);
    return status && statusLabel(status);
  },
  action: (v) => {
    const action = known<Action>(ACTIONS, v);
    return action && actionLabel(action);
  },
  statuses: (v) => {
    const labels = codeList<Status>(STATUSES, v, statusLabel);
    return labels && listOf(labels, 'disjunction');
  },
  deficiencies: (v) => {
    const labels = codeList<Deficiency>(DEFICIENCIES, v, deficiencyLabel);
    return labels && listOf(labels, 'conjunction');
  },
  products: (v) => (v ? listOf(v.split('\n').map(quoted), 'conjunction') : i18n.t('refusals.noProduct')),
  closedAt: (v) => formatDeadline(v),
  until: (v) => formatDeadline(v),
  setAt: (v) => formatDateTime(v),
  task: (v) => {
    const task = known(DESKTOP_TASKS, v);
    return task && i18n.t(`refusals.desktopTask.${task}`);
  },
};

/** The params as the sentence shows them, or null when a code among them is unknown. */
function worded(params: RefusalParams): Record<string, string | number> | null {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    const label = typeof value === 'string' && Object.hasOwn(LABELS, name) ? LABELS[name]!(value) : value;
    if (label === null) return null;
    out[name] = label;
  }
  return out;
}

function rolesOf(value: string | number | undefined): Role[] | null {
  if (typeof value !== 'string') return null;
  const roles = value.split(',').map((r) => known(ROLES, r));
  return roles.length > 0 && roles.every((r): r is Role => r !== null) ? roles : null;
}

/** The role refusals, worded like the role notes; undefined for a key that is not a role's. */
function roleWords({ key, params }: Refusal): string | null | undefined {
  const role = known(ROLES, params.role);
  const allowed = rolesOf(params.allowed);
  const sentence = (what: string | null) => (role && allowed && what ? roleRefusal(role, allowed, what) : null);
  switch (key) {
    case 'role-forbidden':
      return sentence(typeof params.method === 'string' ? methodWhat(params.method) : null);
    case 'team-setting-forbidden': {
      const part = known(Object.keys(TEAM_SETTINGS) as (keyof typeof TEAM_SETTINGS)[], params.part);
      return sentence(part && i18n.t(`roles.teamSettings.${part}`));
    }
    case 'assign-to-someone-else':
    case 'unassign-someone-elses':
    case 'take-someone-elses':
      return sentence(i18n.t(`refusals.assign.${key}`, { assignee: String(params.assignee ?? '') }));
    default:
      return undefined;
  }
}

/** Why a backup was refused, for "Restore refused, nothing changed: {{problem}}". */
function backupProblem(params: Record<string, string | number>): string | null {
  const problem = known(BACKUP_PROBLEMS, params.problem);
  return problem && i18n.t(`refusals.backup.${problem}`, params);
}

/** The refusal in the UI's language, without the service's `detail` (the caller adds it); null when it cannot be worded here. */
export function refusalWords(refusal: Refusal): string | null {
  const role = roleWords(refusal);
  if (role !== undefined) return role;
  const key = `refusals.${refusal.key}` as const;
  const { detail: _detail, ...rest } = refusal.params;
  const values = worded(rest);
  // With the values: a key worded only in plural forms exists for its `count`.
  if (!values || !i18n.exists(key, values)) return null;
  if (refusal.key === 'restore-refused') {
    const problem = backupProblem(values);
    if (!problem) return null;
    values.problem = problem;
  }
  // A key of the union the catalog may word with plural forms: i18next picks them by `count`.
  return i18n.t(key as 'refusals.claim-not-found', values);
}
