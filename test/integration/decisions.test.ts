// Every decision of the domain on a real store: what each needs, where it leads, what it records.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignClaim } from '../../main/services/assignment';
import { getClaim } from '../../main/services/claims';
import { addComment } from '../../main/services/comments';
import { decide, type DecisionRequest } from '../../main/services/decisions';
import { importBundle } from '../../main/services/import/import-bundle';
import { findFirstChainBreak } from '../../main/store/history-table';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { type TempStore, tempStore } from '../fixtures/store';

let t: TempStore;
let clock = Date.parse('2026-11-24T18:00:00Z');
const HOUR = 3_600_000;

function act(req: Omit<DecisionRequest, 'actor'> & { actor?: string }) {
  clock += HOUR;
  return decide(t.ctx({ now: new Date(clock).toISOString() }), { actor: 'Alex Martin', ...req });
}

function snapshot(id: string) {
  const c = getClaim(t.ctx({ now: new Date(clock).toISOString() }), { id });
  const outbox = t.store.db.prepare('SELECT count(*) FROM outbox WHERE claim_id = ?').pluck().get(id);
  return JSON.stringify({ c, outbox });
}

function expectRefused(req: Omit<DecisionRequest, 'actor'>, message: RegExp) {
  const before = snapshot(req.claimId);
  expect(() => act(req)).toThrow(message);
  expect(snapshot(req.claimId)).toBe(before);
}

beforeEach(async () => {
  t = tempStore();
  clock = Date.parse('2026-11-24T18:00:00Z');
  await importBundle(
    t.ctx(),
    await writeBundle([
      claimRow({ id: 'C20' }),
      claimRow({ id: 'C23', policy: '2023' }),
      claimRow({ id: 'CX' }),
    ]),
  );
});
afterEach(() => t.dispose());

