// Bundles that carry each claim's past: replayed through the live rules, refused row by row when
// the past breaks them, and re-imported without duplicating anything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleClaimInput, BundleEventInput } from '../../shared/api/bundle';
import { getClaim, listQueue } from '../../main/services/claims';
import { importBundle } from '../../main/services/import/import-bundle';
import { findFirstChainBreak } from '../../main/store/history-table';
import { QueueQuerySchema } from '../../shared/api/schemas';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { type TempStore, tempStore } from '../fixtures/store';

let t: TempStore;
beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.dispose());

const REVIEWER = 'Priya Shah';
const PARTNER = 'Dana Lee (Northwind)';

// Submitted Monday 2026-11-02; FIXED_NOW is Tuesday 2026-11-24.
const SUBMITTED = '2026-11-02T17:00:00Z';
const startReview: BundleEventInput = { kind: 'decision', at: '2026-11-03T17:00:00Z', actor: REVIEWER, action: 'start-review' };
const requestInfo: BundleEventInput = {
  kind: 'decision',
  at: '2026-11-04T17:00:00Z',
  actor: REVIEWER,
  action: 'request-info',
  deficiencies: ['missing-customer-acknowledgment', 'missing-or-old-dates'],
  message: 'Please send the signed acknowledgment.',
};
const partnerReply: BundleEventInput = { kind: 'comment', at: '2026-11-06T16:00:00Z', actor: PARTNER, side: 'partner', text: 'Signed copy attached.' };
const resubmit: BundleEventInput = { kind: 'decision', at: '2026-11-06T16:05:00Z', actor: PARTNER, action: 'resubmit' };
const ticks: BundleEventInput[] = [
  { kind: 'checklist', at: '2026-11-20T17:00:00Z', actor: REVIEWER, code: 'missing-customer-acknowledgment', open: false },
  { kind: 'checklist', at: '2026-11-20T17:01:00Z', actor: REVIEWER, code: 'missing-or-old-dates', open: false },
];
// Approved Friday 20 Nov: the 7-day consent window is still open on FIXED_NOW.
const approve: BundleEventInput = { kind: 'decision', at: '2026-11-20T17:05:00Z', actor: REVIEWER, action: 'approve' };

function claim(events: BundleEventInput[], overrides: Partial<BundleClaimInput> = {}): BundleClaimInput {
  const { status: _ignored, ...row } = claimRow({ submittedAt: SUBMITTED, ...overrides });
  return { ...row, events, ...(overrides.status ? { status: overrides.status } : {}) };
}

async function load(claims: BundleClaimInput[]) {
  return importBundle(t.ctx(), await writeBundle(claims));
}

const show = (id: string) => getClaim(t.ctx(), { id });
const queueJson = () => JSON.stringify(listQueue(t.ctx(), QueueQuerySchema.parse({ limit: 500 })));

