// Why the acting role may not do something, in the UI's language: the same table the API enforces
// (shared/api/permissions.ts), worded from the catalog (locales/*/roles.ts) instead of the service's
// English, which stays the API's and the command line's. "An auditor may not decide on claims:
// the roles reviewer and team lead may." / "Le rôle auditeur ne permet pas de décider des
// demandes : seuls les rôles réviseur et chef d’équipe le permettent."
import { methodPermission } from '../../shared/api/permissions';
import { type Role, TEAM_SETTINGS } from '../../shared/domain/roles';
import { currentLocale, i18n } from './i18n';
import { en } from './locales/en';

type Worded = typeof en.roles.what;
/** A method the catalog words: "claim.decide". */
type WordedMethod = { [A in keyof Worded]: `${A & string}.${keyof Worded[A] & string}` }[keyof Worded];

function isWorded(method: string): method is WordedMethod {
  const [area, name, ...more] = method.split('.');
  if (!area || !name || more.length > 0 || !Object.hasOwn(en.roles.what, area)) return false;
  return Object.hasOwn(en.roles.what[area as keyof Worded], name);
}

/** "An auditor may not {what}: the roles reviewer and team lead may." */
export function roleRefusal(role: Role, allowed: readonly Role[], what: string): string {
  const roles = new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(allowed.map((r) => i18n.t(`roles.inSentence.${r}`)));
  return i18n.t('roles.refusal', {
    subject: i18n.t(`roles.subject.${role}`),
    what,
    allowed: i18n.t('roles.allowed', { count: allowed.length, roles }),
  });
}

/**
 * Why a role may not call a method, or null when it may (methods not in the table are open). A
 * method the catalog does not word yet (added by a branch not merged here) keeps the table's
 * English for its "what"; the unit test asks every method of the table to be worded.
 */
export function methodRefusalText(role: Role, method: string): string | null {
  const permission = methodPermission(method);
  if (!permission || permission.roles.includes(role)) return null;
  return roleRefusal(role, permission.roles, methodWhat(method) ?? permission.what);
}

/** What a method does, completing "An auditor may not …"; null when the catalog does not word it. */
export function methodWhat(method: string): string | null {
  return isWorded(method) ? i18n.t(`roles.what.${method}`) : null;
}

/** Why a role may not change the team's calendar or policy, or null when it may. */
export function teamSettingRefusalText(role: Role, part: keyof typeof TEAM_SETTINGS): string | null {
  const permission = TEAM_SETTINGS[part];
  return permission.roles.includes(role) ? null : roleRefusal(role, permission.roles, i18n.t(`roles.teamSettings.${part}`));
}
