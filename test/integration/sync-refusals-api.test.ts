// The changes the team hub refused, as the screens and the status bar read them through the one door:
// `sync.refusals` (newest first, one claim's or all, what each change did) and the status's count.
// The refusals are written as a sync round writes them (recordRefusal on a real store), with the
// history entries the workstation itself wrote for the refused work.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundle } from '../../main/services/import/import-bundle';
import { recordRefusal } from '../../main/store/sync-refusals-table';
import type { MethodOutput } from '../../shared/api/contract';
import type { SyncEntry } from '../../shared/api/hub-sync';
import { REFUSAL_ENTRIES_SHOWN } from '../../shared/api/sync';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { type Workstation, workstation } from '../fixtures/workstation';

let w: Workstation;

beforeEach(async () => {
  w = workstation();
  await importBundle(w.ctx, await writeBundle([claimRow({ id: 'RF-1' }), claimRow({ id: 'RF-2', status: 'under-review' })]));
});
afterEach(() => w.dispose());

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r.value;
}

/** The claim's history entries after `since`, as the outbox sends them to the hub. */
async function entriesAfter(claimId: string, since: number): Promise<SyncEntry[]> {
  const claim = await ok(w.call('claim.get', { id: claimId }));
  return claim.history.filter((h) => h.seq > since).map(({ seq, at, actor, side, kind, detail }) => ({ seq, at, actor, side, kind, detail }));
}

const historyLength = async (claimId: string) => (await ok(w.call('claim.get', { id: claimId }))).history.length;

