// The decision report's domain: which clock a decision answered and how long it took, the
// summary built row by row, the chart bins, the period in the calendar's zone.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import { decisionTimer, periodBounds, type ReportRow } from '../../shared/domain/report';
import { binPerDay } from '../../shared/domain/report-bins';
import { histogramMedian, summaryBuilder } from '../../shared/domain/report-summary';
import { describeFilters, describePeriod, percent } from '../../shared/domain/report-text';
import { clockDeadline } from '../../shared/domain/sla';

const cal = DEFAULT_CALENDAR;

describe('the reviewer clock a decision answered', () => {
  // Under review since Tuesday 10 Nov 2026, 10:00 in Los Angeles; Veterans Day (Wed 11) is off,
  // so the 5-business-day decision clock is due Wednesday 18 Nov at 17:00.
  const entered = '2026-11-10T18:00:00.000Z';
  const due = clockDeadline('decision', '2020', entered, cal).dueAt;
  const timing = decisionTimer(cal);

  it('counts business days after the start\u2019s local day, up to the decision\u2019s', () => {
    expect(due).toBe('2026-11-18T17:00:00-08:00');
    expect(timing({ action: 'approve', fromStatus: 'under-review', policy: '2020', decidedAt: '2026-11-10T23:00:00.000Z', enteredAt: entered })).toMatchObject({
      clock: 'decision',
      businessDays: 0,
      withinSla: true,
    });
    // Thu 12, Fri 13, Mon 16: three.
    expect(timing({ action: 'reject', fromStatus: 'under-review', policy: '2020', decidedAt: '2026-11-16T20:00:00.000Z', enteredAt: entered })?.businessDays).toBe(3);
  });

  it('is within up to the due time itself and outside a moment after', () => {
    const at = (ms: number) => ({ action: 'approve' as const, fromStatus: 'under-review' as const, policy: '2020' as const, decidedAt: new Date(ms).toISOString(), enteredAt: entered });
    expect(timing(at(Date.parse(due)))).toMatchObject({ withinSla: true, businessDays: 5, dueAt: due });
    expect(timing(at(Date.parse(due) + 1000))).toMatchObject({ withinSla: false, businessDays: 5 });
  });

  it('uses the claim\u2019s policy: the 2023 decision clock is 14 business days', () => {
    const t = timing({ action: 'approve', fromStatus: 'under-review', policy: '2023', decidedAt: '2026-11-24T18:00:00.000Z', enteredAt: entered });
    expect(t).toMatchObject({ withinSla: true, businessDays: 9 });
    expect(t?.dueAt).toBe(clockDeadline('decision', '2023', entered, cal).dueAt);
  });

  it('measures nothing for partner and customer actions, waiting clocks, or an unknown start', () => {
    expect(timing({ action: 'withdraw', fromStatus: 'under-review', policy: '2020', decidedAt: '2026-11-12T18:00:00Z', enteredAt: entered })).toBeNull();
    expect(timing({ action: 'resubmit', fromStatus: 'partner-action-required', policy: '2020', decidedAt: '2026-11-12T18:00:00Z', enteredAt: entered })).toBeNull();
    // A reviewer disassociating during the consent window: the clock runs against the customer.
    expect(timing({ action: 'disassociate', fromStatus: 'approved', policy: '2023', decidedAt: '2026-11-12T18:00:00Z', enteredAt: entered })).toBeNull();
    expect(timing({ action: 'approve', fromStatus: 'under-review', policy: '2020', decidedAt: '2026-11-12T18:00:00Z', enteredAt: null })).toBeNull();
  });
});

function row(over: Partial<ReportRow>): ReportRow {
  return {
    decisionId: 1,
    claimId: 'C-1',
    partnerMpnId: '1234567',
    partnerName: 'Northwind',
    customerTenantId: 't',
    customerName: 'Contoso',
    productFamily: 'microsoft-365',
    products: ['Microsoft Teams'],
    policy: '2020',
    action: 'approve',
    fromStatus: 'under-review',
    toStatus: 'approved',
    side: 'reviewer',
    decidedBy: 'Priya Shah',
    decidedAt: '2026-11-03T23:30:00-08:00',
    reason: null,
    deficiencies: [],
    message: null,
    override: null,
    clock: 'decision',
    clockStartedAt: '2026-11-02T09:00:00-08:00',
    dueAt: '2026-11-09T17:00:00-08:00',
    businessDays: 1,
    withinSla: true,
    ...over,
  };
}

