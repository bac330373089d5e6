// Every refusal the service writes about a setting is one the Settings screen can word in the UI's
// language (renderer/features/settings/fieldError.ts): the bad values go through dispatch as both
// transports send them, so a change of the service's wording fails here, not on a French screen.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fieldErrors, type Refusal } from '../../renderer/features/settings/fieldError';
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

async function refusedAs(at: Workstation, change: unknown): Promise<readonly { field: string | null; refusal: Refusal | null }[]> {
  const result = await at.call('settings.update', change);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(change)}`);
  return fieldErrors(result.error.message).map(({ field, refusal }) => ({ field, refusal }));
}

describe('the Settings screen reads the service\'s refusals', () => {
  it('of the person\'s and the team\'s settings, each under its field', async () => {
    const cases: [unknown, string | null, Refusal][] = [
      [{ identity: '  ' }, 'identity', { kind: 'identityEmpty' }],
      [{ identity: 'x'.repeat(121) }, 'identity', { kind: 'identityTooLong', max: 120 }],
      [{ calendar: { region: '' } }, 'calendar.region', { kind: 'regionEmpty' }],
      [{ calendar: { region: 'XX' } }, 'calendar.region', { kind: 'regionUnknown', value: 'XX' }],
      [{ calendar: { timeZone: ' ' } }, 'calendar.timeZone', { kind: 'zoneEmpty' }],
      [{ calendar: { timeZone: 'Mars/Olympus' } }, 'calendar.timeZone', { kind: 'zoneUnknown', value: 'Mars/Olympus' }],
      [{ calendar: { closing: '25:00' } }, 'calendar.closing', { kind: 'closingFormat' }],
      [{ policy: { active: '2023', from: '2026-02-30' } }, 'policy.from', { kind: 'policyDate' }],
      [{ policy: { active: '2023', from: '2022-12-31' } }, 'policy.from', { kind: 'policyTooEarly', policy: '2023', effective: '2023-01-01', from: '2022-12-31' }],
      [{ dataFolder: '/elsewhere' }, 'dataFolder', { kind: 'folderFixed' }],
      [{}, null, { kind: 'nothing' }],
    ];
    for (const [change, field, refusal] of cases) expect(await refusedAs(w, change), JSON.stringify(change)).toEqual([{ field, refusal }]);
  });

  it('of the desktop app\'s next data folder', async () => {
    mkdirSync(join(desk.dir, 'x'));
    const file = join(desk.dir, 'x', 'file');
    writeFileSync(file, '');
    expect(await refusedAs(desk, { dataFolder: ' ' })).toEqual([{ field: 'dataFolder', refusal: { kind: 'folderEmpty' } }]);
    expect(await refusedAs(desk, { dataFolder: 'relative/folder' })).toEqual([{ field: 'dataFolder', refusal: { kind: 'folderRelative', value: 'relative/folder' } }]);
    expect(await refusedAs(desk, { dataFolder: file })).toEqual([{ field: 'dataFolder', refusal: { kind: 'folderFile', value: file } }]);
  });

  it('of the team\'s settings to a role that is not the lead\'s', async () => {
    for (const role of ['reviewer', 'auditor'] as const) {
      await w.call('settings.update', { role });
      expect(await refusedAs(w, { calendar: { closing: '16:00' } })).toEqual([{ field: null, refusal: { kind: 'teamSetting', role, part: 'calendar' } }]);
      expect(await refusedAs(w, { policy: { active: '2023', from: '2026-01-01' } })).toEqual([{ field: null, refusal: { kind: 'teamSetting', role, part: 'policy' } }]);
    }
  });

  it('of several values at once, one per field', async () => {
    expect(await refusedAs(w, { identity: '', calendar: { closing: '5pm' } })).toEqual([
      { field: 'identity', refusal: { kind: 'identityEmpty' } },
      { field: 'calendar.closing', refusal: { kind: 'closingFormat' } },
    ]);
  });
});
