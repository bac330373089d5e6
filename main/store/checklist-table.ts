import { DEFICIENCIES, type Deficiency } from '../../shared/domain/codes';
import type { Db } from './db';
import { stmt } from './statements';

export interface ChecklistItem {
  readonly code: Deficiency;
  readonly open: boolean;
}

/** The five deficiencies in domain order; an item never set is not open. */
export function readChecklist(db: Db, claimId: string): ChecklistItem[] {
  const rows = stmt<[string], { code: Deficiency; open: number }>(db, 'SELECT code, open FROM checklist WHERE claim_id = ?').all(claimId);
  const open = new Map(rows.map((r) => [r.code, r.open === 1]));
  return DEFICIENCIES.map((code) => ({ code, open: open.get(code) ?? false }));
}

export function setChecklistItem(db: Db, claimId: string, code: Deficiency, open: boolean, at: string, by: string): void {
  stmt(
    db,
    `INSERT INTO checklist (claim_id, code, open, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (claim_id, code) DO UPDATE SET open = excluded.open, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(claimId, code, open ? 1 : 0, at, by);
}
