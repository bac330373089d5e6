// The reviewer's deficiency ticks. A tick is recorded in the history and queued for the hub, but
// does not bump the claim's version: ticking while reading never conflicts with one's own decision.
import { DomainError } from '../../shared/api/result';
import { type Deficiency, STATUS_LABELS } from '../../shared/domain/codes';
import { TERMINAL_STATUSES } from '../../shared/domain/lifecycle';
import { readChecklist, setChecklistItem } from '../store/checklist-table';
import { type ClaimRow, getClaimRow } from '../store/claims-table';
import { appendHistory } from '../store/history-table';
import type { Db } from '../store/open';
import { enqueueOutbox } from '../store/outbox-table';
import type { ServiceContext } from './context';

export interface ChecklistRequest {
  readonly claimId: string;
  readonly code: Deficiency;
  readonly open: boolean;
  readonly actor: string;
}

/** A reviewer ticks an item; closed claims keep the checklist they were decided on. */
export function setChecklist(ctx: ServiceContext, req: ChecklistRequest): void {
  const { db } = ctx.store;
  const at = ctx.now().toISOString();
  db.transaction(() => {
    const row = getClaimRow(db, req.claimId);
    if (!row) throw new DomainError('not-found', `no claim with id "${req.claimId}"`);
    if (TERMINAL_STATUSES.includes(row.status)) {
      throw new DomainError('illegal-transition', `claim ${row.id} is ${STATUS_LABELS[row.status]} (${row.status}): its checklist is closed`);
    }
    writeChecklistMark(db, row, req.code, req.open, req.actor, at);
  }).immediate();
}

/** Inside the caller's transaction; a tick that changes nothing writes nothing. */
export function writeChecklistMark(db: Db, row: ClaimRow, code: Deficiency, open: boolean, actor: string, at: string): void {
  if (readChecklist(db, row.id).find((c) => c.code === code)?.open === open) return;
  setChecklistItem(db, row.id, code, open, at, actor);
  appendHistory(db, row.id, { at, actor, side: 'reviewer', kind: 'checklist', detail: { code, open } });
  enqueueOutbox(db, row.id, 'checklist', { code, open, actor, at }, row.version, at);
}
