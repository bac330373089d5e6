// Where the Settings screen shows a refusal, and whether it can word it in the UI's language: under
// the field it names, or at the section's foot. That the parser knows every refusal the service
// really writes is checked through the API: test/integration/settings-refusals.test.ts.
import { describe, expect, it } from 'vitest';
import { refusalText, TEAM_SETTINGS } from '../../../shared/domain/roles';
import { fieldErrors } from '../../../renderer/features/settings/fieldError';

describe('settings refusals', () => {
  it('find the field a refusal names, from the boundary or the service', () => {
    expect(fieldErrors('settings.update: calendar.closing: closing time must be HH:MM from 00:00 to 23:59')).toEqual([
      { field: 'calendar.closing', message: 'closing time must be HH:MM from 00:00 to 23:59', refusal: { kind: 'closingFormat' }, service: true },
    ]);
    expect(fieldErrors('calendar.region: unknown holiday region "XX" (a date-holidays code, e.g. US, US-CA, FR, DE)')).toEqual([
      {
        field: 'calendar.region',
        message: 'unknown holiday region "XX" (a date-holidays code, e.g. US, US-CA, FR, DE)',
        refusal: { kind: 'regionUnknown', value: 'XX' },
        service: true,
      },
    ]);
    expect(fieldErrors('settings.update: identity: your name cannot be empty')).toEqual([
      { field: 'identity', message: 'your name cannot be empty', refusal: { kind: 'identityEmpty' }, service: true },
    ]);
  });

  it('keep a refusal that names no field whole', () => {
    const role = 'a reviewer may not change the team’s business calendar: the role team lead may';
    expect(role).toBe(refusalText('reviewer', TEAM_SETTINGS.calendar));
    expect(fieldErrors(role)).toEqual([{ field: null, message: role, refusal: { kind: 'teamSetting', role: 'reviewer', part: 'calendar' }, service: true }]);
    expect(fieldErrors('settings.update: name at least one setting to change')).toEqual([
      { field: null, message: 'name at least one setting to change', refusal: { kind: 'nothing' }, service: true },
    ]);
  });

  it('split the boundary\'s several issues, one per field; a service refusal with a semicolon stays whole', () => {
    const errors = fieldErrors('settings.update: identity: your name cannot be empty; calendar.timeZone: choose a time zone; calendar.closing: closing time must be HH:MM from 00:00 to 23:59');
    expect(errors.map((e) => [e.field, e.refusal?.kind])).toEqual([
      ['identity', 'identityEmpty'],
      ['calendar.timeZone', 'zoneEmpty'],
      ['calendar.closing', 'closingFormat'],
    ]);
    const fixed = 'dataFolder: the browser host serves the folder it was started with; start it with "--data DIR" to use another';
    expect(fieldErrors(fixed)).toEqual([{ field: 'dataFolder', message: fixed.slice('dataFolder: '.length), refusal: { kind: 'folderFixed' }, service: true }]);
  });

  it('leave what it cannot tell to the service\'s words, and guess no field for another\'s words', () => {
    expect(fieldErrors('settings.update: calendar.region: Too big: expected string to have <=24 characters')).toEqual([
      { field: 'calendar.region', message: 'Too big: expected string to have <=24 characters', refusal: null, service: true },
    ]);
    expect(fieldErrors('identity: choose a time zone')[0]?.refusal).toBeNull();
  });

  it('read the folders a desktop app cannot use (found on the machine, so not made in the API test)', () => {
    expect(fieldErrors('dataFolder: the workstation cannot write in "/srv/cpor"')[0]?.refusal).toEqual({ kind: 'folderReadOnly', value: '/srv/cpor' });
    expect(fieldErrors('dataFolder: no part of "Q:\\cpor" exists')[0]?.refusal).toEqual({ kind: 'folderMissing', value: 'Q:\\cpor' });
  });
});
