// Deadline arithmetic (docs/domain.md "Deadline arithmetic"): N business days end at closing time of the N-th business day
// strictly after the start's local date; calendar days keep the local wall-clock time.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import { addBusinessDays, addCalendarDays, clockDeadline, isoOf, slaState } from '../../shared/domain/sla';

const us = DEFAULT_CALENDAR;
const fr = { region: 'FR', timeZone: 'Europe/Paris', closing: '18:00' };

describe('business-day deadlines', () => {
  it.each([
    ['plain week', '2026-11-02T10:00:00-08:00', 5, us, '2026-11-09T17:00:00.000-08:00'],
    ['after closing time still counts from the next day', '2026-11-02T20:00:00-08:00', 1, us, '2026-11-03T17:00:00.000-08:00'],
    ['starts on a Saturday', '2026-11-07T09:00:00-08:00', 1, us, '2026-11-09T17:00:00.000-08:00'],
    ['Thanksgiving (Thu 26 Nov 2026) is skipped', '2026-11-24T09:00:00-08:00', 3, us, '2026-11-30T17:00:00.000-08:00'],
    ['Christmas and New Year', '2026-12-23T12:00:00-08:00', 6, us, '2027-01-04T17:00:00.000-08:00'],
    ['Juneteenth 2026 (Friday)', '2026-06-18T12:00:00-07:00', 1, us, '2026-06-22T17:00:00.000-07:00'],
    ['Independence Day substitute (Fri 3 Jul 2026)', '2026-07-02T12:00:00-07:00', 1, us, '2026-07-06T17:00:00.000-07:00'],
    ['across the DST change (1 Nov 2026)', '2026-10-30T12:00:00-07:00', 1, us, '2026-11-02T17:00:00.000-08:00'],
    ['French calendar: 11 novembre', '2026-11-10T10:00:00+01:00', 1, fr, '2026-11-12T18:00:00.000+01:00'],
    ['UTC input, local date decides', '2026-11-03T06:00:00Z', 1, us, '2026-11-03T17:00:00.000-08:00'],
  ])('%s', (_name, from, n, cal, expected) => {
    expect(addBusinessDays(from, n, cal).toISO()).toBe(expected);
  });

  it('calendar days keep the wall-clock time across DST', () => {
    expect(addCalendarDays('2026-10-30T09:30:00-07:00', 7, us).toISO()).toBe('2026-11-06T09:30:00.000-08:00');
  });

  it('gives each clock its policy timing and a state', () => {
    const review = clockDeadline('review-start', '2020', '2026-11-02T10:00:00-08:00');
    expect(review.dueAt).toBe('2026-11-09T17:00:00-08:00');
    expect(review.atRiskAt).toBe('2026-11-06T17:00:00-08:00');
    expect(slaState(review, Date.parse('2026-11-05T12:00:00-08:00'))).toBe('on-track');
    expect(slaState(review, Date.parse('2026-11-09T09:00:00-08:00'))).toBe('at-risk');
    expect(slaState(review, Date.parse('2026-11-09T17:00:01-08:00'))).toBe('breached');
    const decision2023 = clockDeadline('decision', '2023', '2026-11-02T10:00:00-08:00');
    expect(decision2023.dueAt).toBe(isoOf(addBusinessDays('2026-11-02T10:00:00-08:00', 14)));
    const consent = clockDeadline('consent', '2020', '2026-11-02T10:00:00-08:00');
    expect(consent.waiting).toBe(true);
    expect(slaState(consent, Date.parse('2026-12-31T00:00:00Z'))).toBe('paused');
  });
});
