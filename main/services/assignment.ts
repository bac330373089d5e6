// Assign and reassign: who works a claim is part of its history and of its version.
import { DomainError } from '../../shared/api/result';
import { TERMINAL_STATUSES } from '../../shared/domain/lifecycle';
import { assignmentRefusal, type Role } from '../../shared/domain/roles';
import { type ClaimRow, getClaimRow, updateClaimState } from '../store/claims-table';
import { appendHistory } from '../store/history-table';
import type { Db } from '../store/open';
import { enqueueOutbox } from '../store/outbox-table';
import type { ServiceContext } from './context';

export interface AssignRequest {
  readonly claimId: string;
  /** null to unassign. */
  readonly to: string | null;
  readonly by: string;
  /** The role of `by` when the call came through the API; the CLI is not role-bound. */
  readonly role?: Role;
}

/** Assigns inside the caller's transaction; returns the claim as it now stands (unchanged when already so). */
export function writeAssignment(db: Db, row: ClaimRow, to: string | null, by: string, at: string): ClaimRow {
  if (TERMINAL_STATUSES.includes(row.status)) {
    throw new DomainError('illegal-transition', `claim ${row.id} is ${row.status}: it is closed and cannot be assigned`);
  }
  if (row.assignee === to) return row;
  appendHistory(db, row.id, {
    at,
    actor: by,
    side: 'reviewer',
    kind: row.assignee ? 'reassigned' : 'assigned',
    detail: { from: row.assignee, to },
  });
  enqueueOutbox(db, row.id, 'assignment', { from: row.assignee, to, by, at }, row.version, at);
  const next: ClaimRow = { ...row, assignee: to, version: row.version + 1, updated_at: at };
  updateClaimState(db, next);
  return next;
}

export interface AssignManyRequest {
  readonly claimIds: readonly string[];
  /** null to unassign. */
  readonly to: string | null;
  readonly by: string;
}

/**
 * Assigns several claims in one transaction, each with its own history entry and outbox record.
 * All or nothing: one claim refused (unknown, closed) refuses the batch, naming that claim.
 */
export function assignMany(ctx: ServiceContext, req: AssignManyRequest): { changed: string[]; unchanged: string[] } {
  const { db } = ctx.store;
  const at = ctx.now().toISOString();
  const refuse = (err: DomainError) =>
    new DomainError(err.code, `${err.message}; nothing was assigned (${req.claimIds.length} claim${req.claimIds.length === 1 ? '' : 's'} asked)`);
  return db.transaction(() => {
    const changed: string[] = [];
    const unchanged: string[] = [];
    for (const id of req.claimIds) {
      const row = getClaimRow(db, id);
      if (!row) throw refuse(new DomainError('not-found', `no claim with id "${id}"`));
      try {
        (writeAssignment(db, row, req.to, req.by, at) === row ? unchanged : changed).push(id);
      } catch (err) {
        throw err instanceof DomainError ? refuse(err) : err;
      }
    }
    return { changed, unchanged };
  }).immediate();
}

export function assignClaim(ctx: ServiceContext, req: AssignRequest): void {
  const { db } = ctx.store;
  const at = ctx.now().toISOString();
  db.transaction(() => {
    const row = getClaimRow(db, req.claimId);
    if (!row) throw new DomainError('not-found', `no claim with id "${req.claimId}"`);
    const refusal = req.role ? assignmentRefusal(req.role, req.by, req.to, row.assignee) : null;
    if (refusal) throw new DomainError('forbidden', refusal);
    writeAssignment(db, row, req.to, req.by, at);
  }).immediate();
}
