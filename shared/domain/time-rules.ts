// Transitions that time alone triggers (docs/domain.md "Time-driven transitions"): the system
// actor applies them when a waiting clock runs out.
import type { Clock, RejectionReason, Status } from './codes';

export interface TimeRule {
  readonly status: Status;
  readonly clock: Clock;
  readonly to: Status;
  readonly rule: string;
  readonly rejectionReason: RejectionReason | null;
}

export const TIME_RULES: readonly TimeRule[] = [
  { status: 'approved', clock: 'consent', to: 'sent-for-assessment', rule: 'consent-window-ended', rejectionReason: null },
  {
    status: 'partner-action-required',
    clock: 'partner-response',
    to: 'rejected',
    rule: 'partner-response-window-ended',
    rejectionReason: 'no-partner-response',
  },
];

export const SYSTEM_ACTOR = 'system';
