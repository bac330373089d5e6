// Who may call each API method (docs/domain.md "Roles"). Keyed by the contract's own method names,
// so a method added to the contract without a rule here does not compile. dispatch() enforces it
// for every caller alike (Electron, the browser host and the command line); the screens hide what
// it refuses (renderer/state/permissions.ts).
import { joinCodes, type Refused, refused } from '../domain/refusal';
import { type Permission, refusalText, type Role } from '../domain/roles';
import type { Method } from './contract';

/** Every role may: reading, and the person's own settings (the service guards the team's parts). */
const OPEN = 'open';

const DESK: readonly Role[] = ['reviewer', 'team-lead'];
const LEAD: readonly Role[] = ['team-lead'];
const READERS_OF_REPORTS: readonly Role[] = ['team-lead', 'auditor'];

export const PERMISSIONS: Readonly<Record<Method, Permission | typeof OPEN>> = {
  'session.info': OPEN,
  'queue.list': OPEN,
  'queue.facets': OPEN,
  'claim.get': OPEN,
  'claim.precheckProgress': OPEN,
  'document.content': OPEN,
  'document.openExternal': OPEN,
  'store.verify': OPEN,
  'settings.get': OPEN,
  'settings.update': OPEN,
  'settings.chooseDataFolder': OPEN,
  'sync.status': OPEN,
  'sync.conflicts': OPEN,
  'sync.refusals': OPEN,
  'sync.run': OPEN,
  // An auditor's workstation reads the team's claims through the hub with a read-only token.
  'sync.configure': OPEN,
  'claim.decide': { roles: DESK, what: 'decide on claims' },
  'claim.checklist': { roles: DESK, what: 'tick the deficiency checklist' },
  'claim.productSupport': { roles: DESK, what: 'mark which products the PoE supports' },
  'claim.comment': { roles: DESK, what: 'write comments' },
  'claim.precheck': { roles: DESK, what: 'run the pre-check' },
  'claim.edit': { roles: DESK, what: 'record a partner’s edit' },
  'claim.record': { roles: DESK, what: 'record a partner’s or customer’s action' },
  'queue.next': { roles: DESK, what: 'take the next claim' },
  // A reviewer's assignments are narrower still: see assignmentRefusal.
  'claim.assign': { roles: DESK, what: 'assign claims' },
  'claim.assignMany': { roles: LEAD, what: 'assign claims in bulk' },
  'team.dashboard': { roles: LEAD, what: 'open the team view' },
  'report.preview': { roles: READERS_OF_REPORTS, what: 'preview decision reports' },
  'report.file': { roles: READERS_OF_REPORTS, what: 'export decision reports' },
  // A backup holds the whole store: the people who work in it keep it.
  'store.backup': { roles: DESK, what: 'back up the store' },
  'store.backupToFile': { roles: DESK, what: 'back up the store' },
  'store.restore': { roles: LEAD, what: 'restore a backup' },
  'store.restoreFromFile': { roles: LEAD, what: 'restore a backup' },
  'sync.resolve': { roles: DESK, what: 'resolve sync conflicts' },
};

/** The rule of a method only some roles may call; null for an open method or a name that is no method. */
export function methodPermission(method: string): Permission | null {
  const rule = Object.hasOwn(PERMISSIONS, method) ? PERMISSIONS[method as Method] : OPEN;
  return rule === OPEN ? null : rule;
}

/** The methods only some roles may call, with their rules. */
export function restrictedMethods(): [Method, Permission][] {
  return (Object.keys(PERMISSIONS) as Method[]).flatMap((m) => {
    const rule = methodPermission(m);
    return rule ? [[m, rule] as [Method, Permission]] : [];
  });
}

/** Why a role may not call a method, or null when it may. */
export function methodRefusal(role: Role, method: string): Refused | null {
  const permission = methodPermission(method);
  if (!permission || permission.roles.includes(role)) return null;
  return refused(refusalText(role, permission), 'role-forbidden', { role, method, allowed: joinCodes(permission.roles) });
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
