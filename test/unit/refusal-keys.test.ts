// Each refusal of the pure rules comes twice: the English sentence the command line prints (kept
// word for word) and a key with values a screen words in its own language.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import type { Decision } from '../../shared/api/schemas';
import { checkDecision, type ClaimFacts } from '../../shared/domain/decision-rules';
import { checkEdit } from '../../shared/domain/editing';
import { transition } from '../../shared/domain/lifecycle';
import { isRefusal } from '../../shared/domain/refusal';

const NOW = '2026-03-02T12:00:00Z';

function facts(over: Partial<ClaimFacts> = {}): ClaimFacts {
  return {
    id: 'CP-1',
    status: 'under-review',
    policy: '2020',
    statusSince: '2026-03-01T12:00:00Z',
    openDeficiencies: [],
    disputes: 0,
    rejectionReason: null,
    ...over,
  };
}

function refusalOf(claim: ClaimFacts, input: Decision, now = NOW) {
  const check = checkDecision(claim, input, now, DEFAULT_CALENDAR);
  if (check.ok) throw new Error('expected a refusal');
  return check;
}

describe('lifecycle refusals', () => {
  it('keys an action the status does not allow, with the action and the status', () => {
    expect(transition('submitted', 'approve', '2020')).toEqual({
      ok: false,
      reason: 'cannot approve a claim that is Submitted (submitted)',
      refusal: { key: 'action-not-allowed', params: { action: 'approve', status: 'submitted' } },
    });
  });

  it('keys an action the policy does not have, with the policy', () => {
    expect(transition('approved', 'disassociate', '2020')).toEqual({
      ok: false,
      reason: '"disassociate" does not exist under the 2020 policy (claim is Approved)',
      refusal: { key: 'action-not-in-policy', params: { action: 'disassociate', policy: '2020', status: 'approved' } },
    });
  });
});

describe('decision refusals', () => {
  it('adds the claim to a refused transition', () => {
    const check = refusalOf(facts({ status: 'submitted' }), { action: 'approve' });
    expect(check.reason).toBe('claim CP-1: cannot approve a claim that is Submitted (submitted)');
    expect(check.refusal).toEqual({ key: 'action-not-allowed', params: { claim: 'CP-1', action: 'approve', status: 'submitted' } });
  });

  it.each([
    ['request-info', { action: 'request-info', message: 'Hello' }, 'deficiency-required', 'name at least one deficiency (--deficiency)'],
    ['request-info', { action: 'request-info', deficiencies: ['missing-poe'], message: ' ' }, 'message-required', 'a message to the partner is required (--message)'],
    ['reject', { action: 'reject', message: 'No' }, 'reason-required', 'a rejection reason code is required (--reason)'],
    ['reject', { action: 'reject', reason: 'insufficient-poe' }, 'message-required', 'a message to the partner is required (--message)'],
  ] as const)('%s: %s', (action, input, key, why) => {
    const check = refusalOf(facts(), input);
    expect(check.reason).toBe(`claim CP-1: cannot ${action}: ${why}`);
    expect(check.refusal).toEqual({ key, params: { claim: 'CP-1', action } });
  });

  it('asks an override to approve over open deficiencies, naming them as codes', () => {
    const check = refusalOf(facts({ openDeficiencies: ['missing-poe', 'missing-products'] }), { action: 'approve' });
    expect(check.reason).toBe(
      'claim CP-1: cannot approve: 2 deficiency(ies) still open (missing-poe, missing-products); an override reason is required (--override)',
    );
    expect(check.refusal).toEqual({
      key: 'override-required',
      params: { claim: 'CP-1', action: 'approve', count: 2, deficiencies: 'missing-poe,missing-products' },
    });
  });

  it('refuses a second dispute under the 2023 policy, with the policy and the limit', () => {
    const check = refusalOf(facts({ status: 'rejected', policy: '2023', disputes: 1 }), { action: 'dispute', message: 'Why' });
    expect(check.refusal).toEqual({ key: 'disputes-used', params: { claim: 'CP-1', action: 'dispute', policy: '2023', max: 1 } });
    expect(check.reason).toMatch(/the 2023 policy allows 1 dispute per claim and it was used/);
  });

  it('refuses a dispute after its window, with the instant it closed', () => {
    const check = refusalOf(facts({ status: 'rejected' }), { action: 'dispute', message: 'Why' }, '2026-05-01T12:00:00Z');
    expect(check.refusal.key).toBe('dispute-window-closed');
    expect(check.reason).toBe(
      `claim CP-1: cannot dispute: the 30-day dispute window closed on ${check.refusal.params.closedAt}; the partner must submit a new association`,
    );
  });

  it('refuses a dispute without a justification', () => {
    expect(refusalOf(facts({ status: 'rejected' }), { action: 'dispute' }).refusal).toEqual({
      key: 'justification-required',
      params: { claim: 'CP-1', action: 'dispute' },
    });
  });

  it('refuses a customer decline after the consent window, with the instant it closed', () => {
    const check = refusalOf(facts({ status: 'approved' }), { action: 'customer-decline' }, '2026-04-01T12:00:00Z');
    expect(check.refusal.key).toBe('consent-window-closed');
    expect(check.reason).toBe(`claim CP-1: cannot customer-decline: the customer consent window closed on ${check.refusal.params.closedAt}`);
  });

  it('asks an answer to uphold a rejection and a reason to disassociate', () => {
    expect(refusalOf(facts({ status: 'disputed' }), { action: 'uphold-rejection' }).refusal).toEqual({
      key: 'answer-required',
      params: { claim: 'CP-1', action: 'uphold-rejection' },
    });
    expect(refusalOf(facts({ status: 'approved', policy: '2023' }), { action: 'disassociate' }).refusal).toEqual({
      key: 'disassociation-reason-required',
      params: { claim: 'CP-1', action: 'disassociate' },
    });
  });
});

describe('edit refusals', () => {
  it('keys an edit out of the policy’s statuses, with the statuses it allows', () => {
    expect(checkEdit({ id: 'CP-1', status: 'approved', policy: '2020' })).toEqual({
      ok: false,
      reason: 'cannot edit claim CP-1 in status approved under policy 2020 (editable only in submitted or partner-action-required)',
      refusal: { key: 'edit-not-allowed', params: { claim: 'CP-1', status: 'approved', policy: '2020', statuses: 'submitted,partner-action-required' } },
    });
  });
});

describe('a refusal that crossed a transport', () => {
  it('is one this build knows, with values that are strings or numbers', () => {
    expect(isRefusal({ key: 'comment-too-long', params: { max: 10_000 } })).toBe(true);
    expect(isRefusal({ key: 'no-such-key', params: {} })).toBe(false);
    expect(isRefusal({ key: 'comment-empty' })).toBe(false);
    expect(isRefusal({ key: 'claim-not-found', params: { claim: { id: 'CP-1' } } })).toBe(false);
    expect(isRefusal({ key: 'claim-not-found', params: ['CP-1'] })).toBe(false);
  });
});
