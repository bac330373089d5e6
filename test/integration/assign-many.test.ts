// Bulk assignment: one transaction, one history entry and one outbox record per claim that
// changes hands, and all or nothing when any claim is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignMany } from '../../main/services/assignment';
import { dispatch } from '../../main/services/dispatch';
import { createHandlers } from '../../main/services/handlers';
import { importBundle } from '../../main/services/import/import-bundle';
import { ASSIGN_MANY_LIMIT } from '../../shared/api/team';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { type TempStore, tempStore } from '../fixtures/store';

let t: TempStore;
const LEAD = 'Team Lead';

beforeEach(async () => {
  t = tempStore();
  await importBundle(
    t.ctx(),
    await writeBundle([
      claimRow({ id: 'A' }),
      claimRow({ id: 'B', assignee: 'Priya Shah' }),
      claimRow({ id: 'C' }),
      claimRow({ id: 'CLOSED', status: 'sent-for-assessment' }),
    ]),
  );
});
afterEach(() => t.dispose());

const lead = () => t.ctx({ user: LEAD });

function state() {
  const db = t.store.db;
  return {
    claims: db.prepare('SELECT id, assignee, version, updated_at FROM claims ORDER BY id').all(),
    history: db.prepare('SELECT claim_id, seq, kind, actor, detail FROM history ORDER BY claim_id, seq').all(),
    outbox: db.prepare('SELECT claim_id, kind, payload, base_version FROM outbox ORDER BY id').all(),
  };
}

const lastHistory = (id: string) =>
  t.store.db.prepare('SELECT kind, actor, detail FROM history WHERE claim_id = ? ORDER BY seq DESC LIMIT 1').get(id) as { kind: string; actor: string; detail: string };

describe('claim.assignMany', () => {
  it('assigns every claim with its own history entry and outbox record; claims already so are left alone', () => {
    const before = state();
    expect(assignMany(lead(), { claimIds: ['A', 'B', 'C'], to: 'Priya Shah', by: LEAD })).toEqual({ changed: ['A', 'C'], unchanged: ['B'] });
    const after = state();
    expect(after.history.length - before.history.length).toBe(2);
    expect(after.outbox.length - before.outbox.length).toBe(2);
    for (const id of ['A', 'C']) {
      expect(lastHistory(id)).toMatchObject({ kind: 'assigned', actor: LEAD });
      expect(JSON.parse(lastHistory(id).detail)).toEqual({ from: null, to: 'Priya Shah' });
    }
    expect(after.outbox.slice(-2)).toEqual([
      expect.objectContaining({ claim_id: 'A', kind: 'assignment' }),
      expect.objectContaining({ claim_id: 'C', kind: 'assignment' }),
    ]);
    expect(t.store.db.prepare("SELECT id, assignee FROM claims WHERE id IN ('A', 'B', 'C') ORDER BY id").all()).toEqual([
      { id: 'A', assignee: 'Priya Shah' },
      { id: 'B', assignee: 'Priya Shah' },
      { id: 'C', assignee: 'Priya Shah' },
    ]);

    // Reassigning and unassigning are history entries of their own.
    assignMany(lead(), { claimIds: ['A'], to: 'Jonas Weber', by: LEAD });
    expect(lastHistory('A').kind).toBe('reassigned');
    assignMany(lead(), { claimIds: ['A', 'C'], to: null, by: LEAD });
    expect(JSON.parse(lastHistory('C').detail)).toEqual({ from: 'Priya Shah', to: null });
    expect(t.store.db.prepare("SELECT count(*) FROM claims WHERE assignee IS NULL AND id IN ('A', 'C')").pluck().get()).toBe(2);
  });

  it('refuses the whole batch, naming the claim, when one claim is closed or unknown', () => {
    const before = state();
    expect(() => assignMany(lead(), { claimIds: ['A', 'CLOSED', 'C'], to: 'Priya Shah', by: LEAD })).toThrow(
      /claim CLOSED is sent-for-assessment: it is closed and cannot be assigned; nothing was assigned \(3 claims asked\)/,
    );
    expect(() => assignMany(lead(), { claimIds: ['A', 'NOPE'], to: 'Priya Shah', by: LEAD })).toThrow(/no claim with id "NOPE"; nothing was assigned/);
    expect(state()).toEqual(before);
  });

  it('is reached through the contract, which bounds the batch and refuses a claim named twice', async () => {
    const handlers = createHandlers(lead());
    const ok = await dispatch(handlers, 'claim.assignMany', { claimIds: ['A', 'C'], to: 'Sam Okafor' });
    expect(ok).toEqual({ ok: true, value: { changed: ['A', 'C'], unchanged: [] } });
    expect(lastHistory('A').actor).toBe(LEAD);
    const refused = await dispatch(handlers, 'claim.assignMany', { claimIds: ['A', 'CLOSED'], to: 'Sam Okafor' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'illegal-transition', message: expect.stringMatching(/CLOSED.*nothing was assigned/) } });
    for (const bad of [
      { claimIds: [], to: 'X' },
      { claimIds: ['A', 'A'], to: 'X' },
      { claimIds: Array.from({ length: ASSIGN_MANY_LIMIT + 1 }, (_, i) => `X${i}`), to: 'X' },
      { claimIds: ['A'], to: 'X', by: 'someone else' },
    ]) {
      expect(await dispatch(handlers, 'claim.assignMany', bad)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});
