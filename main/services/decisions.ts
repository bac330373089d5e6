// A decision is one transaction: claim status and clock, decision row, history entry.
import { DomainError } from '../../shared/api/result';
import type { ClaimDetail } from '../../shared/api/schemas';
import type { Action } from '../../shared/domain/codes';
import { transition } from '../../shared/domain/lifecycle';
import { deadlineForStatus } from '../../shared/domain/sla';
import { getClaimRow, replaceClaim, slaColumns } from '../store/claims-table';
import { insertDecision } from '../store/decisions-table';
import { appendHistory } from '../store/history-table';
import type { ServiceContext } from './context';
import { claimDetail } from './claims';

export interface DecisionRequest {
  readonly claimId: string;
  readonly action: Action;
  readonly actor: string;
  readonly expectedVersion?: number | undefined;
}

export function decide(ctx: ServiceContext, req: DecisionRequest): ClaimDetail {
  const { db } = ctx.store;
  const now = ctx.now();
  const at = now.toISOString();
  db.transaction(() => {
    const row = getClaimRow(db, req.claimId);
    if (!row) throw new DomainError('not-found', `no claim with id "${req.claimId}"`);
    if (req.expectedVersion !== undefined && req.expectedVersion !== row.version) {
      throw new DomainError(
        'conflict',
        `claim ${row.id} changed since it was opened (version ${req.expectedVersion}, now ${row.version}); reload it and decide again`,
      );
    }
    const t = transition(row.status, req.action, row.policy);
    if (!t.ok) throw new DomainError('illegal-transition', `claim ${row.id}: ${t.reason}`);
    const seq = appendHistory(db, row.id, {
      at,
      actor: req.actor,
      side: t.side,
      kind: 'decision',
      detail: { action: req.action, from: row.status, to: t.to },
    });
    insertDecision(db, { claimId: row.id, action: req.action, fromStatus: row.status, toStatus: t.to, actor: req.actor, at, historySeq: seq });
    replaceClaim(db, {
      ...row,
      status: t.to,
      status_since: at,
      // Starting a review takes the claim: the reviewer who starts it owns it.
      assignee: req.action === 'start-review' ? (row.assignee ?? req.actor) : row.assignee,
      version: row.version + 1,
      updated_at: at,
      ...slaColumns(deadlineForStatus(t.to, row.policy, at, ctx.calendar)),
    });
  }).immediate();
  return claimDetail(db, req.claimId, now.getTime());
}
