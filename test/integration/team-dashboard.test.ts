// The team lead's dashboard on hand-made claims with a pinned clock: every figure is worked out
// by hand below (US calendar, Pacific time; Wednesday 11 November 2026 is Veterans Day).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQueue } from '../../main/services/claims';
import { teamDashboard } from '../../main/services/team/dashboard';
import type { BundleClaimInput } from '../../shared/api/bundle';
import type { Action } from '../../shared/domain/codes';
import { QueueQuerySchema } from '../../shared/api/schemas';
import { TeamDashboardSchema } from '../../shared/api/team';
import { SLA_STATES } from '../../shared/domain/codes';
import { importBundle } from '../../main/services/import/import-bundle';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { type TempStore, tempStore } from '../fixtures/store';

/** Wednesday 18 November 2026, 12:00 in Los Angeles. */
const NOW = '2026-11-18T20:00:00Z';
const TENANT = '00000000-0000-4000-8000-00000000aaaa';
/** A claim with a past: its status is where the events lead. */
const withPast = (row: Partial<BundleClaimInput>): BundleClaimInput => {
  const { status: _ignored, ...rest } = claimRow(row);
  return rest;
};
const decision = (at: string, actor: string, action: Action, extra: Partial<BundleDecision> = {}): BundleDecision => ({ kind: 'decision', at, actor, action, ...extra });
const message = { message: 'Please see the checklist.' };
type BundleDecision = Extract<NonNullable<BundleClaimInput['events']>[number], { kind: 'decision' }>;

const CLAIMS: BundleClaimInput[] = [
  // Decided in October: Jonas is a known reviewer, outside the 14-day period.
  withPast({
    id: 'A0',
    submittedAt: '2026-10-01T17:00:00Z',
    events: [decision('2026-10-02T17:00:00Z', 'Jonas Weber', 'start-review'), decision('2026-10-05T17:00:00Z', 'Jonas Weber', 'approve')],
  }),
  // Approved Tuesday 10 November, 6 business days after a Monday 2 November submission.
  withPast({
    id: 'A1',
    submittedAt: '2026-11-02T17:00:00Z',
    events: [decision('2026-11-03T17:00:00Z', 'Alex Martin', 'start-review'), decision('2026-11-10T18:00:00Z', 'Alex Martin', 'approve')],
  }),
  // Rejected Monday 16 November at 22:00 Pacific (already the 17th in UTC): a decision of the
  // 16th, 4 business days after Monday the 9th (the 11th is a holiday). A rival that no longer counts.
  withPast({
    id: 'A2',
    submittedAt: '2026-11-09T17:00:00Z',
    partner: { mpnId: '3333333', name: 'Adatum Digital' },
    customer: { tenantId: TENANT, name: 'Contoso Ltd' },
    events: [
      decision('2026-11-12T17:00:00Z', 'Alex Martin', 'start-review'),
      decision('2026-11-17T06:00:00Z', 'Alex Martin', 'reject', { reason: 'insufficient-poe', ...message }),
    ],
  }),
  // Information requested today, 3 business days after Friday the 13th.
  withPast({
    id: 'P1',
    submittedAt: '2026-11-13T17:00:00Z',
    events: [
      decision('2026-11-17T17:00:00Z', 'Priya Shah', 'start-review'),
      decision('2026-11-18T17:00:00Z', 'Priya Shah', 'request-info', { deficiencies: ['missing-products'], ...message }),
    ],
  }),
  // Under review by Priya since this morning: a review started is not a decision.
  withPast({ id: 'P2', submittedAt: '2026-11-16T17:00:00Z', events: [decision('2026-11-18T16:00:00Z', 'Priya Shah', 'start-review')] }),
  // Waiting to be reviewed since Wednesday the 4th: breached on the 12th, 9 business days old.
  claimRow({ id: 'E', submittedAt: '2026-11-04T17:00:00Z' }),
  // Submitted on the holiday, given to Jonas: due tonight, so at risk; 5 business days old.
  withPast({ id: 'F', submittedAt: '2026-11-11T17:00:00Z', events: [{ kind: 'assigned', at: '2026-11-12T17:00:00Z', actor: 'Team Lead', to: 'Jonas Weber' }] }),
  // Today's claim and its rival (another partner, the same workload), and the same partner's
  // duplicate on another product: a duplicate is not a rival.
  claimRow({ id: 'G', submittedAt: '2026-11-18T17:00:00Z', customer: { tenantId: TENANT, name: 'Contoso Ltd' } }),
  claimRow({ id: 'C2', submittedAt: '2026-11-17T17:00:00Z', partner: { mpnId: '2222222', name: 'Fabrikam Consulting' }, customer: { tenantId: TENANT, name: 'Contoso Ltd' } }),
  claimRow({ id: 'C3', submittedAt: '2026-11-05T17:00:00Z', products: ['Intune'], customer: { tenantId: TENANT, name: 'Contoso Ltd' } }),
  // Long in review: 23 and 13 business days old, both breached.
  claimRow({ id: 'O1', status: 'under-review', submittedAt: '2026-10-15T17:00:00Z', statusSince: '2026-10-16T17:00:00Z', assignee: 'Jonas Weber' }),
  claimRow({ id: 'O2', status: 'under-review', submittedAt: '2026-10-29T17:00:00Z', statusSince: '2026-10-30T17:00:00Z' }),
];