describe('decisions', () => {
  it('request info needs deficiencies and a message; approving over open ones needs an override', () => {
    act({ claimId: 'C20', action: 'start-review' });
    expectRefused({ claimId: 'C20', action: 'request-info', message: 'Please add a signed SOW' }, /name at least one deficiency/);
    expectRefused({ claimId: 'C20', action: 'request-info', deficiencies: ['missing-customer-acknowledgment'] }, /a message to the partner is required/);
    const asked = act({
      claimId: 'C20',
      action: 'request-info',
      deficiencies: ['missing-customer-acknowledgment', 'missing-or-old-dates'],
      message: 'Please add the customer signature and a dated PoE.',
    });
    expect(asked.status).toBe('partner-action-required');
    expect(asked.sla).toMatchObject({ clock: 'partner-response', state: 'paused' });
    expect(asked.checklist.filter((c) => c.open).map((c) => c.code)).toEqual(['missing-customer-acknowledgment', 'missing-or-old-dates']);
    expect(asked.comments).toEqual([expect.objectContaining({ author: 'Alex Martin', side: 'reviewer', internal: false, text: 'Please add the customer signature and a dated PoE.' })]);

    const back = act({ claimId: 'C20', action: 'resubmit', actor: 'Partner Admin', message: 'Signed copy attached.' });
    expect(back.status).toBe('under-review');
    expect(back.history.at(-1)).toMatchObject({ actor: 'Partner Admin', side: 'partner' });
    expectRefused({ claimId: 'C20', action: 'approve' }, /2 deficiency\(ies\) still open .* an override reason is required/);
    const approved = act({ claimId: 'C20', action: 'approve', override: 'Signature verified by phone with the customer.' });
    expect(approved.status).toBe('approved');
    const decision = t.store.db.prepare("SELECT override, checklist FROM decisions WHERE claim_id = 'C20' AND action = 'approve'").get() as { override: string; checklist: string };
    expect(decision.override).toBe('Signature verified by phone with the customer.');
    expect(JSON.parse(decision.checklist).filter((c: { open: boolean }) => c.open)).toHaveLength(2);
    // Its import, then one record per decision.
    expect(t.store.db.prepare("SELECT count(*) FROM outbox WHERE claim_id = 'C20' AND kind <> 'import'").pluck().get()).toBe(4);
  });

  it('reject needs a reason and a message; a 2020 claim may be disputed again after an upheld rejection', () => {
    act({ claimId: 'C20', action: 'start-review' });
    expectRefused({ claimId: 'C20', action: 'reject', message: 'No PoE' }, /a rejection reason code is required/);
    expectRefused({ claimId: 'C20', action: 'reject', reason: 'insufficient-poe' }, /a message to the partner is required/);
    const rejected = act({ claimId: 'C20', action: 'reject', reason: 'insufficient-poe', message: 'The PoE names no products.' });
    expect(rejected).toMatchObject({ status: 'rejected', sla: { clock: 'dispute-window' } });
    expectRefused({ claimId: 'C20', action: 'dispute', actor: 'Partner' } as DecisionRequest, /a business justification is required/);
    expect(act({ claimId: 'C20', action: 'dispute', actor: 'Partner', message: 'Updated PoE attached.' }).status).toBe('disputed');
    expectRefused({ claimId: 'C20', action: 'uphold-rejection' }, /an answer to the dispute is required/);
    expect(act({ claimId: 'C20', action: 'uphold-rejection', message: 'Still no products.' }).status).toBe('rejected');
    expect(act({ claimId: 'C20', action: 'dispute', actor: 'Partner', message: 'Second try.' }).status).toBe('disputed');
    expect(act({ claimId: 'C20', action: 'overturn-rejection' }).status).toBe('approved');
  });

  it('under the 2023 policy a failed dispute is final and only one dispute is allowed', () => {
    act({ claimId: 'C23', action: 'start-review' });
    const reviewing = getClaim(t.ctx({ now: new Date(clock).toISOString() }), { id: 'C23' });
    expect(reviewing.sla?.policy).toBe('2023');
    act({ claimId: 'C23', action: 'reject', reason: 'missing-products', message: 'Teams is not in the PoE.' });
    act({ claimId: 'C23', action: 'dispute', actor: 'Partner', message: 'It is, on page 3.' });
    const final = act({ claimId: 'C23', action: 'uphold-rejection', message: 'Page 3 names Exchange, not Teams.' });
    expect(final).toMatchObject({ status: 'rejected-final', sla: null, availableActions: [] });
    expectRefused({ claimId: 'C23', action: 'dispute', message: 'again' }, /cannot dispute a claim that is Rejected final/);
  });

  it('the dispute window closes after 30 days, the consent window after 7', () => {
    act({ claimId: 'C20', action: 'start-review' });
    act({ claimId: 'C20', action: 'reject', reason: 'insufficient-poe', message: 'x' });
    clock += 31 * 24 * HOUR;
    expectRefused({ claimId: 'C20', action: 'dispute', message: 'late' }, /the 30-day dispute window closed/);

    act({ claimId: 'CX', action: 'start-review' });
    act({ claimId: 'CX', action: 'approve' });
    clock += 8 * 24 * HOUR;
    // Time has moved the claim on: past the window it is no longer Approved at all.
    expectRefused({ claimId: 'CX', action: 'customer-decline' }, /cannot customer-decline a claim that is Sent for assessment/);
  });

  it('customer decline, withdrawal and disassociation record their reasons', () => {
    act({ claimId: 'CX', action: 'start-review' });
    act({ claimId: 'CX', action: 'approve' });
    const declined = act({ claimId: 'CX', action: 'customer-decline', actor: 'Customer' });
    expect(declined.status).toBe('rejected');
    expect(t.store.db.prepare("SELECT rejection_reason FROM claims WHERE id = 'CX'").pluck().get()).toBe('customer-decline');

    expect(act({ claimId: 'C20', action: 'withdraw', actor: 'Partner' }).status).toBe('rejected');
    expect(t.store.db.prepare("SELECT rejection_reason FROM claims WHERE id = 'C20'").pluck().get()).toBe('partner-request');

    act({ claimId: 'C23', action: 'start-review' });
    act({ claimId: 'C23', action: 'approve' });
    expectRefused({ claimId: 'C23', action: 'disassociate' }, /a reason for the disassociation is required/);
    expect(act({ claimId: 'C23', action: 'disassociate', message: 'Customer moved to another partner.' }).status).toBe('rejected-final');
  });

  it('disassociation does not exist under the 2020 policy', () => {
    act({ claimId: 'C20', action: 'start-review' });
    act({ claimId: 'C20', action: 'approve' });
    expectRefused({ claimId: 'C20', action: 'disassociate', message: 'x' }, /"disassociate" does not exist under the 2020 policy/);
  });

  it('comments, internal notes and assignments are history entries; the chain verifies', () => {
    addComment(t.ctx(), { claimId: 'C20', author: 'Alex Martin', side: 'reviewer', internal: true, text: 'Check the tenant id twice.' });
    addComment(t.ctx(), { claimId: 'C20', author: 'Partner Admin', side: 'partner', internal: false, text: 'Signed copy coming.' });
    expect(() => addComment(t.ctx(), { claimId: 'C20', author: 'P', side: 'partner', internal: true, text: 'x' })).toThrow(/internal notes are written by reviewers/);
    expect(() => addComment(t.ctx(), { claimId: 'C20', author: 'A', side: 'reviewer', internal: false, text: '   ' })).toThrow(/needs text/);
    assignClaim(t.ctx(), { claimId: 'C20', to: 'Priya Shah', by: 'Lead' });
    assignClaim(t.ctx(), { claimId: 'C20', to: 'Jonas Weber', by: 'Lead' });
    const claim = getClaim(t.ctx(), { id: 'C20' });
    expect(claim.assignee).toBe('Jonas Weber');
    expect(claim.comments.map((c) => [c.author, c.internal])).toEqual([
      ['Alex Martin', true],
      ['Partner Admin', false],
    ]);
    expect(claim.history.map((h) => h.kind)).toEqual(['imported', 'internal-note', 'comment', 'assigned', 'reassigned']);
    expect(claim.history.at(-1)?.detail).toEqual({ from: 'Priya Shah', to: 'Jonas Weber' });
    expect(findFirstChainBreak(t.store.db)).toBeNull();
  });
});

