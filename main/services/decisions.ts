// A decision is one transaction: claim status, clock and version; checklist effects and snapshot;
// history entry; decision row; the message as a comment; an outbox record for the team hub.
import { DomainError } from '../../shared/api/result';
import type { ClaimDetail, DecideInput, Decision } from '../../shared/api/schemas';
import { checkDecision } from '../../shared/domain/decision-rules';
import { deadlineForStatus } from '../../shared/domain/sla';
import { readChecklist, setChecklistItem } from '../store/checklist-table';
import type { ClaimRow } from '../store/claim-row';
import { updateClaimState, slaColumns } from '../store/claims-table';
import { insertComment } from '../store/comments-table';
import { disputeCount, insertDecision } from '../store/decisions-table';
import { appendHistory } from '../store/history-table';
import type { Db } from '../store/open';
import { enqueueOutbox } from '../store/outbox-table';
import type { ServiceContext } from './context';
import { claimDetail, claimForWrite } from './claims';
import { catchUpWithTime } from './tick';

/** A decision (any action: the live path and a bundle's replay), on a claim, by someone. */
export type DecisionRequest = Decision & Pick<DecideInput, 'claimId' | 'expectedVersion'> & { readonly actor: string };

/**
 * Applies one decision to a claim as it stands at `at`, inside the caller's transaction: the
 * live path (decide) and the replay of a bundle's past events share every rule and effect.
 * Throws a DomainError (and the caller's transaction rolls back) when the decision is refused.
 */
export function applyDecision(ctx: ServiceContext, db: Db, row: ClaimRow, req: DecisionRequest, at: string): ClaimRow {
  const checklist = readChecklist(db, row.id);
  const check = checkDecision(
    {
      id: row.id,
      status: row.status,
      policy: row.policy,
      statusSince: row.status_since,
      openDeficiencies: checklist.filter((c) => c.open).map((c) => c.code),
      disputes: disputeCount(db, row.id),
      rejectionReason: row.rejection_reason,
    },
    req,
    at,
    ctx.calendar,
  );
  if (!check.ok) throw new DomainError('illegal-transition', check.reason, check.refusal);

  for (const code of check.opens) setChecklistItem(db, row.id, code, true, at, req.actor);
  const snapshot = readChecklist(db, row.id);
  const message = req.message?.trim() || undefined;
  const override = req.override?.trim() || undefined;
  const seq = appendHistory(db, row.id, {
    at,
    actor: req.actor,
    side: check.side,
    kind: 'decision',
    detail: {
      action: req.action,
      from: row.status,
      to: check.to,
      ...(req.reason ? { reason: req.reason } : {}),
      ...(req.deficiencies?.length ? { deficiencies: [...req.deficiencies] } : {}),
      ...(message ? { message } : {}),
      ...(override ? { override } : {}),
    },
  });
  insertDecision(db, {
    claimId: row.id,
    action: req.action,
    fromStatus: row.status,
    toStatus: check.to,
    actor: req.actor,
    at,
    historySeq: seq,
    fromStatusSince: row.status_since,
    reason: req.reason ?? null,
    deficiencies: [...(req.deficiencies ?? [])],
    message: message ?? null,
    override: override ?? null,
    checklist: snapshot,
  });
  if (message) insertComment(db, { claimId: row.id, at, author: req.actor, side: check.side, internal: false, text: message, historySeq: seq });
  enqueueOutbox(
    db,
    row.id,
    'decision',
    { action: req.action, actor: req.actor, at, reason: req.reason ?? null, deficiencies: req.deficiencies ?? [], message: message ?? null, override: override ?? null },
    row.version,
    at,
  );
  const next: ClaimRow = {
    ...row,
    status: check.to,
    status_since: at,
    // Starting a review takes the claim: the reviewer who starts it owns it.
    assignee: req.action === 'start-review' ? (row.assignee ?? req.actor) : row.assignee,
    rejection_reason: check.rejectionReason,
    version: row.version + 1,
    updated_at: at,
    ...slaColumns(deadlineForStatus(check.to, row.policy, at, ctx.calendar)),
  };
  updateClaimState(db, next);
  return next;
}

export function decide(ctx: ServiceContext, req: DecisionRequest): ClaimDetail {
  const { db } = ctx.store;
  const now = ctx.now();
  db.transaction(() => {
    const stored = claimForWrite(db, req.claimId, req.expectedVersion, 'decide');
    // A window that has closed has closed, tick or no tick: decide on the claim as time left it.
    // If the decision is then refused, the whole transaction (catch-up included) rolls back.
    applyDecision(ctx, db, catchUpWithTime(ctx, db, stored, now), req, now.toISOString());
  }).immediate();
  return claimDetail(db, req.claimId, now.getTime(), ctx.calendar);
}
