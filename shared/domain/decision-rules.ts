// What a decision needs beyond a legal transition (cpor-claims.md "Partner action required",
// "Rejection reasons", "Disputes", "Later versions of the rules"). Pure: the store supplies the facts.
import type { Action, Deficiency, PolicyId, RejectionReason, Side, Status } from './codes';
import type { CalendarConfig } from './calendar';
import { transition } from './lifecycle';
import { POLICIES } from './policy';
import { clockDeadline } from './sla';

export interface DecisionInput {
  readonly action: Action;
  readonly reason?: RejectionReason | undefined;
  readonly deficiencies?: readonly Deficiency[] | undefined;
  readonly message?: string | undefined;
  readonly override?: string | undefined;
}

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
  | { readonly ok: false; readonly reason: string };

const present = (text: string | undefined): boolean => Boolean(text && text.trim());

function refuse(claim: ClaimFacts, action: Action, why: string): DecisionCheck {
  return { ok: false, reason: `claim ${claim.id}: cannot ${action}: ${why}` };
}

export function checkDecision(claim: ClaimFacts, input: DecisionInput, nowIso: string, calendar: CalendarConfig): DecisionCheck {
  const t = transition(claim.status, input.action, claim.policy);
  if (!t.ok) return { ok: false, reason: `claim ${claim.id}: ${t.reason}` };
  const deficiencies = input.deficiencies ?? [];
  let rejectionReason: string | null = t.to === 'rejected' || t.to === 'rejected-final' ? claim.rejectionReason : null;
  let opens: readonly Deficiency[] = [];

  switch (input.action) {
    case 'request-info':
      if (deficiencies.length === 0) return refuse(claim, input.action, 'name at least one deficiency (--deficiency)');
      if (!present(input.message)) return refuse(claim, input.action, 'a message to the partner is required (--message)');
      opens = deficiencies;
      break;
    case 'reject':
      if (!input.reason) return refuse(claim, input.action, 'a rejection reason code is required (--reason)');
      if (!present(input.message)) return refuse(claim, input.action, 'a message to the partner is required (--message)');
      rejectionReason = input.reason;
      break;
    case 'approve':
      if (claim.openDeficiencies.length > 0 && !present(input.override)) {
        return refuse(
          claim,
          input.action,
          `${claim.openDeficiencies.length} deficiency(ies) still open (${claim.openDeficiencies.join(', ')}); an override reason is required (--override)`,
        );
      }
      break;
    case 'dispute': {
      const max = POLICIES[claim.policy].maxDisputes;
      if (max !== null && claim.disputes >= max) {
        return refuse(claim, input.action, `the ${claim.policy} policy allows ${max} dispute per claim and it was used; the partner must submit a new association`);
      }
      const window = clockDeadline('dispute-window', claim.policy, claim.statusSince, calendar);
      if (Date.parse(nowIso) > Date.parse(window.dueAt)) {
        return refuse(claim, input.action, `the 30-day dispute window closed on ${window.dueAt}; the partner must submit a new association`);
      }
      if (!present(input.message)) return refuse(claim, input.action, 'a business justification is required (--message)');
      break;
    }
    case 'customer-decline': {
      const window = clockDeadline('consent', claim.policy, claim.statusSince, calendar);
      if (Date.parse(nowIso) > Date.parse(window.dueAt)) {
        return refuse(claim, input.action, `the customer consent window closed on ${window.dueAt}`);
      }
      rejectionReason = 'customer-decline';
      break;
    }
    case 'withdraw':
      rejectionReason = 'partner-request';
      break;
    case 'uphold-rejection':
      if (!present(input.message)) return refuse(claim, input.action, 'an answer to the dispute is required (--message)');
      break;
    case 'overturn-rejection':
      rejectionReason = null;
      break;
    case 'disassociate':
      if (!present(input.message)) return refuse(claim, input.action, 'a reason for the disassociation is required (--message)');
      rejectionReason = input.reason ?? 'partner-request';
      break;
    case 'start-review':
    case 'resubmit':
      break;
  }
  return { ok: true, to: t.to, side: t.side, rejectionReason, opens };
}
