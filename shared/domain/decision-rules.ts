// What a decision needs beyond a legal transition (docs/domain.md "What each decision needs",
// "Deficiency checklist", "Rejection reasons", "Disputes", "Policies"). Pure: the store supplies the facts.
import type { Decision } from '../api/schemas';
import type { Action, Deficiency, PolicyId, Side, Status } from './codes';
import type { CalendarConfig } from './calendar';
import { transition } from './lifecycle';
import { POLICIES } from './policy';
import { joinCodes, type Refused, type RefusalKey, type RefusalParams, refused } from './refusal';
import { clockDeadline } from './sla';

export interface ClaimFacts {
  readonly id: string;
  readonly status: Status;
  readonly policy: PolicyId;
  /** When the claim entered its current status (ISO). */
  readonly statusSince: string;
  readonly openDeficiencies: readonly Deficiency[];
  readonly disputes: number;
  readonly rejectionReason: string | null;
}

export type DecisionCheck =
  | {
      readonly ok: true;
      readonly to: Status;
      readonly side: Side;
      readonly rejectionReason: string | null;
      /** Deficiencies the decision opens (request-info). */
      readonly opens: readonly Deficiency[];
    }
  | Refused;

const present = (text: string | undefined): boolean => Boolean(text && text.trim());

/** Every refusal of a decision names the claim and the action, in its words and in its params. */
function refuse(claim: ClaimFacts, action: Action, why: string, key: RefusalKey, params: RefusalParams = {}): DecisionCheck {
  return refused(`claim ${claim.id}: cannot ${action}: ${why}`, key, { claim: claim.id, action, ...params });
}

export function checkDecision(claim: ClaimFacts, input: Decision, nowIso: string, calendar: CalendarConfig): DecisionCheck {
  const t = transition(claim.status, input.action, claim.policy);
  if (!t.ok) return refused(`claim ${claim.id}: ${t.reason}`, t.refusal.key, { claim: claim.id, ...t.refusal.params });
  const deficiencies = input.deficiencies ?? [];
  let rejectionReason: string | null = t.to === 'rejected' || t.to === 'rejected-final' ? claim.rejectionReason : null;
  let opens: readonly Deficiency[] = [];

  switch (input.action) {
    case 'request-info':
      if (deficiencies.length === 0) return refuse(claim, input.action, 'name at least one deficiency (--deficiency)', 'deficiency-required');
      if (!present(input.message)) return refuse(claim, input.action, 'a message to the partner is required (--message)', 'message-required');
      opens = deficiencies;
      break;
    case 'reject':
      if (!input.reason) return refuse(claim, input.action, 'a rejection reason code is required (--reason)', 'reason-required');
      if (!present(input.message)) return refuse(claim, input.action, 'a message to the partner is required (--message)', 'message-required');
      rejectionReason = input.reason;
      break;
    case 'approve':
      if (claim.openDeficiencies.length > 0 && !present(input.override)) {
        return refuse(
          claim,
          input.action,
          `${claim.openDeficiencies.length} deficiency(ies) still open (${claim.openDeficiencies.join(', ')}); an override reason is required (--override)`,
          'override-required',
          { count: claim.openDeficiencies.length, deficiencies: joinCodes(claim.openDeficiencies) },
        );
      }
      break;
    case 'dispute': {
      const max = POLICIES[claim.policy].maxDisputes;
      if (max !== null && claim.disputes >= max) {
        return refuse(
          claim,
          input.action,
          `the ${claim.policy} policy allows ${max} dispute per claim and it was used; the partner must submit a new association`,
          'disputes-used',
          { policy: claim.policy, max },
        );
      }
      const window = clockDeadline('dispute-window', claim.policy, claim.statusSince, calendar);
      if (Date.parse(nowIso) > Date.parse(window.dueAt)) {
        return refuse(claim, input.action, `the 30-day dispute window closed on ${window.dueAt}; the partner must submit a new association`, 'dispute-window-closed', {
          closedAt: window.dueAt,
        });
      }
      if (!present(input.message)) return refuse(claim, input.action, 'a business justification is required (--message)', 'justification-required');
      break;
    }
    case 'customer-decline': {
      const window = clockDeadline('consent', claim.policy, claim.statusSince, calendar);
      if (Date.parse(nowIso) > Date.parse(window.dueAt)) {
        return refuse(claim, input.action, `the customer consent window closed on ${window.dueAt}`, 'consent-window-closed', { closedAt: window.dueAt });
      }
      rejectionReason = 'customer-decline';
      break;
    }
    case 'withdraw':
      rejectionReason = 'partner-request';
      break;
    case 'uphold-rejection':
      if (!present(input.message)) return refuse(claim, input.action, 'an answer to the dispute is required (--message)', 'answer-required');
      break;
    case 'overturn-rejection':
      rejectionReason = null;
      break;
    case 'disassociate':
      if (!present(input.message)) return refuse(claim, input.action, 'a reason for the disassociation is required (--message)', 'disassociation-reason-required');
      rejectionReason = input.reason ?? 'partner-request';
      break;
    case 'start-review':
    case 'resubmit':
      break;
  }
  return { ok: true, to: t.to, side: t.side, rejectionReason, opens };
}
