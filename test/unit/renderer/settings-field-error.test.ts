// Where the Settings screen shows a refusal: under the field it names, or at the section's foot.
import { describe, expect, it } from 'vitest';
import { fieldError } from '../../../renderer/features/settings/fieldError';

describe('settings refusals', () => {
  it('find the field a refusal names, from the boundary or the service', () => {
    expect(fieldError('settings.update: calendar.closing: closing time must be HH:MM from 00:00 to 23:59')).toEqual({
      field: 'calendar.closing',
      message: 'closing time must be HH:MM from 00:00 to 23:59',
    });
    expect(fieldError('calendar.region: unknown holiday region "XX" (a date-holidays code, e.g. US, US-CA, FR, DE)')).toEqual({
      field: 'calendar.region',
      message: 'unknown holiday region "XX" (a date-holidays code, e.g. US, US-CA, FR, DE)',
    });
    expect(fieldError('settings.update: identity: your name cannot be empty')).toEqual({ field: 'identity', message: 'your name cannot be empty' });
  });

  it('keep a refusal that names no field whole', () => {
    const role = 'a reviewer may not change the team’s business calendar: the role team lead may';
    expect(fieldError(role)).toEqual({ field: null, message: role });
    expect(fieldError('settings.update: name at least one setting to change')).toEqual({ field: null, message: 'name at least one setting to change' });
  });
});
