// Assign and reassign: who works a claim is part of its history and of its version.
import { DomainError } from '../../shared/api/result';
import { TERMINAL_STATUSES } from '../../shared/domain/lifecycle';
import { assignmentRefusal } from '../../shared/api/permissions';
import type { Role } from '../../shared/domain/roles';
import type { ClaimRow } from '../store/claim-row';
import { getClaimRow, updateClaimState } from '../store/claims-table';
import { appendHistory } from '../store/history-table';
import type { Db } from '../store/open';
import { enqueueOutbox } from '../store/outbox-table';
import type { ServiceContext } from './context';
import { claimNotFound } from './claim-not-found';

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
    throw new DomainError('illegal-transition', `claim ${row.id} is ${row.status}: it is closed and cannot be assigned`, {
      key: 'claim-closed-assignment',
      params: { claim: row.id, status: row.status },
    });
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
  const asked = req.claimIds.length;
  // The claim's own refusal, and that the batch did nothing: `asked` in its params says so to a screen.
  const refuse = (err: DomainError) =>
    new DomainError(
      err.code,
      `${err.message}; nothing was assigned (${asked} claim${asked === 1 ? '' : 's'} asked)`,
      err.refusal && { key: err.refusal.key, params: { ...err.refusal.params, asked } },
    );
  return db.transaction(() => {
    const changed: string[] = [];
    const unchanged: string[] = [];
    for (const id of req.claimIds) {
      const row = getClaimRow(db, id);
      if (!row) throw refuse(claimNotFound(id));
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
    if (!row) throw claimNotFound(req.claimId);
    const refused = req.role ? assignmentRefusal(req.role, req.by, req.to, row.assignee) : null;
    if (refused) throw new DomainError('forbidden', refused.reason, refused.refusal);
    writeAssignment(db, row, req.to, req.by, at);
  }).immediate();
}
