// The tone each state is shown in (a badge, a tile): ok, warn, danger... Its words are in
// i18n/labels.ts.
import type { SlaState, Status } from '../../shared/domain/codes';
import type { TargetState } from '../../shared/domain/reviewer-target';
import type { Tone } from './Badge';

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

export const TARGET_STATE_TONES: Record<TargetState, Tone> = {
  'on-track': 'ok',
  'at-risk': 'warn',
  breached: 'danger',
  paused: 'neutral',
  met: 'ok',
  missed: 'danger',
};
