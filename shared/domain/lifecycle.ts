// The claim state machine (docs/domain.md "Statuses", "Actions and transitions", "Disputes",
// "Policies"). Pure: given a status, an action and the claim's policy,
// says where the claim goes or why it cannot.
import type { Action, PolicyId, Side, Status } from './codes';
import { STATUS_LABELS } from './codes';
import { type Refused, refused } from './refusal';

export interface TransitionRule {
  readonly from: readonly Status[];
  readonly to: Status | ((policy: PolicyId) => Status);
  /** Who performs the action: reviewers decide, partners and customers act on their side. */
  readonly side: Side;
  /** Policies under which the action exists at all. */
  readonly policies?: readonly PolicyId[];
}

export const TRANSITIONS: Readonly<Record<Action, TransitionRule>> = {
  'start-review': { from: ['submitted'], to: 'under-review', side: 'reviewer' },
  approve: { from: ['under-review'], to: 'approved', side: 'reviewer' },
  'request-info': { from: ['under-review'], to: 'partner-action-required', side: 'reviewer' },
  reject: { from: ['under-review'], to: 'rejected', side: 'reviewer' },
  resubmit: { from: ['partner-action-required'], to: 'under-review', side: 'partner' },
  dispute: { from: ['rejected'], to: 'disputed', side: 'partner' },
  'uphold-rejection': {
    from: ['disputed'],
    to: (policy) => (policy === '2023' ? 'rejected-final' : 'rejected'),
    side: 'reviewer',
  },
  'overturn-rejection': { from: ['disputed'], to: 'approved', side: 'reviewer' },
  'customer-decline': { from: ['approved'], to: 'rejected', side: 'customer' },
  withdraw: {
    from: ['submitted', 'under-review', 'partner-action-required'],
    to: 'rejected',
    side: 'partner',
  },
  disassociate: { from: ['approved'], to: 'rejected-final', side: 'reviewer', policies: ['2023'] },
};

export type TransitionResult =
  | { readonly ok: true; readonly to: Status; readonly side: Side }
  | Refused;

export function transition(status: Status, action: Action, policy: PolicyId): TransitionResult {
  const rule = TRANSITIONS[action];
  if (rule.policies && !rule.policies.includes(policy)) {
    return refused(`"${action}" does not exist under the ${policy} policy (claim is ${STATUS_LABELS[status]})`, 'action-not-in-policy', {
      action,
      policy,
      status,
    });
  }
  if (!rule.from.includes(status)) {
    return refused(`cannot ${action} a claim that is ${STATUS_LABELS[status]} (${status})`, 'action-not-allowed', { action, status });
  }
  const to = typeof rule.to === 'function' ? rule.to(policy) : rule.to;
  return { ok: true, to, side: rule.side };
}

/** Actions a person could take now; the UI offers only these. */
export function availableActions(status: Status, policy: PolicyId): Action[] {
  return (Object.keys(TRANSITIONS) as Action[]).filter((a) => transition(status, a, policy).ok);
}

export const TERMINAL_STATUSES: readonly Status[] = ['rejected-final', 'sent-for-assessment'];