describe('time-driven transitions', () => {
  it('sends an approved claim to assessment after the consent window and rejects an unanswered request', async () => {
    const { tick } = await import('../../main/services/tick');
    act({ claimId: 'C20', action: 'start-review' });
    act({ claimId: 'C20', action: 'approve' });
    act({ claimId: 'CX', action: 'start-review' });
    act({ claimId: 'CX', action: 'request-info', deficiencies: ['missing-products'], message: 'Which products?' });
    const early = tick(t.ctx({ now: new Date(clock + 24 * HOUR).toISOString() }));
    expect(early.applied).toEqual([]);
    const late = tick(t.ctx({ now: new Date(clock + 30 * 24 * HOUR).toISOString() }));
    expect(late.applied.map((a) => [a.claimId, a.to, a.rule])).toEqual([
      ['C20', 'sent-for-assessment', 'consent-window-ended'],
      ['CX', 'rejected', 'partner-response-window-ended'],
    ]);
    const sent = getClaim(t.ctx(), { id: 'C20' });
    expect(sent).toMatchObject({ status: 'sent-for-assessment', sla: null });
    expect(sent.history.at(-1)).toMatchObject({ actor: 'system', side: 'system', kind: 'time-transition' });
    expect(t.store.db.prepare("SELECT rejection_reason FROM claims WHERE id = 'CX'").pluck().get()).toBe('no-partner-response');
    expect(tick(t.ctx({ now: new Date(clock + 31 * 24 * HOUR).toISOString() })).applied).toEqual([]);
    expect(findFirstChainBreak(t.store.db)).toBeNull();
  });
});

describe('decisions after a window closed, before any tick', () => {
  it('refuses a resubmission after the partner deadline and changes nothing', () => {
    act({ claimId: 'CX', action: 'start-review' });
    act({ claimId: 'CX', action: 'request-info', deficiencies: ['missing-products'], message: 'Which products?' });
    clock += 30 * 24 * HOUR;
    expectRefused({ claimId: 'CX', action: 'resubmit', message: 'Here they are.' }, /cannot resubmit a claim that is Rejected/);
    expect(getClaim(t.ctx(), { id: 'CX' }).status).toBe('partner-action-required');
  });

  it('a decision on a claim whose consent window ended sees it sent for assessment', () => {
    act({ claimId: 'C23', action: 'start-review' });
    act({ claimId: 'C23', action: 'approve' });
    clock += 8 * 24 * HOUR;
    expectRefused({ claimId: 'C23', action: 'disassociate', message: 'late' }, /cannot disassociate a claim that is Sent for assessment/);
  });
});
