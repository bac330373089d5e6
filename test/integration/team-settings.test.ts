// Team settings live on the hub (issue 15): real hub processes on a real PostgreSQL server, real
// workstation stores. Two workstations with different calendars of their own join one hub; a team
// lead sets the team's calendar and policy (`cpor hub settings`, and Settings on a joined
// workstation); after a sync both compute the same deadlines and judge new claims alike. A
// reviewer's and an auditor's change is refused by the hub (403, named), a malformed one (400)
// changes nothing, and every change is in the hub's append-only audit.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceContext, storeContext } from '../../main/services/context';
import { dispatch } from '../../main/services/dispatch';
import { createHandlers } from '../../main/services/handlers';
import { importBundle } from '../../main/services/import/import-bundle';
import { changeCalendar } from '../../main/services/sla-recompute';
import { saveHubSettings } from '../../main/services/sync/sync-settings';
import { slaColumns } from '../../main/store/claims-table';
import { readCalendar, storedCalendar } from '../../main/store/settings-table';
import type { Method } from '../../shared/api/contract';
import type { CalendarConfig } from '../../shared/domain/calendar';
import type { Role } from '../../shared/domain/roles';
import { deadlineForStatus } from '../../shared/domain/sla';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { cpor } from '../fixtures/cli';
import { TEST_NOW, testNow } from '../fixtures/clock';
import { startTeam, stopPostgres, type Team, workstation, type Workstation } from '../fixtures/team';

const LEAD = 'Priya Shah';
const REVIEWER = 'Alex Martin';
const AUDITOR = 'Ana Auditor';
const PARIS: CalendarConfig = { region: 'FR', timeZone: 'Europe/Paris', closing: '18:00' };
const BERLIN: CalendarConfig = { region: 'DE', timeZone: 'Europe/Berlin', closing: '16:00' };

let team: Team;
let hub: string;
const opened: Workstation[] = [];

beforeAll(async () => {
  team = await startTeam('team_settings', 1);
  hub = team.hubs[0]!;
}, 120_000);

afterAll(async () => {
  for (const w of opened) w.dispose();
  await team?.stop();
  await stopPostgres();
});

function station(name: string, user: string, role: Role): Workstation {
  const w = workstation(name, user, team.token(user, role));
  opened.push(w);
  return w;
}

/** A workstation's context acting in a role, as its Settings would. */
const ctxAs = (w: Workstation, user: string, role: Role): ServiceContext =>
  storeContext(w.store, { now: testNow, user, role, appVersion: 'test', transport: 'browser-host' });

function call<M extends Method>(ctx: ServiceContext, method: M, input: unknown) {
  return dispatch(createHandlers(ctx), method, input);
}

