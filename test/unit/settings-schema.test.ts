// The settings at the API boundary: partial changes, a one-line refusal naming the field, and the
// policy adoption rules the import follows.
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { SettingsUpdateSchema } from '../../shared/api/schemas';
import { describeIssues } from '../../main/services/dispatch';
import { adoptionProblem, adoptionsWith, DEFAULT_ADOPTIONS, policyInForce } from '../../shared/domain/policy';

function refusal(input: unknown): string | null {
  const parsed = SettingsUpdateSchema.safeParse(input);
  return parsed.success ? null : describeIssues(parsed.error.issues);
}

describe('settings.update input', () => {
  it('takes any one setting, or parts of the calendar, on their own', () => {
    expect(refusal({ theme: 'dark' })).toBeNull();
    expect(refusal({ role: 'auditor', identity: '  Alex Martin ' })).toBeNull();
    expect(SettingsUpdateSchema.parse({ identity: '  Alex Martin ' }).identity).toBe('Alex Martin');
    expect(refusal({ calendar: { closing: '18:30' } })).toBeNull();
    expect(refusal({ policy: { active: '2023', from: '2026-01-01' } })).toBeNull();
    expect(contract['settings.update'].input).toBe(SettingsUpdateSchema);
  });

  it('refuses nothing to change, unknown settings and bad values, naming the field', () => {
    expect(refusal({})).toBe('name at least one setting to change');
    expect(refusal({ colour: 'blue' })).toMatch(/Unrecognized key: "colour"/);
    expect(refusal({ identity: '   ' })).toBe('identity: your name cannot be empty');
    expect(refusal({ role: 'admin' })).toMatch(/^role: Invalid option: expected one of "reviewer"\|"team-lead"\|"auditor"$/);
    expect(refusal({ theme: 'sepia' })).toMatch(/^theme: /);
    expect(refusal({ language: 'de' })).toMatch(/^language: /);
    expect(refusal({ calendar: { closing: '5pm' } })).toBe('calendar.closing: closing time must be HH:MM from 00:00 to 23:59');
    expect(refusal({ calendar: { closing: '24:00' } })).toBe('calendar.closing: closing time must be HH:MM from 00:00 to 23:59');
    expect(refusal({ calendar: { weekend: 'Fri' } })).toMatch(/^calendar: Unrecognized key/);
    expect(refusal({ policy: { active: '2023', from: '2026-02-30' } })).toBe('policy.from: a date as YYYY-MM-DD');
    expect(refusal({ policy: { active: '2031', from: '2031-01-01' } })).toMatch(/^policy.active: /);
    expect(refusal({ policy: { active: '2023' } })).toMatch(/^policy.from: /);
  });
});

describe('policy adoption', () => {
  it('judges new claims by the seed until the adopted policy\'s first day, then by it', () => {
    const adoptions = adoptionsWith({ policy: '2023', from: '2026-03-01' });
    expect(policyInForce('2026-02-28T23:59:00Z', adoptions)).toBe('2020');
    expect(policyInForce('2026-03-01T00:00:00Z', adoptions)).toBe('2023');
    expect(adoptionsWith({ policy: '2020', from: '2020-01-01' })).toBe(DEFAULT_ADOPTIONS);
  });

  it('refuses a policy before it existed', () => {
    expect(adoptionProblem({ policy: '2023', from: '2023-01-01' })).toBeNull();
    expect(adoptionProblem({ policy: '2023', from: '2022-06-01' })).toBe('the 2023 policy took effect on 2023-01-01: it cannot apply from 2022-06-01');
    expect(adoptionProblem({ policy: '2099' as '2023', from: '2099-01-01' })).toMatch(/^unknown policy "2099"/);
  });
});
