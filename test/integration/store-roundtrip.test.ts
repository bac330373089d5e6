// Import, decide, close, reopen: every decision and its history survive, the chain verifies.
import { afterEach, describe, expect, it } from 'vitest';
import { getClaim, listQueue } from '../../main/services/claims';
import { decide } from '../../main/services/decisions';
import { importBundle } from '../../main/services/import/import-bundle';
import { findFirstChainBreak } from '../../main/store/history-table';
import { QueueQuerySchema } from '../../shared/api/schemas';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { type TempStore, tempStore } from '../fixtures/store';
import { DROP_HISTORY_GUARD } from '../fixtures/tamper';

let t: TempStore;
afterEach(() => t?.dispose());

describe('store round trip', () => {
  it('keeps an approved claim, its decisions and its history across a restart', async () => {
    t = tempStore();
    const bundle = await writeBundle([claimRow({ id: 'RT-1' }), claimRow({ id: 'RT-2' })]);
    expect(await importBundle(t.ctx(), bundle)).toMatchObject({ created: 2, documents: 2 });

    decide(t.ctx({ now: '2026-11-24T18:00:00Z' }), { claimId: 'RT-1', action: 'start-review', actor: 'Alex Martin' });
    const approved = decide(t.ctx({ now: '2026-11-24T19:00:00Z' }), { claimId: 'RT-1', action: 'approve', actor: 'Alex Martin' });
    expect(approved.status).toBe('approved');
    expect(approved.sla).toMatchObject({ clock: 'consent', state: 'paused' });

    t.reopen();
    const claim = getClaim(t.ctx(), { id: 'RT-1' });
    expect(claim.status).toBe('approved');
    expect(claim.assignee).toBe('Alex Martin');
    expect(claim.version).toBe(2);
    expect(claim.history.map((h) => h.kind)).toEqual(['imported', 'decision', 'decision']);
    expect(claim.history[2]?.detail).toEqual({ action: 'approve', from: 'under-review', to: 'approved' });
    expect(claim.history[2]?.prevHash).toBe(claim.history[1]?.hash);
    const decisions = t.store.db.prepare('SELECT action, actor FROM decisions WHERE claim_id = ? ORDER BY id').all('RT-1');
    expect(decisions).toEqual([
      { action: 'start-review', actor: 'Alex Martin' },
      { action: 'approve', actor: 'Alex Martin' },
    ]);
    expect(findFirstChainBreak(t.store.db)).toBeNull();
    expect(t.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(getClaim(t.ctx(), { id: 'RT-2' }).status).toBe('submitted');
  });

  it('refuses an illegal transition and a stale version, changing nothing', async () => {
    t = tempStore();
    await importBundle(t.ctx(), await writeBundle([claimRow({ id: 'IL-1' })]));
    const before = getClaim(t.ctx(), { id: 'IL-1' });
    expect(() => decide(t.ctx(), { claimId: 'IL-1', action: 'approve', actor: 'A' })).toThrow(
      /cannot approve a claim that is Submitted \(submitted\)/,
    );
    decide(t.ctx(), { claimId: 'IL-1', action: 'start-review', actor: 'A' });
    expect(() => decide(t.ctx(), { claimId: 'IL-1', action: 'approve', actor: 'B', expectedVersion: 0 })).toThrow(/changed since it was opened/);
    const after = getClaim(t.ctx(), { id: 'IL-1' });
    expect(after.status).toBe('under-review');
    expect(after.history).toHaveLength(before.history.length + 1);
  });

  it('detects a history row altered behind the application', async () => {
    t = tempStore();
    await importBundle(t.ctx(), await writeBundle([claimRow({ id: 'TM-1' })]));
    decide(t.ctx(), { claimId: 'TM-1', action: 'start-review', actor: 'A' });
    expect(() => t.store.db.prepare("UPDATE history SET actor = 'Mallory' WHERE claim_id = 'TM-1' AND seq = 2").run()).toThrow(/history is append-only: an entry is never changed/);
    expect(() => t.store.db.prepare("DELETE FROM history WHERE claim_id = 'TM-1'").run()).toThrow(/history is append-only: an entry is never deleted/);
    t.store.db.exec(DROP_HISTORY_GUARD);
    t.store.db.prepare("UPDATE history SET actor = 'Mallory' WHERE claim_id = 'TM-1' AND seq = 2").run();
    expect(findFirstChainBreak(t.store.db)).toMatchObject({ claimId: 'TM-1', seq: 2, problem: expect.stringMatching(/altered/) });
  });

  it('pages, filters and sorts the queue', async () => {
    t = tempStore();
    const rows = Array.from({ length: 12 }, (_, i) =>
      claimRow({ id: `Q-${String(i).padStart(2, '0')}`, submittedAt: `2026-11-${String(10 + i).padStart(2, '0')}T16:00:00Z`, documents: [] }),
    );
    await importBundle(t.ctx(), await writeBundle(rows));
    decide(t.ctx(), { claimId: 'Q-05', action: 'start-review', actor: 'Priya Shah' });
    const page1 = listQueue(t.ctx(), QueueQuerySchema.parse({ limit: 5 }));
    expect(page1.total).toBe(12);
    expect(page1.rows.map((r) => r.id)).toEqual(['Q-00', 'Q-01', 'Q-02', 'Q-03', 'Q-04']);
    const due = page1.rows.map((r) => Date.parse(r.sla!.dueAt));
    expect([...due].sort((a, b) => a - b)).toEqual(due);
    const mine = listQueue(t.ctx(), QueueQuerySchema.parse({ assignee: 'Priya Shah' }));
    expect(mine.rows.map((r) => r.id)).toEqual(['Q-05']);
    const unassigned = listQueue(t.ctx(), QueueQuerySchema.parse({ assignee: null }));
    expect(unassigned.total).toBe(11);
    const reviewing = listQueue(t.ctx(), QueueQuerySchema.parse({ status: ['under-review'] }));
    expect(reviewing.rows).toHaveLength(1);
    const breached = listQueue(t.ctx(), QueueQuerySchema.parse({ sla: ['breached'] }));
    expect(breached.rows.every((r) => r.sla?.state === 'breached')).toBe(true);
    expect(breached.total).toBeGreaterThan(0);
    const search = listQueue(t.ctx(), QueueQuerySchema.parse({ search: 'q-1' }));
    expect(search.rows.map((r) => r.id)).toEqual(['Q-10', 'Q-11']);
  });
});
