// The reviewer-owned 10-business-day target: runs while reviewers hold the claim, pauses while the
// partner has it, ends at the first decision.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import { reviewerTarget, type StatusChange } from '../../shared/domain/reviewer-target';
import { businessDaysBetween } from '../../shared/domain/sla';

const cal = DEFAULT_CALENDAR;
// Monday 2 Nov 2026, 09:00 in Los Angeles. Ten business days later, Veterans Day (Wed 11 Nov)
// being a US public holiday: Tue 17 Nov, 17:00.
const SUBMITTED = '2026-11-02T17:00:00Z';
const at = (changes: [string, StatusChange['to']][]): StatusChange[] => [{ at: SUBMITTED, to: 'submitted' }, ...changes.map(([a, to]) => ({ at: a, to }))];

describe('reviewer target', () => {
  it('counts business days between two instants in the calendar', () => {
    expect(businessDaysBetween('2026-11-06T20:00:00Z', '2026-11-09T20:00:00Z', cal)).toBe(1); // Fri -> Mon
    expect(businessDaysBetween('2026-11-09T20:00:00Z', '2026-11-09T23:00:00Z', cal)).toBe(0); // same day
    expect(businessDaysBetween('2026-11-25T20:00:00Z', '2026-11-30T20:00:00Z', cal)).toBe(2); // Thanksgiving Thu 26 off: Fri 27, Mon 30
  });

  it('runs from submission: on track, at risk on the last business day, then breached', () => {
    const r = reviewerTarget('2020', SUBMITTED, at([]), '2026-11-04T17:00:00Z', cal);
    expect(r.state).toBe('on-track');
    expect(r.dueAt).toBe('2026-11-17T17:00:00-08:00');
    const due = Date.parse(r.dueAt);
    expect(reviewerTarget('2020', SUBMITTED, at([]), new Date(due - 3_600_000).toISOString(), cal).state).toBe('at-risk');
    expect(reviewerTarget('2020', SUBMITTED, at([]), new Date(due + 1000).toISOString(), cal).state).toBe('breached');
  });

  it('pauses while waiting on the partner and moves back by the business days waited', () => {
    const plain = reviewerTarget('2020', SUBMITTED, at([]), '2026-11-04T17:00:00Z', cal);
    const waiting = at([['2026-11-03T17:00:00Z', 'under-review'], ['2026-11-04T17:00:00Z', 'partner-action-required']]);
    const paused = reviewerTarget('2020', SUBMITTED, waiting, '2026-11-09T17:00:00Z', cal);
    expect(paused.state).toBe('paused');
    expect(paused.pausedBusinessDays).toBe(3); // Thu 5, Fri 6, Mon 9
    expect(paused.dueAt).toBe('2026-11-20T17:00:00-08:00');
    const resumed = reviewerTarget('2020', SUBMITTED, [...waiting, { at: '2026-11-09T17:00:00Z', to: 'under-review' }], '2026-11-10T17:00:00Z', cal);
    expect(resumed.state).toBe('on-track');
    expect(resumed.pausedBusinessDays).toBe(3);
    expect(Date.parse(resumed.dueAt)).toBeGreaterThan(Date.parse(plain.dueAt));
    expect(resumed.dueAt).toBe(reviewerTarget('2020', '2026-11-05T17:00:00Z', at([]), '2026-11-10T17:00:00Z', cal).dueAt);
  });

  it('ends at the first decision: met inside the target, missed after it', () => {
    const met = reviewerTarget('2020', SUBMITTED, at([['2026-11-03T17:00:00Z', 'under-review'], ['2026-11-05T17:00:00Z', 'approved'], ['2026-11-20T17:00:00Z', 'sent-for-assessment']]), '2026-11-24T17:00:00Z', cal);
    expect(met).toMatchObject({ state: 'met', endedAt: '2026-11-05T17:00:00Z' });
    const missed = reviewerTarget('2020', SUBMITTED, at([['2026-11-20T17:00:00Z', 'under-review'], ['2026-11-23T17:00:00Z', 'rejected']]), '2026-11-24T17:00:00Z', cal);
    expect(missed.state).toBe('missed');
  });
});
