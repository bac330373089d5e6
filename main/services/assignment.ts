// Assign and reassign: who works a claim is part of its history and of its version.
import { DomainError } from '../../shared/api/result';
import { TERMINAL_STATUSES } from '../../shared/domain/lifecycle';
import { getClaimRow, replaceClaim } from '../store/claims-table';
import { appendHistory } from '../store/history-table';
import { enqueueOutbox } from '../store/outbox-table';
import type { ServiceContext } from './context';

export interface AssignRequest {
  readonly claimId: string;
  /** null to unassign. */
  readonly to: string | null;
  readonly by: string;
}

export function assignClaim(ctx: ServiceContext, req: AssignRequest): void {
  const { db } = ctx.store;
  const at = ctx.now().toISOString();
  db.transaction(() => {
    const row = getClaimRow(db, req.claimId);
    if (!row) throw new DomainError('not-found', `no claim with id "${req.claimId}"`);
    if (TERMINAL_STATUSES.includes(row.status)) {
      throw new DomainError('illegal-transition', `claim ${row.id} is ${row.status}: it is closed and cannot be assigned`);
    }
    if (row.assignee === req.to) return;
    appendHistory(db, row.id, {
      at,
      actor: req.by,
      side: 'reviewer',
      kind: row.assignee ? 'reassigned' : 'assigned',
      detail: { from: row.assignee, to: req.to },
    });
    enqueueOutbox(db, row.id, 'assignment', { from: row.assignee, to: req.to, by: req.by, at }, row.version, at);
    replaceClaim(db, { ...row, assignee: req.to, version: row.version + 1, updated_at: at });
  }).immediate();
}
