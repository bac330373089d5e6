// `cpor tick`: apply every time-driven transition due at a moment, each with a history entry by the
// system actor. Due claims are found by their stored deadline, so a tick is one indexed query.
import { deadlineForStatus } from '../../shared/domain/sla';
import { SYSTEM_ACTOR, TIME_RULES } from '../../shared/domain/time-rules';
import { type ClaimRow, replaceClaim, slaColumns } from '../store/claims-table';
import { insertDecision } from '../store/decisions-table';
import { appendHistory } from '../store/history-table';
import { enqueueOutbox } from '../store/outbox-table';
import { stmt } from '../store/statements';
import type { ServiceContext } from './context';

export interface TickResult {
  readonly at: string;
  readonly applied: { readonly claimId: string; readonly from: string; readonly to: string; readonly rule: string }[];
}

export function tick(ctx: ServiceContext): TickResult {
  const { db } = ctx.store;
  const now = ctx.now();
  const at = now.toISOString();
  const applied: TickResult['applied'] = [];
  db.transaction(() => {
    for (const rule of TIME_RULES) {
      const due = stmt<[string, string, number], ClaimRow>(
        db,
        'SELECT * FROM claims WHERE status = ? AND sla_clock = ? AND sla_due_ms <= ? ORDER BY sla_due_ms, id',
      ).all(rule.status, rule.clock, now.getTime());
      for (const row of due) {
        // The transition happens at the deadline, not at the tick: late ticks do not shift history.
        const when = new Date(row.sla_due_ms ?? now.getTime()).toISOString();
        const seq = appendHistory(db, row.id, {
          at: when,
          actor: SYSTEM_ACTOR,
          side: 'system',
          kind: 'time-transition',
          detail: { rule: rule.rule, from: row.status, to: rule.to, ...(rule.rejectionReason ? { reason: rule.rejectionReason } : {}) },
        });
        if (rule.rejectionReason) {
          insertDecision(db, {
            claimId: row.id,
            action: 'reject',
            fromStatus: row.status,
            toStatus: rule.to,
            actor: SYSTEM_ACTOR,
            at: when,
            historySeq: seq,
            reason: rule.rejectionReason,
          });
        }
        enqueueOutbox(db, row.id, 'time-transition', { rule: rule.rule, at: when }, row.version, at);
        replaceClaim(db, {
          ...row,
          status: rule.to,
          status_since: when,
          rejection_reason: rule.rejectionReason ?? row.rejection_reason,
          version: row.version + 1,
          updated_at: at,
          ...slaColumns(deadlineForStatus(rule.to, row.policy, when, ctx.calendar)),
        });
        applied.push({ claimId: row.id, from: row.status, to: rule.to, rule: rule.rule });
      }
    }
  }).immediate();
  return { at, applied };
}