describe('sync.refusals and the status count', () => {
  it('lists every refused change newest first with what it did, one claim’s on request, and counts them in the status', async () => {
    const status = await ok(w.call('sync.status', {}));
    expect(status).toMatchObject({ state: 'off', refused: 0, conflicts: 0 });
    expect(await ok(w.call('sync.refusals', {}))).toEqual([]);

    // Work the hub will refuse: a start of review on RF-1, a comment and a decision on RF-2.
    const base1 = await historyLength('RF-1');
    await ok(w.call('claim.decide', { claimId: 'RF-1', action: 'start-review' }));
    const started = await entriesAfter('RF-1', base1);
    const base2 = await historyLength('RF-2');
    await ok(w.call('claim.comment', { claimId: 'RF-2', text: 'Tenant checked', internal: true }));
    await ok(w.call('claim.decide', { claimId: 'RF-2', action: 'reject', reason: 'insufficient-poe', message: 'The PoE is not signed.' }));
    const rejected = await entriesAfter('RF-2', base2);
    expect(rejected.map((e) => e.kind)).toEqual(['internal-note', 'decision']);

    const db = w.live.store.db;
    recordRefusal(db, {
      changeId: 'ws-a:1',
      claimId: 'RF-1',
      refusedAt: '2026-12-07T17:00:00.000Z',
      code: 'not-permitted',
      message: 'entry 2 (decision): an auditor may not decide on claims: the roles reviewer and team lead may',
      entries: started,
    });
    recordRefusal(db, {
      changeId: 'ws-a:2',
      claimId: 'RF-2',
      refusedAt: '2026-12-07T17:05:00.000Z',
      code: 'forged-actor',
      message: 'entry 3 (internal-note) names os-user as who acted, but this change was pushed with Sam Lee’s token',
      entries: rejected,
    });
    // A code newer than this workstation still reads, with the hub's words.
    recordRefusal(db, { changeId: 'ws-a:3', claimId: 'RF-1', refusedAt: '2026-12-07T17:10:00.000Z', code: 'some-later-rule', message: 'a rule of a later hub', entries: [] });

    expect(await ok(w.call('sync.status', {}))).toMatchObject({ refused: 3 });

    const all = await ok(w.call('sync.refusals', {}));
    expect(all.map((r) => r.changeId)).toEqual(['ws-a:3', 'ws-a:2', 'ws-a:1']);
    expect(all[1]).toEqual({
      changeId: 'ws-a:2',
      claimId: 'RF-2',
      refusedAt: '2026-12-07T17:05:00.000Z',
      code: 'forged-actor',
      message: 'entry 3 (internal-note) names os-user as who acted, but this change was pushed with Sam Lee’s token',
      entries: [
        { kind: 'internal-note', actor: 'os-user', side: 'reviewer', at: rejected[0]!.at, action: null },
        { kind: 'decision', actor: 'os-user', side: 'reviewer', at: rejected[1]!.at, action: 'reject' },
      ],
      entryCount: 2,
    } satisfies MethodOutput<'sync.refusals'>[number]);
    expect(all[0]).toMatchObject({ code: 'some-later-rule', entries: [], entryCount: 0 });

    const one = await ok(w.call('sync.refusals', { claimId: 'RF-1' }));
    expect(one.map((r) => r.changeId)).toEqual(['ws-a:3', 'ws-a:1']);
    expect(one[1]!.entries).toEqual([{ kind: 'decision', actor: 'os-user', side: 'reviewer', at: started[0]!.at, action: 'start-review' }]);
    expect(await ok(w.call('sync.refusals', { claimId: 'RF-404' }))).toEqual([]);
  });

  it('lists only the last entries of a change that handed a whole claim over, and says how many it had', async () => {
    const history = (await ok(w.call('claim.get', { id: 'RF-1' }))).history;
    const many: SyncEntry[] = Array.from({ length: REFUSAL_ENTRIES_SHOWN + 4 }, (_, i) => ({
      seq: i + 1,
      at: `2026-12-0${1 + Math.floor(i / 5)}T1${i % 5}:00:00.000Z`,
      actor: i === 0 ? 'import' : 'os-user',
      side: i === 0 ? 'system' : 'reviewer',
      kind: i === 0 ? history[0]!.kind : 'comment',
      detail: {},
    }));
    recordRefusal(w.live.store.db, { changeId: 'ws-a:7', claimId: 'RF-1', refusedAt: '2026-12-07T17:00:00.000Z', code: 'malformed', message: 'claims missing a field', entries: many });
    const [listed] = await ok(w.call('sync.refusals', { claimId: 'RF-1' }));
    expect(listed!.entryCount).toBe(REFUSAL_ENTRIES_SHOWN + 4);
    expect(listed!.entries.map((e) => e.at)).toEqual(many.slice(-REFUSAL_ENTRIES_SHOWN).map((e) => e.at));
  });

  it('lists the refusals of one round (one time) in the order they were recorded, whatever their change ids', async () => {
    const at = '2026-12-07T17:00:00.000Z';
    for (const n of [98, 99, 100, 101]) {
      recordRefusal(w.live.store.db, { changeId: `ws-a:${n}`, claimId: n % 2 ? 'RF-1' : 'RF-2', refusedAt: at, code: 'rule-refused', message: `change ${n}`, entries: [] });
    }
    expect((await ok(w.call('sync.refusals', {}))).map((r) => r.changeId)).toEqual(['ws-a:101', 'ws-a:100', 'ws-a:99', 'ws-a:98']);
    expect((await ok(w.call('sync.refusals', { claimId: 'RF-2' }))).map((r) => r.changeId)).toEqual(['ws-a:100', 'ws-a:98']);
  });

  it('is open to every role, and refuses input it does not know', async () => {
    recordRefusal(w.live.store.db, { changeId: 'ws-a:1', claimId: 'RF-1', refusedAt: '2026-12-07T17:00:00.000Z', code: 'not-permitted', message: 'no', entries: [] });
    await ok(w.call('settings.update', { role: 'auditor' }));
    expect(await ok(w.call('sync.refusals', { claimId: 'RF-1' }))).toHaveLength(1);
    expect(await ok(w.call('sync.status', {}))).toMatchObject({ refused: 1 });
    for (const input of [{ claimId: '' }, { claim: 'RF-1' }, { claimId: 7 }]) {
      const r = await w.call('sync.refusals', input);
      expect(r.ok ? null : r.error.code, JSON.stringify(input)).toBe('invalid-input');
    }
  });
});
