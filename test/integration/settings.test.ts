// Settings through the API as both transports call it (the handler map behind dispatch): the
// person's settings in the data folder's JSON file, the team's in the store; refusals name the
// field and write nothing; a calendar change recomputes deadlines; an adopted policy judges the
// next import; each role is refused what it may not do.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundle } from '../../main/services/import/import-bundle';
import { jsonFileBackend, WORKSTATION_SETTINGS_FILE } from '../../main/services/settings/json-file-backend';
import { personalSettings } from '../../main/services/settings/personal-settings';
import type { Role } from '../../shared/domain/roles';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { OS_USER, type Workstation, workstation } from '../fixtures/workstation';

let w: Workstation;

beforeEach(async () => {
  w = workstation();
  await importBundle(
    w.ctx,
    await writeBundle([
      claimRow({ id: 'S-1', submittedAt: '2026-07-13T08:00:00Z' }),
      claimRow({ id: 'S-2', submittedAt: '2026-09-14T16:00:00Z' }),
      claimRow({ id: 'S-3', submittedAt: '2026-11-24T17:00:00Z', status: 'under-review' }),
    ]),
  );
});
afterEach(() => w.dispose());

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r.value;
}

async function refusal(result: Promise<{ ok: boolean; error?: { code: string; message: string } }>) {
  const r = await result;
  expect(r.ok).toBe(false);
  return r.error;
}

const settingsFile = () => join(w.dir, WORKSTATION_SETTINGS_FILE);
const teamSettings = () => JSON.stringify(w.live.store.db.prepare('SELECT * FROM settings ORDER BY key').all());
const deadlines = () => JSON.stringify(w.live.store.db.prepare('SELECT id, sla_due_at FROM claims ORDER BY id').all());

async function actAs(role: Role) {
  await ok(w.call('settings.update', { role }));
}

