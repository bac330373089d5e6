// Every refusal of a setting names its field and says what is wrong as data (the envelope's
// `issues`: a path, a code, the values), whether zod refused it at the boundary or the service
// did: the bad values go through dispatch as both transports send them. The Settings screen words
// these codes from its catalogs (renderer/features/settings/fieldError.ts, tested with
// test/unit/renderer/settings-field-error.test.ts); the English beside them is unchanged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type InputIssue, InputIssueSchema, issueField } from '../../shared/api/input-issue';
import { workstation, type Workstation } from '../fixtures/workstation';

let w: Workstation;
let desk: Workstation;

beforeEach(() => {
  w = workstation();
  desk = workstation({ transport: 'electron' });
});
afterEach(() => {
  w.dispose();
  desk.dispose();
});

type Keyed = Pick<InputIssue, 'path' | 'code' | 'params'>;

/** The issues of a refused change, checked against the envelope's schema and its English. */
async function refusedAs(at: Workstation, change: unknown): Promise<readonly Keyed[]> {
  const result = await at.call('settings.update', change);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(change)}`);
  const { code, message, issues } = result.error;
  expect(code).toBe('invalid-input');
  expect(InputIssueSchema.array().parse(issues)).toEqual(issues);
  // The English names the same fields with the same words, as the command line prints it.
  for (const issue of issues ?? []) expect(message).toContain(issue.path.length ? `${issueField(issue.path)}: ${issue.message}` : issue.message);
  return (issues ?? []).map(({ path, code, params }) => ({ path, code, params }));
}

describe('a refused setting names its field and its reason as data', () => {
  it('of the person\'s and the team\'s settings, at the boundary and in the service', async () => {
    const cases: [unknown, Keyed][] = [
      [{ identity: '  ' }, { path: ['identity'], code: 'too-small', params: { min: 1 } }],
      [{ identity: 'x'.repeat(121) }, { path: ['identity'], code: 'too-big', params: { max: 120 } }],
      [{ calendar: { region: '' } }, { path: ['calendar', 'region'], code: 'too-small', params: { min: 1 } }],
      [{ calendar: { region: 'x'.repeat(25) } }, { path: ['calendar', 'region'], code: 'too-big', params: { max: 24 } }],
      [{ calendar: { region: 'XX' } }, { path: ['calendar', 'region'], code: 'unknown', params: { value: 'XX' } }],
      [{ calendar: { timeZone: ' ' } }, { path: ['calendar', 'timeZone'], code: 'too-small', params: { min: 1 } }],
      [{ calendar: { timeZone: 'Mars/Olympus' } }, { path: ['calendar', 'timeZone'], code: 'unknown', params: { value: 'Mars/Olympus' } }],
      [{ calendar: { closing: '25:00' } }, { path: ['calendar', 'closing'], code: 'invalid-format', params: {} }],
      [{ calendar: { closing: '16:00', opening: '08:00' } }, { path: ['calendar'], code: 'unrecognized-keys', params: { keys: 'opening' } }],
      [{ policy: { active: '2099', from: '2099-01-01' } }, { path: ['policy', 'active'], code: 'invalid-value', params: { allowed: '2020,2023' } }],
      [{ policy: { active: '2023', from: '2026-02-30' } }, { path: ['policy', 'from'], code: 'invalid-format', params: { format: 'date' } }],
      [{ policy: { active: '2023', from: '2022-12-31' } }, { path: ['policy', 'from'], code: 'too-early', params: { policy: '2023', effective: '2023-01-01', from: '2022-12-31' } }],
      [{ theme: 'sepia' }, { path: ['theme'], code: 'invalid-value', params: { allowed: 'light,dark,system' } }],
      [{ dataFolder: '/elsewhere' }, { path: ['dataFolder'], code: 'not-changeable', params: {} }],
      [{}, { path: [], code: 'nothing-to-change', params: {} }],
    ];
    for (const [change, issue] of cases) expect(await refusedAs(w, change), JSON.stringify(change)).toEqual([issue]);
  });

  it('of the desktop app\'s next data folder', async () => {
    mkdirSync(join(desk.dir, 'x'));
    const file = join(desk.dir, 'x', 'file');
    writeFileSync(file, '');
    expect(await refusedAs(desk, { dataFolder: ' ' })).toEqual([{ path: ['dataFolder'], code: 'too-small', params: { min: 1 } }]);
    expect(await refusedAs(desk, { dataFolder: 'relative/folder' })).toEqual([{ path: ['dataFolder'], code: 'not-absolute', params: { value: 'relative/folder' } }]);
    expect(await refusedAs(desk, { dataFolder: file })).toEqual([{ path: ['dataFolder'], code: 'not-a-folder', params: { value: file } }]);
    expect(await refusedAs(desk, { dataFolder: join(file, 'inside') })).toEqual([{ path: ['dataFolder'], code: 'not-a-folder', params: { value: file } }]);
  });

  it('of the team\'s settings to a role that is not the lead\'s: a keyed refusal, no field', async () => {
    for (const role of ['reviewer', 'auditor'] as const) {
      await w.call('settings.update', { role });
      for (const [part, change] of [
        ['calendar', { calendar: { closing: '16:00' } }],
        ['policy', { policy: { active: '2023', from: '2026-01-01' } }],
      ] as const) {
        const result = await w.call('settings.update', change);
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expect(result.error.refusal).toEqual({ key: 'team-setting-forbidden', params: { role, part, allowed: 'team-lead' } });
        expect(result.error).not.toHaveProperty('issues');
      }
    }
  });

  it('of several values at once, one issue per field, in the order given', async () => {
    expect(await refusedAs(w, { identity: '', calendar: { closing: '5pm' } })).toEqual([
      { path: ['identity'], code: 'too-small', params: { min: 1 } },
      { path: ['calendar', 'closing'], code: 'invalid-format', params: {} },
    ]);
  });
});

describe('a disk that will not take the change', () => {
  it('is said to be full, keyed for the screen, and the settings stay as they were', async () => {
    await w.call('settings.update', { role: 'team-lead' });
    const before = await w.call('settings.get', {});
    // The store may not grow by one page more, and its pages are filled to the brim: SQLite
    // answers SQLITE_FULL exactly as it does when the disk itself is full.
    const db = w.live.store.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const fill = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    expect(() => {
      for (let i = 0; ; i++) fill.run(`test.filler-${i}`, 'x'.repeat(200));
    }).toThrow(/database or disk is full/);

    const result = await w.call('settings.update', { calendar: { closing: '16:00' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unavailable');
    expect(result.error.refusal).toEqual({ key: 'disk-full', params: { method: 'settings.update' } });
    expect(result.error.message).toBe('settings.update: the disk that holds the data folder is full; nothing was saved: free some space, then try again');
    expect(await w.call('settings.get', {})).toEqual(before);
  });
});