let t: TempStore;
beforeAll(async () => {
  t = tempStore();
  await importBundle(t.ctx({ now: NOW }), await writeBundle(CLAIMS));
}, 60_000);
afterAll(() => t.dispose());

const dashboard = (days = 14) => teamDashboard(t.ctx({ now: NOW, user: 'Team Lead' }), { days });

describe('team dashboard', () => {
  it('counts claims by status and SLA state as the queue does', () => {
    const d = TeamDashboardSchema.parse(dashboard());
    expect(d).toMatchObject({ today: '2026-11-18', weekStart: '2026-11-16', claims: 12, open: 9 });
    expect(d.byStatus).toMatchObject({ submitted: 5, 'under-review': 3, 'partner-action-required': 1, rejected: 1, 'sent-for-assessment': 2, approved: 0, draft: 0 });
    expect(d.bySla).toEqual({ breached: 4, 'at-risk': 1, 'on-track': 3, paused: 2 });
    const ctx = t.ctx({ now: NOW });
    for (const state of SLA_STATES) expect(listQueue(ctx, QueueQuerySchema.parse({ sla: [state] })).total, state).toBe(d.bySla[state]);
  });

  it('lists the breached and at-risk claims, most urgent first, with their totals', () => {
    const d = dashboard();
    expect(d.breached.total).toBe(4);
    expect(d.breached.claims.map((c) => c.id)).toEqual(['O1', 'O2', 'E', 'C3']);
    expect(d.atRisk).toMatchObject({ total: 1, claims: [{ id: 'F', assignee: 'Jonas Weber', sla: { clock: 'review-start', state: 'at-risk' } }] });
  });

  it("gives each reviewer's load and throughput in the calendar's days", () => {
    const d = dashboard();
    expect(d.knownReviewers).toEqual(['Alex Martin', 'Jonas Weber', 'Priya Shah', 'Team Lead']);
    expect(d.reviewers).toEqual([
      { reviewer: 'Alex Martin', open: 0, atRisk: 0, breached: 0, decidedToday: 0, decidedThisWeek: 1, decidedInPeriod: 2, medianBusinessDays: 5 },
      { reviewer: 'Jonas Weber', open: 2, atRisk: 1, breached: 1, decidedToday: 0, decidedThisWeek: 0, decidedInPeriod: 0, medianBusinessDays: null },
      { reviewer: 'Priya Shah', open: 2, atRisk: 0, breached: 0, decidedToday: 1, decidedThisWeek: 1, decidedInPeriod: 1, medianBusinessDays: 3 },
      { reviewer: 'Team Lead', open: 0, atRisk: 0, breached: 0, decidedToday: 0, decidedThisWeek: 0, decidedInPeriod: 0, medianBusinessDays: null },
    ]);
    expect(d.unassigned).toEqual({ open: 5, atRisk: 0, breached: 3 });
    // A shorter period keeps only the rejection of the 16th.
    expect(dashboard(7).reviewers[0]).toMatchObject({ decidedThisWeek: 1, decidedInPeriod: 1, medianBusinessDays: 4 });
  });

  it('charts decisions per local day and ages open claims in business days', () => {
    const d = dashboard();
    expect(d.decisionsPerDay).toHaveLength(14);
    expect(d.decisionsPerDay[0]?.date).toBe('2026-11-05');
    const busy = d.decisionsPerDay.filter((day) => day.total > 0);
    expect(busy).toEqual([
      { date: '2026-11-10', approved: 1, 'info-requested': 0, rejected: 0, 'dispute-answered': 0, total: 1 },
      { date: '2026-11-16', approved: 0, 'info-requested': 0, rejected: 1, 'dispute-answered': 0, total: 1 },
      { date: '2026-11-18', approved: 0, 'info-requested': 1, rejected: 0, 'dispute-answered': 0, total: 1 },
    ]);
    expect(d.ageing.map((b) => [b.min, b.max, b.claims])).toEqual([
      [0, 1, 2], // G, C2
      [2, 3, 2], // P1, P2
      [4, 5, 1], // F
      [6, 10, 2], // E, C3
      [11, 20, 1], // O2
      [21, null, 1], // O1
    ]);
  });

  it('lists competing claims by customer, leaving out duplicates and rivals that no longer count', () => {
    const d = dashboard();
    expect(d.competing.total).toBe(1);
    expect(d.competing.groups).toEqual([
      {
        customer: { tenantId: TENANT, name: 'Contoso Ltd' },
        claims: [
          expect.objectContaining({ id: 'G', products: ['Microsoft Teams'], sameSubscription: false }),
          expect.objectContaining({ id: 'C2', partner: { mpnId: '2222222', name: 'Fabrikam Consulting' }, products: ['Microsoft Teams'] }),
        ],
      },
    ]);
  });
});