describe('settings', () => {
  it('start from the defaults: the OS user as a team lead, the default calendar and the 2020 policy', async () => {
    const { settings, choices } = await ok(w.call('settings.get', {}));
    expect(settings).toEqual({
      identity: OS_USER,
      role: 'team-lead',
      theme: 'system',
      language: null,
      timeZoneDisplay: 'calendar',
      calendar: { region: 'US', timeZone: 'America/Los_Angeles', closing: '17:00' },
      policy: { active: '2020', from: '2020-01-01' },
      teamHub: { joined: false, hubUrl: null, inForce: null },
      dataFolder: { current: w.dir, next: null, changeable: false },
      personalStore: settingsFile(),
    });
    expect(choices.regions).toContainEqual({ code: 'FR', name: 'France', country: null });
    expect(choices.regions).toContainEqual({ code: 'US-CA', name: 'California', country: 'US' });
    expect(choices.timeZones).toContain('Europe/Paris');
    expect(choices.policies.map((p) => p.id)).toEqual(['2020', '2023']);
    expect(existsSync(settingsFile())).toBe(false);
    expect(await ok(w.call('session.info', {}))).toMatchObject({ user: OS_USER, role: 'team-lead', theme: 'system', language: null });
  });

  it('keep the person\'s choices in the data folder, written atomically and read again by a new process', async () => {
    const { settings, deadlines: none } = await ok(w.call('settings.update', { identity: ' Alex Martin ', role: 'reviewer', theme: 'dark', language: 'fr' }));
    expect(none).toBeNull();
    expect(settings).toMatchObject({ identity: 'Alex Martin', role: 'reviewer', theme: 'dark', language: 'fr' });
    expect(JSON.parse(readFileSync(settingsFile(), 'utf8'))).toEqual({ identity: 'Alex Martin', role: 'reviewer', theme: 'dark', language: 'fr' });
    expect(readdirSync(w.dir).filter((n) => n.includes('.tmp'))).toEqual([]);

    // A second process over the same folder (the next `cpor serve`) reads them back.
    const again = personalSettings(jsonFileBackend(w.dir), { identity: OS_USER }).current();
    expect(again).toEqual({ identity: 'Alex Martin', role: 'reviewer', theme: 'dark', language: 'fr', timeZoneDisplay: 'calendar', dataFolder: null });

    // The acting person follows at once: who comments, and what session.info reports.
    expect(await ok(w.call('session.info', {}))).toMatchObject({ user: 'Alex Martin', role: 'reviewer', theme: 'dark', language: 'fr' });
    const commented = await ok(w.call('claim.comment', { claimId: 'S-1', text: 'Tenant checked.', internal: true }));
    expect(commented.comments.at(-1)).toMatchObject({ author: 'Alex Martin' });

    // Only the named settings change.
    await ok(w.call('settings.update', { theme: 'light' }));
    expect(JSON.parse(readFileSync(settingsFile(), 'utf8'))).toMatchObject({ identity: 'Alex Martin', theme: 'light', language: 'fr' });
    // Times in the person's own zone: theirs alone, and what the session tells the window.
    const own = await ok(w.call('settings.update', { timeZoneDisplay: 'own' }));
    expect(own.settings.timeZoneDisplay).toBe('own');
    expect(await ok(w.call('session.info', {}))).toMatchObject({ timeZoneDisplay: 'own' });
    expect(await refusal(w.call('settings.update', { timeZoneDisplay: 'moon' } as never))).toMatchObject({ code: 'invalid-input' });
  });

  it('fall back to the defaults over a damaged file, and the next save mends it', async () => {
    writeFileSync(settingsFile(), '{"identity": "Alex", "role": "emperor", ');
    const damaged: string[] = [];
    const person = personalSettings(jsonFileBackend(w.dir, { onDamaged: (_f, problem) => damaged.push(problem) }), { identity: OS_USER });
    expect(person.current()).toMatchObject({ identity: OS_USER, role: 'team-lead' });
    expect(damaged).toHaveLength(1);
    writeFileSync(settingsFile(), '{"identity": "Alex", "role": "emperor"}');
    expect(personalSettings(jsonFileBackend(w.dir), { identity: OS_USER }).current()).toMatchObject({ identity: 'Alex', role: 'team-lead' });
    person.change({ theme: 'dark' });
    expect(JSON.parse(readFileSync(settingsFile(), 'utf8'))).toEqual({ theme: 'dark' });
  });

  it('refuse a bad value with one line naming the field, and write nothing at all', async () => {
    await ok(w.call('settings.update', { theme: 'dark' }));
    const fileBefore = readFileSync(settingsFile(), 'utf8');
    const teamBefore = teamSettings();
    const deadlinesBefore = deadlines();
    const cases: [unknown, RegExp][] = [
      [{ identity: '' }, /^settings\.update: identity: your name cannot be empty$/],
      [{ theme: 'light', calendar: { region: 'XX' } }, /^calendar\.region: unknown holiday region "XX" \(a date-holidays code/],
      [{ theme: 'light', calendar: { timeZone: 'Mars/Olympus' } }, /^calendar\.timeZone: unknown time zone "Mars\/Olympus"/],
      [{ calendar: { closing: '25:00' } }, /^settings\.update: calendar\.closing: closing time must be HH:MM/],
      [{ theme: 'light', policy: { active: '2023', from: '2022-12-31' } }, /^policy\.from: the 2023 policy took effect on 2023-01-01/],
      [{ theme: 'light', dataFolder: '/elsewhere' }, /^dataFolder: the browser host serves the folder it was started with; start it with "--data DIR"/],
      [{ role: 'root' }, /^settings\.update: role: Invalid option/],
    ];
    for (const [input, message] of cases) {
      const error = await refusal(w.call('settings.update', input));
      // One issue each, naming the field as data (settings-refusals.test.ts checks every one).
      expect(error, JSON.stringify(input)).toEqual({ code: 'invalid-input', message: expect.stringMatching(message), issues: [expect.any(Object)] });
      expect(error?.message.includes('\n')).toBe(false);
    }
    expect(readFileSync(settingsFile(), 'utf8')).toBe(fileBefore);
    expect(teamSettings()).toBe(teamBefore);
    expect(deadlines()).toBe(deadlinesBefore);
  });

  it('change the team\'s calendar through the same recompute as `cpor sla calendar`, and say how many deadlines moved', async () => {
    const before = deadlines();
    const { settings, deadlines: moved } = await ok(w.call('settings.update', { calendar: { region: 'FR', timeZone: 'Europe/Paris', closing: '18:00' } }));
    expect(settings.calendar).toEqual({ region: 'FR', timeZone: 'Europe/Paris', closing: '18:00' });
    expect(moved).toEqual({ claims: 3, changed: 3 });
    expect(deadlines()).not.toBe(before);
    expect(w.ctx.calendar).toEqual({ region: 'FR', timeZone: 'Europe/Paris', closing: '18:00' });
    // The renderer's countdowns follow: session.info carries the new zone and holidays.
    const info = await ok(w.call('session.info', {}));
    expect(info.calendar).toMatchObject({ region: 'FR', timeZone: 'Europe/Paris', closing: '18:00' });
    expect(info.calendar.holidays).toContain('2026-07-14');

    const same = await ok(w.call('settings.update', { calendar: { closing: '18:00' } }));
    expect(same.deadlines).toEqual({ claims: 3, changed: 0 });
  });

  it('judge the claims of the next import by the policy the team adopted, from its first day', async () => {
    const { settings } = await ok(w.call('settings.update', { policy: { active: '2023', from: '2026-11-01' } }));
    expect(settings.policy).toEqual({ active: '2023', from: '2026-11-01' });
    await importBundle(
      w.ctx,
      await writeBundle([
        claimRow({ id: 'P-OCT', submittedAt: '2026-10-31T23:00:00Z' }),
        claimRow({ id: 'P-NOV', submittedAt: '2026-11-02T09:00:00Z' }),
        claimRow({ id: 'P-ROW', submittedAt: '2026-11-02T09:00:00Z', policy: '2020' }),
      ]),
    );
    const policyOf = (id: string) => (w.live.store.db.prepare('SELECT policy FROM claims WHERE id = ?').get(id) as { policy: string }).policy;
    expect([policyOf('P-OCT'), policyOf('P-NOV'), policyOf('P-ROW')]).toEqual(['2020', '2023', '2020']);
    // Claims already stored keep theirs.
    expect(policyOf('S-3')).toBe('2020');
    const shown = await ok(w.call('claim.get', { id: 'P-NOV' }));
    expect(shown.sla?.policy).toBe('2023');
  });
});

describe('roles at the API', () => {
  it('a reviewer works the desk, assigns only themself, and leaves the team\'s settings and restores to the lead', async () => {
    await ok(w.call('settings.update', { identity: 'Alex Martin' }));
    await actAs('reviewer');
    expect((await ok(w.call('claim.decide', { claimId: 'S-1', action: 'start-review' }))).status).toBe('under-review');
    await ok(w.call('claim.checklist', { claimId: 'S-1', code: 'missing-poe', open: true }));
    expect((await ok(w.call('claim.assign', { claimId: 'S-2', to: 'Alex Martin' }))).assignee).toBe('Alex Martin');
    expect((await ok(w.call('claim.assign', { claimId: 'S-2', to: null }))).assignee).toBeNull();
    expect(await refusal(w.call('claim.assign', { claimId: 'S-2', to: 'Priya Shah' }))).toEqual({
      code: 'forbidden',
      message: 'a reviewer may not assign a claim to someone else: the role team lead may',
      refusal: { key: 'assign-to-someone-else', params: { role: 'reviewer', allowed: 'team-lead' } },
    });
    expect(await refusal(w.call('settings.update', { calendar: { closing: '18:00' } }))).toEqual({
      code: 'forbidden',
      message: 'a reviewer may not change the team’s business calendar: the role team lead may',
      refusal: { key: 'team-setting-forbidden', params: { role: 'reviewer', part: 'calendar', allowed: 'team-lead' } },
    });
    expect((await refusal(w.call('store.restore', new Uint8Array([1, 2, 3]))))?.message).toBe('a reviewer may not restore a backup: the role team lead may');
    expect((await ok(w.call('settings.get', {}))).settings.calendar.closing).toBe('17:00');
  });

  it('an auditor reads everything and changes nothing', async () => {
    await actAs('auditor');
    const before = JSON.stringify(await ok(w.call('claim.get', { id: 'S-3' })));
    const writes: [string, unknown][] = [
      ['claim.decide', { claimId: 'S-3', action: 'approve' }],
      ['claim.checklist', { claimId: 'S-3', code: 'missing-poe', open: true }],
      ['claim.productSupport', { claimId: 'S-3', product: 'Microsoft Teams', supported: false }],
      ['claim.comment', { claimId: 'S-3', text: 'Looks fine.' }],
      ['claim.precheck', { claimId: 'S-3' }],
      ['claim.assign', { claimId: 'S-3', to: OS_USER }],
      ['queue.next', {}],
    ];
    for (const [method, input] of writes) {
      const error = await refusal(w.call(method as 'claim.decide', input));
      expect(error?.code, method).toBe('forbidden');
      expect(error?.message, method).toMatch(/^an auditor may not .+: the roles reviewer and team lead may$/);
    }
    expect(JSON.stringify(await ok(w.call('claim.get', { id: 'S-3' })))).toBe(before);
    expect((await ok(w.call('queue.list', {}))).total).toBe(3);
    expect((await ok(w.call('store.verify', {}))).ok).toBe(true);
    // Their own settings are theirs: an auditor may switch to dark, or to another role.
    await ok(w.call('settings.update', { theme: 'dark' }));
    await actAs('team-lead');
    expect((await ok(w.call('claim.decide', { claimId: 'S-3', action: 'request-info', deficiencies: ['missing-poe'], message: 'Please attach the SOW.' }))).status).toBe(
      'partner-action-required',
    );
  });

  it('a team lead assigns anyone and sets the team\'s calendar and policy', async () => {
    expect((await ok(w.call('claim.assign', { claimId: 'S-1', to: 'Priya Shah' }))).assignee).toBe('Priya Shah');
    expect((await ok(w.call('claim.assign', { claimId: 'S-1', to: 'Sam Lee' }))).assignee).toBe('Sam Lee');
    await ok(w.call('settings.update', { calendar: { closing: '16:30' }, policy: { active: '2023', from: '2026-01-01' } }));
    expect((await ok(w.call('settings.get', {}))).settings).toMatchObject({ calendar: { closing: '16:30' }, policy: { active: '2023', from: '2026-01-01' } });
  });
});

describe('the data folder', () => {
  it('is chosen for the next start in the desktop app, and checked now', async () => {
    const desk = workstation({ transport: 'electron' });
    try {
      const next = join(desk.dir, 'elsewhere', 'cpor-data');
      const { settings } = await ok(desk.call('settings.update', { dataFolder: next }));
      expect(settings.dataFolder).toEqual({ current: desk.dir, next, changeable: true });
      expect(await refusal(desk.call('settings.update', { dataFolder: 'relative/folder' }))).toEqual({
        code: 'invalid-input',
        message: expect.stringMatching(/^dataFolder: "relative\/folder" is not a full path/),
        issues: [{ path: ['dataFolder'], code: 'not-absolute', params: { value: 'relative/folder' }, message: expect.stringMatching(/^"relative\/folder" is not a full path/) }],
      });
      mkdirSync(join(desk.dir, 'x'));
      writeFileSync(join(desk.dir, 'x', 'file'), '');
      expect((await refusal(desk.call('settings.update', { dataFolder: join(desk.dir, 'x', 'file') })))?.message).toMatch(/is a file, not a folder/);
      expect((await ok(desk.call('settings.get', {}))).settings.dataFolder.next).toBe(next);
    } finally {
      desk.dispose();
    }
  });
});