describe('a bundle with past events', () => {
  it('replays them through the rules: status, decisions, comments, checklist, history in time order', async () => {
    await load([claim([startReview, requestInfo, partnerReply, resubmit, ...ticks, approve], { id: 'E1' })]);
    const c = show('E1');
    expect(c.status).toBe('approved');
    expect(c.assignee).toBe(REVIEWER);
    expect(c.checklist.filter((i) => i.open)).toEqual([]);
    expect(c.sla?.clock).toBe('consent');
    expect(c.history.map((h) => h.kind)).toEqual(['imported', 'decision', 'decision', 'comment', 'decision', 'checklist', 'checklist', 'decision']);
    const times = c.history.map((h) => Date.parse(h.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(c.comments.map((m) => m.text)).toEqual(['Please send the signed acknowledgment.', 'Signed copy attached.']);
    const decisions = t.store.db.prepare('SELECT action, actor, at FROM decisions WHERE claim_id = ? ORDER BY id').all('E1');
    expect(decisions).toEqual([
      { action: 'start-review', actor: REVIEWER, at: '2026-11-03T17:00:00.000Z' },
      { action: 'request-info', actor: REVIEWER, at: '2026-11-04T17:00:00.000Z' },
      { action: 'resubmit', actor: PARTNER, at: '2026-11-06T16:05:00.000Z' },
      { action: 'approve', actor: REVIEWER, at: '2026-11-20T17:05:00.000Z' },
    ]);
    // Two business days waited on the partner (Thu 5, Fri 6) push the 10-bd target back by two,
    // to Thu 19 Nov (Veterans Day, 11 Nov, is off): the approval on the 20th missed it.
    expect(c.reviewerTarget).toMatchObject({ state: 'missed', pausedBusinessDays: 2, dueAt: '2026-11-19T17:00:00-08:00', endedAt: '2026-11-20T17:05:00.000Z' });
    expect(findFirstChainBreak(t.store.db)).toBeNull();
  });

  it('applies time transitions that fell due between events and up to now', async () => {
    // Asked on 4 Nov; 5 business days later (11 Nov) the partner had not answered.
    await load([claim([startReview, requestInfo], { id: 'E2' })]);
    const c = show('E2');
    expect(c.status).toBe('rejected');
    const last = c.history.at(-1);
    expect(last).toMatchObject({ kind: 'time-transition', actor: 'system', detail: { to: 'rejected', reason: 'no-partner-response' } });
  });

  it('checks a stated status against where the events lead', async () => {
    const before = queueJson();
    await expect(load([claim([startReview], { id: 'E3', status: 'approved' })])).rejects.toThrow(/row 1 \(E3\), status: says approved but its events lead to under-review/);
    expect(queueJson()).toBe(before);
  });

  it('refuses a past that breaks the rules, naming the row and the event, and imports nothing', async () => {
    await load([claim([startReview], { id: 'OK1' })]);
    const before = queueJson();
    const approveOpen: BundleEventInput = { kind: 'decision', at: '2026-11-05T17:00:00Z', actor: REVIEWER, action: 'approve' };
    await expect(load([claim([startReview], { id: 'E4' }), claim([startReview, requestInfo, approveOpen], { id: 'E5' })])).rejects.toThrow(
      /row 2 \(E5\), events\.2: claim E5: cannot approve a claim that is Partner action required/,
    );
    expect(queueJson()).toBe(before);
  });

  it('refuses events out of time order, before submission or in the future', async () => {
    await expect(load([claim([requestInfo, startReview], { id: 'E6' })])).rejects.toThrow(/events\.1\.at: before the previous event/);
    await expect(load([claim([{ ...startReview, at: '2026-11-01T00:00:00Z' }], { id: 'E7' })])).rejects.toThrow(/events\.0\.at: before the submission/);
    await expect(load([claim([{ ...startReview, at: '2026-12-01T00:00:00Z' }], { id: 'E8' })])).rejects.toThrow(/events\.0\.at: dated in the future/);
    expect(t.store.db.prepare('SELECT count(*) FROM claims').pluck().get()).toBe(0);
  });

  it('re-imports without duplicating, and adds only the events that are new', async () => {
    const row = claim([startReview, requestInfo], { id: 'E9' });
    const early = t.ctx({ now: '2026-11-05T17:00:00Z' });
    await importBundle(early, await writeBundle([row]));
    const first = getClaim(early, { id: 'E9' });
    expect(first.status).toBe('partner-action-required');

    expect(await importBundle(early, await writeBundle([row]))).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(getClaim(early, { id: 'E9' }).history).toEqual(first.history);

    // A later export of the same claim carries the partner's answer: only that is added.
    const later = t.ctx({ now: '2026-11-06T18:00:00Z' });
    const summary = await importBundle(later, await writeBundle([{ ...row, events: [startReview, requestInfo, partnerReply, resubmit] }]));
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const now = getClaim(later, { id: 'E9' });
    expect(now.status).toBe('under-review');
    expect(now.history.slice(first.history.length).map((h) => h.kind)).toEqual(['comment', 'decision']);
    expect(t.store.db.prepare('SELECT count(*) FROM decisions WHERE claim_id = ?').pluck().get('E9')).toBe(3);
    expect(findFirstChainBreak(t.store.db)).toBeNull();
  });
});
