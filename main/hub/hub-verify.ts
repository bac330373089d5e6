// Walks every claim's canonical history on the hub, in pages, as `cpor verify` walks a workstation's.
import type pg from 'pg';
import type { ClaimSnapshot } from '../../shared/api/hub-sync';
import { findChainBreak } from '../../shared/domain/history-chain';
import { sha256Hex } from '../store/hash';

export interface HubVerifyResult {
  readonly claims: number;
  readonly entries: number;
  readonly openConflicts: number;
  readonly chainBreak: { readonly claimId: string; readonly seq: number; readonly problem: string } | null;
}

export async function verifyHub(db: pg.Pool): Promise<HubVerifyResult> {
  let claims = 0;
  let entries = 0;
  let openConflicts = 0;
  let after = '';
  for (;;) {
    const { rows } = await db.query<{ claim_id: string; snapshot: ClaimSnapshot }>(
      'SELECT claim_id, snapshot FROM hub_claims WHERE claim_id > $1 ORDER BY claim_id LIMIT 1000',
      [after],
    );
    for (const r of rows) {
      claims += 1;
      entries += r.snapshot.history.length;
      openConflicts += r.snapshot.conflicts.filter((c) => !c.resolved).length;
      const broken = findChainBreak(r.claim_id, r.snapshot.history, sha256Hex);
      if (broken) return { claims, entries, openConflicts, chainBreak: { claimId: broken.claimId, seq: broken.seq, problem: broken.problem } };
    }
    if (rows.length < 1000) return { claims, entries, openConflicts, chainBreak: null };
    after = rows.at(-1)!.claim_id;
  }
}
