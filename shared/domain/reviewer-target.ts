// The reviewer-owned target (docs/domain.md "Reviewer target"): from submission to the first
// decision (approve or reject) in 10 business days of reviewer-owned time. Business days spent
// waiting on the partner do not count: they push the target back. Derived from the claim's
// status changes as stored in its history, never from a running counter.
import type { CalendarConfig } from './calendar';
import type { PolicyId, Status } from './codes';
import { POLICIES } from './policy';
import { addDuration, businessDaysBetween, isoOf } from './sla';

export const TARGET_STATES = ['on-track', 'at-risk', 'breached', 'paused', 'met', 'missed'] as const;
export type TargetState = (typeof TARGET_STATES)[number];

export interface StatusChange {
  readonly at: string; // ISO
  readonly to: Status;
}

export interface ReviewerTarget {
  readonly policy: PolicyId;
  readonly businessDays: number;
  /** The target as it stands; while paused, as it would stand if the partner answered now. */
  readonly dueAt: string;
  readonly state: TargetState;
  readonly pausedBusinessDays: number;
  /** When the first decision ended the target, or null while it runs. */
  readonly endedAt: string | null;
}

const REVIEWER_OWNED: ReadonlySet<Status> = new Set<Status>(['draft', 'submitted', 'under-review']);
const WAITING_ON_PARTNER: ReadonlySet<Status> = new Set<Status>(['partner-action-required']);

export function reviewerTarget(
  policy: PolicyId,
  submittedAt: string,
  changes: readonly StatusChange[],
  nowIso: string,
  cal: CalendarConfig,
): ReviewerTarget {
  const target = POLICIES[policy].reviewerTarget;
  let paused = 0;
  let pausedSince: string | null = null;
  let endedAt: string | null = null;
  for (const change of changes) {
    if (WAITING_ON_PARTNER.has(change.to)) {
      pausedSince ??= change.at;
      continue;
    }
    if (pausedSince) paused += businessDaysBetween(pausedSince, change.at, cal);
    pausedSince = null;
    if (!REVIEWER_OWNED.has(change.to)) {
      endedAt = change.at;
      break;
    }
  }
  const pausedNow = pausedSince ? paused + businessDaysBetween(pausedSince, nowIso, cal) : paused;
  const amount = target.amount + pausedNow;
  const due = addDuration(submittedAt, { ...target, amount }, cal);
  const atRisk = addDuration(submittedAt, { ...target, amount: Math.max(0, amount - 1) }, cal);
  const dueMs = due.toMillis();
  let state: TargetState;
  if (endedAt) state = Date.parse(endedAt) <= dueMs ? 'met' : 'missed';
  else if (pausedSince) state = 'paused';
  else if (Date.parse(nowIso) > dueMs) state = 'breached';
  else if (Date.parse(nowIso) >= atRisk.toMillis()) state = 'at-risk';
  else state = 'on-track';
  return { policy, businessDays: target.amount, dueAt: isoOf(due), state, pausedBusinessDays: pausedNow, endedAt };
}
