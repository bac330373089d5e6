// The reviewer's deficiency ticks. A tick is recorded in the history and queued for the hub, but
// does not bump the claim's version: ticking while reading never conflicts with one's own decision.
import type { Deficiency } from '../../shared/domain/codes';
import { readChecklist, setChecklistItem } from '../store/checklist-table';
import type { ClaimRow } from '../store/claims-table';
import { appendHistory } from '../store/history-table';
import type { Db } from '../store/open';
import { enqueueOutbox } from '../store/outbox-table';

/** Inside the caller's transaction; a tick that changes nothing writes nothing. */
export function writeChecklistMark(db: Db, row: ClaimRow, code: Deficiency, open: boolean, actor: string, at: string): void {
  if (readChecklist(db, row.id).find((c) => c.code === code)?.open === open) return;
  setChecklistItem(db, row.id, code, open, at, actor);
  appendHistory(db, row.id, { at, actor, side: 'reviewer', kind: 'checklist', detail: { code, open } });
  enqueueOutbox(db, row.id, 'checklist', { code, open, actor, at }, row.version, at);
}
