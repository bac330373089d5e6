// Labels and tones for codes that shared/domain/codes.ts does not label. Codes stay the wire
// form; these are presentation only.
import type { Clock, Deficiency, ProductFamily, RejectionReason, Side, SlaState, Status } from '../../shared/domain/codes';
import type { TargetState } from '../../shared/domain/reviewer-target';
import type { Tone } from './Badge';

export const CLOCK_LABELS: Record<Clock, string> = {
  'review-start': 'Review start',
  decision: 'Decision',
  'partner-response': 'Partner response',
  consent: 'Customer consent',
  'dispute-window': 'Dispute window',
  'dispute-answer': 'Dispute answer',
};

export const SLA_STATE_LABELS: Record<SlaState, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  breached: 'Breached',
  paused: 'Paused',
};

export const SLA_STATE_TONES: Record<SlaState, Tone> = {
  'on-track': 'ok',
  'at-risk': 'warn',
  breached: 'danger',
  paused: 'neutral',
};

export const STATUS_TONES: Record<Status, Tone> = {
  draft: 'neutral',
  submitted: 'info',
  'under-review': 'violet',
  'partner-action-required': 'warn',
  approved: 'ok',
  rejected: 'danger',
  disputed: 'warn',
  'rejected-final': 'danger',
  'sent-for-assessment': 'neutral',
};

export const SIDE_LABELS: Record<Side, string> = {
  reviewer: 'Reviewer',
  partner: 'Partner',
  customer: 'Customer',
  system: 'System',
};

export const PRODUCT_FAMILY_LABELS: Record<ProductFamily, string> = {
  'business-applications': 'Business Applications',
  'microsoft-365': 'Microsoft 365',
};

/** The five checklist items, in plain words (cpor-claims.md "Partner action required"). */
export const DEFICIENCY_LABELS: Record<Deficiency, string> = {
  'missing-poe': 'Missing all PoE',
  'missing-customer-acknowledgment': 'Missing customer acknowledgment',
  'missing-or-old-dates': 'Missing or old dates',
  'missing-partner-service': 'Missing partner solution or service',
  'missing-products': 'Missing products',
};

/** What the reviewer checks for each item: the question the checkbox answers. */
export const DEFICIENCY_HINTS: Record<Deficiency, string> = {
  'missing-poe': 'No PoE, a wrong file, or a file unrelated to this association',
  'missing-customer-acknowledgment': "The customer's signature is not on the PoE",
  'missing-or-old-dates': 'No dates, or dates more than 12 months before the claim',
  'missing-partner-service': 'The work done is not described, or not enough',
  'missing-products': 'A claimed product or workload is not in the PoE',
};

export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  'partner-request': 'Partner request',
  'customer-decline': 'Customer decline',
  'insufficient-poe': 'Insufficient PoE',
  'missing-customer-consent': 'Missing customer consent on PoE',
  'missing-products': 'Missing products',
  'no-partner-response': 'No partner response',
  'poe-unavailable': 'PoE unavailable',
};

export const TARGET_STATE_LABELS: Record<TargetState, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  breached: 'Breached',
  paused: 'Paused',
  met: 'Met',
  missed: 'Missed',
};

export const TARGET_STATE_TONES: Record<TargetState, Tone> = {
  'on-track': 'ok',
  'at-risk': 'warn',
  breached: 'danger',
  paused: 'neutral',
  met: 'ok',
  missed: 'danger',
};
