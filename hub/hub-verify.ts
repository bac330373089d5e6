// Walks every claim's canonical history on the hub, in pages, as `cpor verify` walks a workstation's.
import type { HubVerifyResult } from '../shared/api/hub-routes';
import { findChainBreak } from '../shared/domain/history-chain';
import { sha256Hex } from './hash';
import { claimSnapshotsAfter } from './store/hub-claims';
import type { HubDb } from './store/hub-db';

export async function verifyHub(db: HubDb): Promise<HubVerifyResult> {
  let claims = 0;
  let entries = 0;
  let openConflicts = 0;
  let after = '';
  for (;;) {
    const rows = await claimSnapshotsAfter(db, after, 1000);
    for (const r of rows) {
      claims += 1;
      entries += r.snapshot.history.length;
      openConflicts += r.snapshot.conflicts.filter((c) => !c.resolved).length;
      const broken = findChainBreak(r.claimId, r.snapshot.history, sha256Hex);
      if (broken) return { claims, entries, openConflicts, chainBreak: { claimId: broken.claimId, seq: broken.seq, problem: broken.problem } };
    }
    if (rows.length < 1000) return { claims, entries, openConflicts, chainBreak: null };
    after = rows.at(-1)!.claimId;
  }
}
