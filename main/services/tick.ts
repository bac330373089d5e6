// Time-driven transitions: when a waiting clock runs out the system actor moves the claim on
// (consent window over -> sent for assessment; partner response window over -> rejected).
// `cpor tick` applies every one due; a decision applies its own claim's first, so nobody decides
// on a state that time has already ended.
import { deadlineForStatus } from '../../shared/domain/sla';
import { SYSTEM_ACTOR, TIME_RULES, type TimeRule } from '../../shared/domain/time-rules';
import type { ClaimRow } from '../store/claim-row';
import { claimsDue, getClaimRow, updateClaimState, slaColumns } from '../store/claims-table';
import { appendHistory } from '../store/history-table';
import type { Db } from '../store/open';
import { enqueueOutbox } from '../store/outbox-table';
import type { ServiceContext } from './context';

export interface TickResult {
  readonly at: string;
  readonly applied: { readonly claimId: string; readonly from: string; readonly to: string; readonly rule: string }[];
}

function dueRule(row: ClaimRow, nowMs: number): TimeRule | null {
  if (row.sla_due_ms === null || row.sla_due_ms > nowMs) return null;
  return TIME_RULES.find((r) => r.status === row.status && r.clock === row.sla_clock) ?? null;
}

/**
 * Moves one claim on. The history entry is dated when it is written, so history stays in time
 * order; the new status counts from the deadline itself (detail.effectiveAt), so a late tick does
 * not lengthen the next clock. Call inside a transaction.
 */
function applyRule(ctx: ServiceContext, db: Db, row: ClaimRow, rule: TimeRule, at: string): ClaimRow {
  const effectiveAt = new Date(row.sla_due_ms ?? Date.parse(at)).toISOString();
  appendHistory(db, row.id, {
    at,
    actor: SYSTEM_ACTOR,
    side: 'system',
    kind: 'time-transition',
    detail: { rule: rule.rule, from: row.status, to: rule.to, effectiveAt, ...(rule.rejectionReason ? { reason: rule.rejectionReason } : {}) },
  });
  enqueueOutbox(db, row.id, 'time-transition', { rule: rule.rule, effectiveAt, at }, row.version, at);
  const next: ClaimRow = {
    ...row,
    status: rule.to,
    status_since: effectiveAt,
    rejection_reason: rule.rejectionReason ?? row.rejection_reason,
    version: row.version + 1,
    updated_at: at,
    ...slaColumns(deadlineForStatus(rule.to, row.policy, effectiveAt, ctx.calendar)),
  };
  updateClaimState(db, next);
  return next;
}

/** Applies every time transition due by `now`, in order, and returns the claim as it now stands. */
export function catchUpWithTime(ctx: ServiceContext, db: Db, row: ClaimRow, now: Date): ClaimRow {
  let current = row;
  for (let rule = dueRule(current, now.getTime()); rule; rule = dueRule(current, now.getTime())) {
    current = applyRule(ctx, db, current, rule, now.toISOString());
  }
  return current;
}

export function tick(ctx: ServiceContext): TickResult {
  const { db } = ctx.store;
  const now = ctx.now();
  const at = now.toISOString();
  const applied: TickResult['applied'] = [];
  db.transaction(() => {
    for (const rule of TIME_RULES) {
      for (const id of claimsDue(db, rule.status, rule.clock, now.getTime())) {
        const row = getClaimRow(db, id);
        if (!row) continue;
        applyRule(ctx, db, row, rule, at);
        applied.push({ claimId: id, from: row.status, to: rule.to, rule: rule.rule });
      }
    }
  }).immediate();
  return { at, applied };
}
