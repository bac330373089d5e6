// The role table: every method it names is real or on its way from another branch, every role may
// read, and each refusal reads as one sentence naming the role that may.
import { describe, expect, it } from 'vitest';
import { type Method, METHODS } from '../../shared/api/contract';
import { assignmentRefusal, mayCall, methodRefusal, PERMISSIONS } from '../../shared/api/permissions';
import { ROLES, TEAM_SETTINGS, teamSettingRefusal } from '../../shared/domain/roles';

const READS = ['session.info', 'queue.list', 'queue.facets', 'claim.get', 'claim.precheckProgress', 'store.verify', 'document.content', 'settings.get', 'sync.status', 'sync.conflicts', 'sync.refusals'];

describe('roles', () => {
  it('has a rule for exactly the methods of the contract (the type asks for one per method)', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...METHODS].sort());
  });

  it('lets every role read, and settings.update reach the service (which guards the team parts)', () => {
    for (const role of ROLES) for (const m of [...READS, 'settings.update']) expect(mayCall(role, m), `${role} ${m}`).toBe(true);
    for (const m of READS) expect(METHODS as readonly string[]).toContain(m);
  });

  it('gives reviewers the desk, team leads everything, auditors reading and reports', () => {
    const desk = ['claim.decide', 'claim.checklist', 'claim.productSupport', 'claim.comment', 'claim.precheck', 'queue.next', 'claim.assign'];
    for (const m of desk) {
      expect(mayCall('reviewer', m), m).toBe(true);
      expect(mayCall('team-lead', m), m).toBe(true);
      expect(mayCall('auditor', m), m).toBe(false);
    }
    for (const m of ['store.backup', 'store.backupToFile', 'sync.resolve']) {
      expect([mayCall('reviewer', m), mayCall('team-lead', m), mayCall('auditor', m)], m).toEqual([true, true, false]);
    }
    // An auditor's workstation pulls the team's claims through the hub with a read-only token.
    for (const m of ['sync.configure', 'sync.run']) for (const role of ROLES) expect(mayCall(role, m), `${role} ${m}`).toBe(true);
    for (const m of ['claim.assignMany', 'team.dashboard', 'store.restore', 'store.restoreFromFile']) {
      expect(mayCall('team-lead', m), m).toBe(true);
      expect(mayCall('reviewer', m), m).toBe(false);
      expect(mayCall('auditor', m), m).toBe(false);
    }
    for (const m of ['report.preview', 'report.file']) {
      expect([mayCall('reviewer', m), mayCall('team-lead', m), mayCall('auditor', m)], m).toEqual([false, true, true]);
    }
    for (const part of Object.values(TEAM_SETTINGS)) expect(part.roles).toEqual(['team-lead']);
  });

  it('says who may, in one line, and as a keyed refusal', () => {
    expect(methodRefusal('auditor', 'claim.decide')).toEqual({
      ok: false,
      reason: 'an auditor may not decide on claims: the roles reviewer and team lead may',
      refusal: { key: 'role-forbidden', params: { role: 'auditor', method: 'claim.decide', allowed: 'reviewer,team-lead' } },
    });
    expect(methodRefusal('reviewer', 'claim.assignMany')?.reason).toBe('a reviewer may not assign claims in bulk: the role team lead may');
    expect(methodRefusal('reviewer', 'report.file')?.reason).toBe('a reviewer may not export decision reports: the roles team lead and auditor may');
    expect(methodRefusal('reviewer', 'report.file')?.refusal.params).toEqual({ role: 'reviewer', method: 'report.file', allowed: 'team-lead,auditor' });
    expect(methodRefusal('auditor', 'queue.list')).toBeNull();
    expect(methodRefusal('auditor', 'toString')).toBeNull();
  });

  it('keys the team settings a role may not change', () => {
    expect(teamSettingRefusal('reviewer', 'calendar')).toEqual({
      ok: false,
      reason: 'a reviewer may not change the team’s business calendar: the role team lead may',
      refusal: { key: 'team-setting-forbidden', params: { role: 'reviewer', part: 'calendar', allowed: 'team-lead' } },
    });
    expect(teamSettingRefusal('team-lead', 'policy')).toBeNull();
  });

  it('lets a reviewer take an unassigned claim or hand back their own, and nothing else', () => {
    const me = 'Alex Martin';
    expect(assignmentRefusal('reviewer', me, me, null)).toBeNull();
    expect(assignmentRefusal('reviewer', me, null, me)).toBeNull();
    expect(assignmentRefusal('reviewer', me, me, me)).toBeNull();
    expect(assignmentRefusal('reviewer', me, 'Priya Shah', null)).toEqual({
      ok: false,
      reason: 'a reviewer may not assign a claim to someone else: the role team lead may',
      refusal: { key: 'assign-to-someone-else', params: { role: 'reviewer', allowed: 'team-lead' } },
    });
    expect(assignmentRefusal('reviewer', me, me, 'Priya Shah')).toMatchObject({
      reason: expect.stringMatching(/may not take a claim assigned to Priya Shah/),
      refusal: { key: 'take-someone-elses', params: { assignee: 'Priya Shah' } },
    });
    expect(assignmentRefusal('reviewer', me, null, 'Priya Shah')).toMatchObject({
      reason: expect.stringMatching(/may not unassign a claim assigned to Priya Shah/),
      refusal: { key: 'unassign-someone-elses', params: { assignee: 'Priya Shah' } },
    });
    expect(assignmentRefusal('team-lead', me, 'Priya Shah', 'Sam Lee')).toBeNull();
    expect(assignmentRefusal('auditor', me, me, null)).toMatchObject({
      reason: expect.stringMatching(/^an auditor may not assign claims/),
      refusal: { key: 'role-forbidden', params: { method: 'claim.assign' } },
    });
  });
});

describe('the role table as a type', () => {
  it('does not compile without a rule for every method', () => {
    // A contract with one more method: the table the dispatcher reads would have no rule for it.
    type WithNewMethod = Method | 'claim.somethingNew';
    // @ts-expect-error the new method has no rule
    const missing: Readonly<Record<WithNewMethod, (typeof PERMISSIONS)[Method]>> = PERMISSIONS;
    expect(Object.keys(missing)).not.toContain('claim.somethingNew');
  });
});