async function put(token: string, body: string): Promise<{ status: number; body: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }> {
  const res = await fetch(`${hub}/v1/settings`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
  return { status: res.status, body: (await res.json()) as never };
}

async function hubRows<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: team.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

interface AuditRow {
  version: number;
  set_by: string;
  set_by_role: string;
  set_at: Date;
  old_settings: unknown;
  new_settings: unknown;
}
const audit = () => hubRows<AuditRow>('SELECT version, set_by, set_by_role, set_at, old_settings, new_settings FROM hub_team_settings_audit ORDER BY version');
const hubSettings = () => hubRows('SELECT * FROM hub_team_settings');

const dueAt = (w: Workstation, id: string) => (w.store.db.prepare('SELECT sla_due_at FROM claims WHERE id = ?').get(id) as { sla_due_at: string }).sla_due_at;
const policyOf = (w: Workstation, id: string) => (w.store.db.prepare('SELECT policy FROM claims WHERE id = ?').get(id) as { policy: string }).policy;
const statusSince = (w: Workstation, id: string) => (w.store.db.prepare('SELECT status_since FROM claims WHERE id = ?').get(id) as { status_since: string }).status_since;

describe('the team settings on the hub', () => {
  let alex: Workstation;
  let sam: Workstation;

  beforeAll(async () => {
    alex = station('alex', REVIEWER, 'reviewer');
    sam = station('sam', 'Sam Lee', 'reviewer');
    // Sam's workstation keeps a calendar of its own; Alex's the default (US, Los Angeles, 17:00).
    changeCalendar(sam.store, PARIS);
    await importBundle(alex.ctx(), await writeBundle([claimRow({ id: 'SET-1', submittedAt: '2026-11-20T16:00:00Z' })]));
    await alex.sync(hub);
    await sam.sync(hub);
  });

  it('starts with none: each workstation keeps its own calendar, and the same claim falls due at different times', async () => {
    const read = await fetch(`${hub}/v1/settings`, { headers: { authorization: `Bearer ${team.token(REVIEWER)}` } });
    expect(await read.json()).toEqual({ ok: true, value: { settings: null } });
    const shown = cpor('hub', 'settings', '--hub', hub, '--token', team.token(AUDITOR, 'auditor'));
    expect(shown.code, shown.err).toBe(0);
    expect(shown.out).toMatch(/has no team settings yet/);
    expect(readCalendar(sam.store.db)).toEqual(PARIS);
    expect(dueAt(alex, 'SET-1')).not.toBe(dueAt(sam, 'SET-1'));
  });

  it('is set by a team lead with `cpor hub settings`; after a sync both workstations compute the same deadline', async () => {
    const set = cpor('hub', 'settings', '--hub', hub, '--token', team.token(LEAD, 'team-lead'), '--region', 'DE', '--tz', 'Europe/Berlin', '--closing', '16:00', '--json');
    expect(set.code, set.err).toBe(0);
    expect(JSON.parse(set.out)).toEqual({
      hub,
      changed: true,
      settings: { calendar: BERLIN, policy: { active: '2020', from: '2020-01-01' }, version: 1, setBy: LEAD, setAt: new Date(TEST_NOW).toISOString() },
    });

    const reports = [await alex.sync(hub), await sam.sync(hub)];
    for (const r of reports) expect(r.teamSettings).toEqual({ version: 1, changed: true, deadlines: 1 });
    const expected = slaColumns(deadlineForStatus('submitted', '2020', statusSince(alex, 'SET-1'), BERLIN)).sla_due_at;
    expect(dueAt(alex, 'SET-1')).toBe(expected);
    expect(dueAt(sam, 'SET-1')).toBe(expected);
    for (const w of [alex, sam]) expect(w.ctx().calendar).toEqual(BERLIN);
    // Sam's own calendar is kept, for the day the workstation leaves the hub.
    expect(storedCalendar(sam.store.db).calendar).toEqual(PARIS);
    // A round that finds the same settings changes nothing.
    expect((await sam.sync(hub)).teamSettings).toEqual({ version: 1, changed: false, deadlines: 0 });
  });

  it('says in Settings that the hub sets the calendar and the policy, by whom and when', async () => {
    const view = await call(ctxAs(sam, 'Sam Lee', 'reviewer'), 'settings.get', {});
    if (!view.ok) throw new Error(view.error.message);
    expect(view.value.settings.calendar).toEqual(BERLIN);
    expect(view.value.settings.teamHub).toEqual({ joined: false, hubUrl: null, inForce: { version: 1, setBy: LEAD, setAt: new Date(TEST_NOW).toISOString() } });
  });

  it('judges claims imported after a policy adoption by the team\'s policy, on every workstation', async () => {
    const set = cpor('hub', 'settings', '--hub', hub, '--token', team.token(LEAD, 'team-lead'), '--policy', '2023', '--policy-from', '2026-01-01');
    expect(set.code, set.err).toBe(0);
    expect(set.out).toMatch(/^set; team settings on .+, version 2, set by Priya Shah/);
    await alex.sync(hub);
    await sam.sync(hub);
    await importBundle(sam.ctx(), await writeBundle([claimRow({ id: 'SET-2', submittedAt: '2026-11-20T16:00:00Z' })]));
    expect(policyOf(sam, 'SET-2')).toBe('2023');
    await sam.sync(hub);
    await alex.sync(hub);
    expect(policyOf(alex, 'SET-2')).toBe('2023');
    expect(dueAt(alex, 'SET-2')).toBe(dueAt(sam, 'SET-2'));
  });

  it('refuses a reviewer\'s and an auditor\'s change by name (403), and changes nothing', async () => {
    const before = await hubSettings();
    const reviewer = await put(team.token(REVIEWER), JSON.stringify({ calendar: { closing: '12:00' } }));
    expect(reviewer.status).toBe(403);
    expect(reviewer.body.error).toEqual({ code: 'forbidden', message: "a reviewer may not change the team's settings (business calendar and policy): team-lead may" });
    const auditor = await put(team.token(AUDITOR, 'auditor'), JSON.stringify({ calendar: { closing: '12:00' } }));
    expect(auditor.status).toBe(403);
    expect(auditor.body.error?.message).toMatch(/^an auditor may not change the team's settings/);
    const cli = cpor('hub', 'settings', '--hub', hub, '--token', team.token(REVIEWER), '--closing', '12:00');
    expect(cli.code).toBe(1);
    expect(cli.err).toMatch(/^cpor: the team hub refused: a reviewer may not change the team's settings/);
    expect(await hubSettings()).toEqual(before);
    expect(await audit()).toHaveLength(2);
  });

  it('refuses a malformed change (400) and changes nothing', async () => {
    const before = await hubSettings();
    const lead = team.token(LEAD, 'team-lead');
    const bad: [string, RegExp][] = [
      ['{ not json', /not JSON/],
      [JSON.stringify({}), /name the calendar or the policy/],
      [JSON.stringify({ colour: 'blue' }), /Unrecognized key/],
      [JSON.stringify({ calendar: { closing: '25:00' } }), /calendar\.closing: closing time must be HH:MM/],
      [JSON.stringify({ calendar: { weekend: 'Fri' } }), /calendar: Unrecognized key/],
      [JSON.stringify({ calendar: { region: 'XX' } }), /^calendar\.region: unknown holiday region "XX"/],
      [JSON.stringify({ calendar: { timeZone: 'Mars/Olympus' } }), /^calendar\.timeZone: unknown time zone/],
      [JSON.stringify({ policy: { active: '2023' } }), /policy\.from/],
      [JSON.stringify({ policy: { active: '2023', from: '2022-06-01' } }), /^policy\.from: the 2023 policy took effect on 2023-01-01/],
      [JSON.stringify({ policy: { active: '2031', from: '2031-01-01' } }), /policy\.active/],
    ];
    for (const [body, message] of bad) {
      const answer = await put(lead, body);
      expect(answer.status, body).toBe(400);
      expect(answer.body.error?.code, body).toBe('invalid-input');
      expect(answer.body.error?.message, body).toMatch(message);
    }
    expect(cpor('hub', 'settings', '--hub', hub, '--token', lead, '--region', 'XX').code).toBe(2);
    expect(cpor('hub', 'settings', '--hub', hub, '--token', lead, '--policy', '2023').code).toBe(2);
    expect(await hubSettings()).toEqual(before);
    expect(await audit()).toHaveLength(2);
  });

  it('keeps every change in an append-only audit: who, in which role, when (the hub\'s clock), the values before and after', async () => {
    const same = cpor('hub', 'settings', '--hub', hub, '--token', team.token(LEAD, 'team-lead'), '--closing', '16:00', '--json');
    expect(JSON.parse(same.out)).toMatchObject({ changed: false, settings: { version: 2 } });
    const rows = await audit();
    const at = new Date(TEST_NOW).getTime();
    const v1 = { calendar: BERLIN, policy: { active: '2020', from: '2020-01-01' } };
    const v2 = { calendar: BERLIN, policy: { active: '2023', from: '2026-01-01' } };
    expect(rows.map((r) => ({ ...r, set_at: r.set_at.getTime() }))).toEqual([
      { version: 1, set_by: LEAD, set_by_role: 'team-lead', set_at: at, old_settings: null, new_settings: v1 },
      { version: 2, set_by: LEAD, set_by_role: 'team-lead', set_at: at, old_settings: v1, new_settings: v2 },
    ]);
    await expect(hubRows("UPDATE hub_team_settings_audit SET set_by = 'Someone else'")).rejects.toThrow(/append-only/);
    await expect(hubRows('DELETE FROM hub_team_settings_audit')).rejects.toThrow(/append-only/);
    await expect(hubRows('TRUNCATE hub_team_settings_audit')).rejects.toThrow(/append-only/);
    expect(await audit()).toHaveLength(2);
  });
});

describe('Settings on a workstation joined to the hub', () => {
  let lena: Workstation;
  let ctx: ServiceContext;

  beforeAll(async () => {
    lena = station('lena', LEAD, 'team-lead');
    ctx = ctxAs(lena, LEAD, 'team-lead');
    saveHubSettings(lena.store.db, ctx.tokenVault, { hubUrl: hub, token: team.token(LEAD, 'team-lead') });
    await importBundle(lena.ctx(), await writeBundle([claimRow({ id: 'SET-3', submittedAt: '2026-11-20T16:00:00Z' })]));
    await lena.sync(hub);
  });

  it('sends a team lead\'s change to the hub, not to the store, and keeps what the hub answered', async () => {
    const own = storedCalendar(lena.store.db);
    const saved = await call(ctx, 'settings.update', { calendar: { closing: '15:30' } });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.settings.calendar).toEqual({ ...BERLIN, closing: '15:30' });
    expect(saved.value.settings.teamHub).toMatchObject({ joined: true, hubUrl: hub, inForce: { version: 3, setBy: LEAD } });
    expect(saved.value.deadlines).toEqual({ claims: 3, changed: 3 });
    expect(storedCalendar(lena.store.db)).toEqual(own);
    expect(dueAt(lena, 'SET-3')).toBe(slaColumns(deadlineForStatus('submitted', '2020', statusSince(lena, 'SET-3'), { ...BERLIN, closing: '15:30' })).sla_due_at);
    expect((await audit()).at(-1)).toMatchObject({ version: 3, set_by: LEAD, old_settings: { calendar: BERLIN }, new_settings: { calendar: { ...BERLIN, closing: '15:30' } } });
  });

  it('refuses a reviewer\'s change on the workstation, and a change made on settings another team lead has changed since', async () => {
    // Joined to the hub, a workstation acts in its token's role, whatever its person's settings say.
    const rita = station('rita', REVIEWER, 'reviewer');
    const ritaCtx = ctxAs(rita, REVIEWER, 'team-lead');
    saveHubSettings(rita.store.db, ritaCtx.tokenVault, { hubUrl: hub, token: team.token(REVIEWER) });
    await rita.sync(hub);
    const reviewer = await call(ritaCtx, 'settings.update', { calendar: { closing: '09:00' } });
    expect(reviewer.ok).toBe(false);
    if (!reviewer.ok) expect(reviewer.error.refusal).toMatchObject({ key: 'team-setting-forbidden', params: { role: 'reviewer' } });

    expect(cpor('hub', 'settings', '--hub', hub, '--token', team.token(LEAD, 'team-lead'), '--closing', '17:30').code).toBe(0);
    const stale = await call(ctx, 'settings.update', { calendar: { closing: '14:00' } });
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe('conflict');
      expect(stale.error.refusal).toEqual({ key: 'team-settings-changed', params: { name: LEAD, setAt: new Date(TEST_NOW).toISOString() } });
    }
    // The hub's newer settings were fetched: they are what Settings shows now, and the change can be made on them.
    expect(readCalendar(lena.store.db).closing).toBe('17:30');
    const again = await call(ctx, 'settings.update', { calendar: { closing: '14:00' } });
    expect(again.ok).toBe(true);
    expect((await audit()).at(-1)).toMatchObject({ version: 5, new_settings: { calendar: { closing: '14:00' } } });
  });

  it('refuses to change the store\'s own calendar while the hub sets it (cpor sla calendar), and gives it back on leaving the hub', async () => {
    const set = cpor('--data', lena.dir, 'sla', 'calendar', '--closing', '11:00');
    expect(set.code).toBe(1);
    expect(set.err).toMatch(/the business calendar and the policy are set by the team hub \(version 5, by Priya Shah/);
    const shown = JSON.parse(cpor('--data', lena.dir, 'sla', 'calendar', '--json').out);
    expect(shown).toMatchObject({ region: 'DE', closing: '14:00', teamHub: { version: 5, setBy: LEAD } });

    const left = await call(ctx, 'sync.configure', { hubUrl: '' });
    expect(left.ok).toBe(true);
    expect(readCalendar(lena.store.db)).toEqual(storedCalendar(lena.store.db).calendar);
    const own = readCalendar(lena.store.db);
    expect(dueAt(lena, 'SET-3')).toBe(slaColumns(deadlineForStatus('submitted', '2020', statusSince(lena, 'SET-3'), own)).sla_due_at);
    const view = await call(ctx, 'settings.get', {});
    if (view.ok) expect(view.value.settings.teamHub).toEqual({ joined: false, hubUrl: null, inForce: null });
  });
});

describe('two team leads at once', () => {
  it('get a version each, in turn, through two hub processes, and the audit keeps every change', async () => {
    const second = await team.startHub();
    const before = (await audit()).length;
    const version = Number((await hubRows<{ version: number }>('SELECT version FROM hub_team_settings'))[0]!.version);
    const lead = team.token(LEAD, 'team-lead');
    const closings = ['08:00', '08:15', '08:30', '08:45', '09:00', '09:15'];
    const answers = await Promise.all(
      closings.map(async (closing, i) => {
        const res = await fetch(`${i % 2 ? second : hub}/v1/settings`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${lead}`, 'content-type': 'application/json' },
          body: JSON.stringify({ calendar: { closing } }),
        });
        return (await res.json()) as { ok: boolean; value: { settings: { version: number } } };
      }),
    );
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(answers.map((a) => a.value.settings.version).sort((a, b) => a - b)).toEqual(closings.map((_, i) => version + i + 1));
    const rows = (await audit()).slice(before);
    expect(rows).toHaveLength(closings.length);
    // Each change starts from the one before it: no change is lost between two processes.
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.old_settings).toEqual(rows[i - 1]!.new_settings);
  });
});
