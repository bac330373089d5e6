// Live countdowns in business time, in the calendar's zone, with the holidays handed in.
import { describe, expect, it } from 'vitest';
import { businessTimeLeft, type CountdownCalendar } from '../../shared/domain/business-time';

const cal: CountdownCalendar = { timeZone: 'America/Los_Angeles', closing: '17:00', holidays: new Set(['2026-11-26']) };
const t = (iso: string) => Date.parse(iso);

describe('business time left', () => {
  it('counts whole business days after today plus what is left of today', () => {
    // Tue 24 Nov 14:00 -> Thu 26 is Thanksgiving, Fri 27 17:00: Wed 25 and Fri 27, plus 3 h today.
    expect(businessTimeLeft(t('2026-11-24T14:00:00-08:00'), t('2026-11-27T17:00:00-08:00'), cal)).toEqual({ overdue: false, businessDays: 2, minutes: 180 });
  });

  it('counts nothing of today after closing or on a weekend', () => {
    expect(businessTimeLeft(t('2026-11-24T19:00:00-08:00'), t('2026-11-25T17:00:00-08:00'), cal)).toEqual({ overdue: false, businessDays: 1, minutes: 0 });
    expect(businessTimeLeft(t('2026-11-21T10:00:00-08:00'), t('2026-11-24T17:00:00-08:00'), cal)).toEqual({ overdue: false, businessDays: 2, minutes: 0 });
  });

  it('gives plain minutes on the deadline day', () => {
    expect(businessTimeLeft(t('2026-11-24T13:40:00-08:00'), t('2026-11-24T17:00:00-08:00'), cal)).toEqual({ overdue: false, businessDays: 0, minutes: 200 });
  });

  it('counts business days since a missed deadline, or minutes on the same day', () => {
    expect(businessTimeLeft(t('2026-11-24T19:00:00-08:00'), t('2026-11-24T17:00:00-08:00'), cal)).toEqual({ overdue: true, businessDays: 0, minutes: 120 });
    // Due Wed 25; now Mon 30: Fri 27 and Mon 30 (Thanksgiving and the weekend do not count).
    expect(businessTimeLeft(t('2026-11-30T09:00:00-08:00'), t('2026-11-25T17:00:00-08:00'), cal)).toEqual({ overdue: true, businessDays: 2, minutes: 0 });
  });

  it('reads local dates in the calendar zone, not the machine zone', () => {
    const paris: CountdownCalendar = { timeZone: 'Europe/Paris', closing: '17:00', holidays: new Set() };
    // 23:30 UTC Friday is already Saturday in Paris: nothing of "today" counts.
    expect(businessTimeLeft(t('2026-11-27T23:30:00Z'), t('2026-11-30T16:00:00Z'), paris)).toEqual({ overdue: false, businessDays: 1, minutes: 0 });
  });
});
