// The code lists of the domain (docs/cli.md "Codes"). They are a public contract:
// extend, never rename.

export const STATUSES = [
  'draft',
  'submitted',
  'under-review',
  'partner-action-required',
  'approved',
  'rejected',
  'disputed',
  'rejected-final',
  'sent-for-assessment',
] as const;
export type Status = (typeof STATUSES)[number];

export const ACTIONS = [
  'start-review',
  'approve',
  'request-info',
  'reject',
  'resubmit',
  'dispute',
  'uphold-rejection',
  'overturn-rejection',
  'customer-decline',
  'withdraw',
  'disassociate',
] as const;
export type Action = (typeof ACTIONS)[number];

export const DEFICIENCIES = [
  'missing-poe',
  'missing-customer-acknowledgment',
  'missing-or-old-dates',
  'missing-partner-service',
  'missing-products',
] as const;
export type Deficiency = (typeof DEFICIENCIES)[number];

export const REJECTION_REASONS = [
  'partner-request',
  'customer-decline',
  'insufficient-poe',
  'missing-customer-consent',
  'missing-products',
  'no-partner-response',
  'poe-unavailable',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const CLOCKS = [
  'review-start',
  'decision',
  'partner-response',
  'consent',
  'dispute-window',
  'dispute-answer',
] as const;
export type Clock = (typeof CLOCKS)[number];

export const SLA_STATES = ['on-track', 'at-risk', 'breached', 'paused'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const PRODUCT_FAMILIES = ['business-applications', 'microsoft-365'] as const;
export type ProductFamily = (typeof PRODUCT_FAMILIES)[number];

export const SIDES = ['reviewer', 'partner', 'customer', 'system'] as const;
export type Side = (typeof SIDES)[number];

export const POLICY_IDS = ['2020', '2023'] as const;
export type PolicyId = (typeof POLICY_IDS)[number];

/** Human labels for the UI; the codes stay the stored and wire form. */
export const STATUS_LABELS: Record<Status, string> = {
  draft: 'Editing',
  submitted: 'Submitted',
  'under-review': 'Under review',
  'partner-action-required': 'Partner action required',
  approved: 'Approved',
  rejected: 'Rejected',
  disputed: 'Disputed',
  'rejected-final': 'Rejected final',
  'sent-for-assessment': 'Sent for assessment',
};

export const ACTION_LABELS: Record<Action, string> = {
  'start-review': 'Start review',
  approve: 'Approve',
  'request-info': 'Request information',
  reject: 'Reject',
  resubmit: 'Resubmit',
  dispute: 'Dispute',
  'uphold-rejection': 'Uphold rejection',
  'overturn-rejection': 'Overturn rejection',
  'customer-decline': 'Customer declined',
  withdraw: 'Withdraw',
  disassociate: 'Disassociate customer',
};

/** Rejection reasons in words: the English UI, the reports and the command line say the same. */
export const REASON_LABELS: Record<RejectionReason, string> = {
  'partner-request': 'Partner request',
  'customer-decline': 'Customer decline',
  'insufficient-poe': 'Insufficient PoE',
  'missing-customer-consent': 'Missing customer consent on PoE',
  'missing-products': 'Missing products',
  'no-partner-response': 'No partner response',
  'poe-unavailable': 'PoE unavailable',
};

/** The five checklist items in words (docs/domain.md "Deficiency checklist"), as REASON_LABELS. */
export const DEFICIENCY_LABELS: Record<Deficiency, string> = {
  'missing-poe': 'Missing all PoE',
  'missing-customer-acknowledgment': 'Missing customer acknowledgment',
  'missing-or-old-dates': 'Missing or old dates',
  'missing-partner-service': 'Missing partner solution or service',
  'missing-products': 'Missing products',
};
