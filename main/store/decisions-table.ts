import type { Db } from './open';
import { stmt } from './statements';

export interface NewDecision {
  readonly claimId: string;
  readonly action: string;
  readonly fromStatus: string;
  readonly toStatus: string;
  readonly actor: string;
  readonly at: string;
  readonly historySeq: number;
  readonly reason?: string | null;
  readonly deficiencies?: readonly string[];
  readonly message?: string | null;
  readonly override?: string | null;
  readonly checklist?: readonly { code: string; open: boolean }[];
}

export function insertDecision(db: Db, d: NewDecision): number {
  const info = stmt(
    db,
      `INSERT INTO decisions (claim_id, action, from_status, to_status, actor, at, reason, deficiencies, message, override, checklist, history_seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      d.claimId,
      d.action,
      d.fromStatus,
      d.toStatus,
      d.actor,
      d.at,
      d.reason ?? null,
      JSON.stringify(d.deficiencies ?? []),
      d.message ?? null,
      d.override ?? null,
      JSON.stringify(d.checklist ?? []),
      d.historySeq,
    );
  return Number(info.lastInsertRowid);
}
