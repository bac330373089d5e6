// Labels and tones for codes that shared/domain/codes.ts does not label. Codes stay the wire
// form; these are presentation only.
import type { Clock, ProductFamily, Side, SlaState, Status } from '../../shared/domain/codes';
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