describe('the report summary', () => {
  it('counts by action, by reviewer (reviewer side only), by local day, and the SLA share', () => {
    const s = summaryBuilder();
    s.add(row({ action: 'start-review', businessDays: 0 }));
    s.add(row({ decidedBy: 'Alex Martin', decidedAt: '2026-11-04T08:00:00-08:00', businessDays: 4, withinSla: false }));
    s.add(row({ action: 'resubmit', side: 'partner', decidedBy: 'Dana Lee', decidedAt: '2026-11-04T09:00:00-08:00', clock: null, businessDays: null, withinSla: null }));
    s.add(row({ decidedAt: '2026-11-06T16:00:00-08:00', businessDays: 2 }));
    const r = s.result();
    expect(r.decisions).toBe(4);
    expect(r.firstDecidedAt).toBe('2026-11-03T23:30:00-08:00');
    expect(r.lastDecidedAt).toBe('2026-11-06T16:00:00-08:00');
    expect(r.byAction).toEqual([
      { action: 'approve', count: 2 },
      { action: 'start-review', count: 1 },
      { action: 'resubmit', count: 1 },
    ]);
    expect(r.byReviewer).toEqual([
      { reviewer: 'Priya Shah', decisions: 2, measured: 2, withinSla: 2 },
      { reviewer: 'Alex Martin', decisions: 1, measured: 1, withinSla: 0 },
    ]);
    expect(r.withinSla).toEqual({ measured: 3, within: 2, share: 2 / 3 });
    // The local day of the calendar, not the UTC one (23:30 in Los Angeles is the next day in UTC).
    expect(r.perDay).toEqual([
      { date: '2026-11-03', count: 1 },
      { date: '2026-11-04', count: 2 },
      { date: '2026-11-06', count: 1 },
    ]);
    expect(r.medianBusinessDays).toBe(2);
  });

  it('has nothing to say about an empty period', () => {
    expect(summaryBuilder().result()).toEqual({
      decisions: 0,
      firstDecidedAt: null,
      lastDecidedAt: null,
      byAction: [],
      byReviewer: [],
      withinSla: { measured: 0, within: 0, share: null },
      perDay: [],
      medianBusinessDays: null,
    });
  });

  it('takes medians from a histogram', () => {
    expect(histogramMedian(new Map())).toBeNull();
    expect(histogramMedian(new Map([[3, 1]]))).toBe(3);
    expect(histogramMedian(new Map([[9, 2], [0, 1], [2, 2]]))).toBe(2);
    expect(histogramMedian(new Map([[1, 1], [4, 1]]))).toBe(2.5);
  });
});

describe('decisions over time as chart bars', () => {
  const perDay = [
    { date: '2026-11-03', count: 2 },
    { date: '2026-11-05', count: 1 },
    { date: '2026-12-30', count: 4 },
  ];

  it('gives every day a bar, zero where nothing was decided', () => {
    const { unit, bins } = binPerDay(perDay.slice(0, 2), '2026-11-02', '2026-11-06');
    expect(unit).toBe('day');
    expect(bins.map((b) => [b.start, b.count])).toEqual([
      ['2026-11-02', 0],
      ['2026-11-03', 2],
      ['2026-11-04', 0],
      ['2026-11-05', 1],
      ['2026-11-06', 0],
    ]);
  });

  it('groups by week from Monday, then by month, when days would be too many bars', () => {
    const weeks = binPerDay(perDay, '2026-11-03', '2026-12-31', 30);
    expect(weeks.unit).toBe('week');
    expect(weeks.bins[0]).toEqual({ start: '2026-11-02', count: 3 });
    expect(weeks.bins.at(-1)).toEqual({ start: '2026-12-28', count: 4 });
    expect(weeks.bins.reduce((n, b) => n + b.count, 0)).toBe(7);
    const months = binPerDay(perDay, '2026-11-03', '2026-12-31', 5);
    expect(months).toEqual({ unit: 'month', bins: [{ start: '2026-11-01', count: 3 }, { start: '2026-12-01', count: 4 }] });
  });
});

describe('the report period', () => {
  it('runs from the start of the first day to the end of the last, in the calendar\u2019s zone', () => {
    expect(periodBounds({ from: '2026-11-01', to: '2026-11-30' }, cal)).toEqual({ fromIso: '2026-11-01T07:00:00.000Z', toIso: '2026-12-01T08:00:00.000Z' });
    expect(periodBounds({}, cal)).toEqual({ fromIso: null, toIso: null });
    expect(periodBounds({ to: '2026-03-07' }, { ...cal, timeZone: 'Europe/Paris' })).toEqual({ fromIso: null, toIso: '2026-03-07T23:00:00.000Z' });
  });

  it('is described in words', () => {
    expect(describePeriod({ from: '2026-11-01', to: '2026-11-30' })).toBe('2026-11-01 to 2026-11-30');
    expect(describePeriod({ from: '2026-11-01' })).toBe('from 2026-11-01');
    expect(describePeriod({})).toBe('every decision on record');
    expect(describeFilters({})).toBe('none');
    expect(describeFilters({ reviewer: 'Priya Shah', status: 'rejected', productFamily: 'business-applications' })).toBe(
      'decided by Priya Shah; leading to Rejected; product family business-applications',
    );
    expect(percent(0.8181)).toBe('81.8%');
    expect(percent(null)).toBe('–');
  });
});
