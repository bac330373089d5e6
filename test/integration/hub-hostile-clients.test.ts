// Hostile clients against real hub processes on a real PostgreSQL server. Mallory holds a genuine
// reviewer's token and speaks the protocol by hand: she forges a team lead's name, decides what the
// rules forbid, changes a claim with no history entry, rewrites an entry, sends claims missing a
// field or with a wrong type, pushes under another workstation's ids, pushes too much at once, and
// replays what others sent. An auditor pushes. Each push is refused with a named reason, the hub's
// claims stay exactly as they were, and the honest workstations keep syncing and agree.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignClaim } from '../../main/services/assignment';
import { createBackup } from '../../main/services/backup/create-backup';
import { restoreBackup } from '../../main/services/backup/restore-backup';
import { addComment } from '../../main/services/comments';
import { importBundle } from '../../main/services/import/import-bundle';
import { buildBatch } from '../../main/services/sync/build-batch';
import { openStore } from '../../main/store/open';
import { listRefusals } from '../../main/store/sync-refusals-table';
import { workstationName } from '../../main/store/sync-state-table';
import type { HubChange, PushRequest, PushResult, SyncEntry } from '../../shared/api/hub-sync';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { testNow } from '../fixtures/clock';
import { claimColumns, createdChange } from '../fixtures/hub-changes';
import { hubCall } from '../fixtures/hub-process';
import { expectConverged, startTeam, stopPostgres, type Team, workstation, type Workstation } from '../fixtures/team';

let team: Team;
let hub: string;
let alex: Workstation;
let priya: Workstation;
let mallory: string;
let auditor: string;
const dirs: string[] = [];
const AT = testNow().toISOString();
const IDS = ['H-1', 'H-2', 'H-3', 'H-4'];

beforeAll(async () => {
  team = await startTeam('hub_hostile', 1);
  hub = team.hubs[0]!;
  alex = workstation('alex', 'Alex Martin', team.token('Alex Martin'));
  priya = workstation('priya', 'Priya Shah', team.token('Priya Shah', 'team-lead'));
  mallory = team.token('Mallory Reviewer', 'reviewer');
  auditor = team.token('Audrey Audit', 'auditor');
  await importBundle(alex.ctx(), await writeBundle(IDS.map((id) => claimRow({ id, documents: [] }))));
  await alex.sync(hub);
  await priya.sync(hub);
}, 120_000);

afterAll(async () => {
  await team?.stop();
  for (const w of [alex, priya]) w?.dispose();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await stopPostgres();
});

let outbox = 0;

/** A change by Mallory's own workstation on a claim as the hub holds it now. */
async function onHub(claimId: string, parts: Partial<HubChange> & { kinds: string[] }): Promise<HubChange> {
  const held = (await team.hubClaims()).get(claimId)!;
  return { changeId: `ws-mallory:${++outbox}`, claimId, baseVersion: held.version, baseSeq: held.snapshot.history.length, createdAt: AT, ...parts };
}

const entry = (seq: number, kind: string, actor: string, detail: Record<string, unknown>, side: SyncEntry['side'] = 'reviewer'): SyncEntry => ({ seq, at: AT, actor, side, kind, detail });

/** Honest work goes on: Alex comments and syncs, Priya syncs, and both agree with the hub. */
let honest = 0;
async function othersKeepSyncing(): Promise<void> {
  addComment(alex.ctx(), { claimId: 'H-4', author: 'Alex Martin', side: 'reviewer', internal: false, text: `honest note ${++honest}` });
  expect(await alex.sync(hub)).toMatchObject({ applied: 1, refused: 0, pending: 0 });
  await priya.sync(hub);
  await alex.sync(hub);
  await expectConverged(team, [alex, priya]);
}

/** Pushes with the token given; the one change is refused with `code`; the hub's claims do not move. */
async function refused(token: string, changes: unknown[], code: string, words?: RegExp): Promise<void> {
  const before = await team.hubClaims();
  const r = await hubCall<PushResult>(hub, '/v1/push', token, { changes });
  expect(r.status).toBe(200);
  const [answer] = r.body.value!.answers;
  expect(answer).toMatchObject({ outcome: 'refused', reason: { code } });
  if (words) expect(answer!.reason!.message).toMatch(words);
  expect(await team.hubClaims()).toEqual(before);
  await othersKeepSyncing();
}

describe('hostile clients', () => {
  it('refuses a decision in a team lead\'s name: the actor is the token\'s, never the payload\'s', async () => {
    const c = await onHub('H-1', { kinds: ['decision'] });
    const forged = { ...c, set: { status: 'under-review' as const, statusSince: AT, assignee: 'Priya Shah' }, entries: [entry(c.baseSeq + 1, 'decision', 'Priya Shah', { action: 'start-review', from: 'submitted', to: 'under-review' })] };
    await refused(mallory, [forged], 'forged-actor', /Priya Shah.*Mallory Reviewer/);
  });

  it('refuses a transition the lifecycle forbids, in her own name or anyone\'s', async () => {
    const c = await onHub('H-1', { kinds: ['decision'] });
    const approve = (actor: string) => ({ ...c, set: { status: 'approved' as const, statusSince: AT }, entries: [entry(c.baseSeq + 1, 'decision', actor, { action: 'approve', from: 'submitted', to: 'approved' })] });
    await refused(mallory, [approve('Mallory Reviewer')], 'forbidden-transition', /cannot approve a claim that is Submitted/);
    await refused(mallory, [{ ...approve('Lead L'), changeId: `ws-mallory:${++outbox}` }], 'forbidden-transition');
    // A partner's action dressed as a reviewer's decision is the partner's side or nothing.
    const c2 = await onHub('H-1', { kinds: ['decision'] });
    await refused(mallory, [{ ...c2, entries: [entry(c2.baseSeq + 1, 'decision', 'Mallory Reviewer', { action: 'withdraw', from: 'submitted', to: 'rejected' })] }], 'malformed', /partner/);
  });

  it('refuses a change no history entry explains', async () => {
    const bare = await onHub('H-2', { kinds: ['edit'], set: { status: 'rejected-final', partnerName: 'Mallory & Co' } });
    await refused(mallory, [bare], 'no-history-entry');
    // A harmless comment does not carry a status change with it.
    const c = await onHub('H-2', { kinds: ['comment'] });
    const smuggled = { ...c, set: { status: 'rejected-final' as const }, entries: [entry(c.baseSeq + 1, 'comment', 'Mallory Reviewer', { text: 'just a note' })] };
    await refused(mallory, [smuggled], 'no-history-entry', /status/);
    // Nor does it carry a decision row of its own.
    const rows = {
      ...c,
      changeId: `ws-mallory:${++outbox}`,
      entries: [entry(c.baseSeq + 1, 'comment', 'Mallory Reviewer', { text: 'just a note' })],
      decisions: [{ action: 'approve', fromStatus: 'under-review', toStatus: 'approved', actor: 'Priya Shah', at: AT, reason: null, deficiencies: [], message: null, override: null, checklist: [], historySeq: c.baseSeq + 1, claimSubmittedAt: null, fromStatusSince: null }],
    };
    await refused(mallory, [rows], 'no-history-entry', /decision/);
  });

  it('refuses a rewritten history entry and an entry only the hub writes', async () => {
    const held = (await team.hubClaims()).get('H-3')!.snapshot.history[0]!;
    const { prevHash: _p, hash: _h, ...first } = held;
    const c = await onHub('H-3', { kinds: ['comment'] });
    await refused(mallory, [{ ...c, entries: [{ ...first, detail: { ...first.detail, status: 'approved' } }] }], 'history-rewrite', /appended/);
    const resolved = { ...c, changeId: `ws-mallory:${++outbox}`, entries: [entry(c.baseSeq + 1, 'conflict-resolved', 'Mallory Reviewer', { kept: 'ours' })] };
    await refused(mallory, [resolved], 'hub-only-entry');
  });

  it('refuses a claim missing a field or with a field of the wrong type, and stores nothing of it', async () => {
    const missing = createdChange('ws-mallory', ++outbox, AT, 'EVIL-1');
    const { partnerMpnId: _gone, ...withoutMpn } = missing.create!.claim;
    await refused(mallory, [{ ...missing, create: { ...missing.create!, claim: withoutMpn } }], 'malformed', /partnerMpnId/);
    const wrong = createdChange('ws-mallory', ++outbox, AT, 'EVIL-2');
    await refused(mallory, [{ ...wrong, create: { ...wrong.create!, claim: { ...claimColumns('EVIL-2', AT), customerPublicSector: 'yes' } } }], 'malformed', /customerPublicSector/);
    const detail = await onHub('H-3', { kinds: ['checklist'] });
    await refused(mallory, [{ ...detail, entries: [entry(detail.baseSeq + 1, 'checklist', 'Mallory Reviewer', { code: 'teleport', open: 'maybe' })] }], 'malformed', /code/);
    expect((await team.hubClaims()).has('EVIL-1')).toBe(false);
    // A new workstation still gets every claim.
    const fresh = workstation('fresh', 'Alex Martin', team.token('Alex Martin'));
    try {
      await fresh.sync(hub);
      expect(Object.keys(fresh.dump())).toEqual(Object.keys(alex.dump()));
    } finally {
      fresh.dispose();
    }
  });

  it('refuses a change under another workstation\'s ids, so nobody can take over or pre-empt its changes', async () => {
    const alexWs = workstationName(alex.store.db);
    const next = Number(alex.store.db.prepare('SELECT coalesce(max(id), 0) + 1 FROM outbox').pluck().get());
    await refused(mallory, [createdChange(alexWs, next, AT, 'EVIL-3')], 'workstation-of-another', new RegExp(alexWs));
  });

  it('refuses an auditor\'s push and an oversized push before reading a change', async () => {
    const before = await team.hubClaims();
    const c = await onHub('H-4', { kinds: ['comment'] });
    const audit = await hubCall(hub, '/v1/push', auditor, { changes: [{ ...c, entries: [entry(c.baseSeq + 1, 'comment', 'Audrey Audit', { text: 'hello' })] }] });
    expect([audit.status, audit.body.error?.code]).toEqual([403, 'forbidden']);
    const huge = createdChange('ws-mallory', ++outbox, AT, 'EVIL-4');
    const comments = Array.from({ length: 9_000 }, (_, i) => ({ at: AT, author: 'Mallory Reviewer', side: 'reviewer', internal: false, text: 'x'.repeat(1_000), historySeq: i + 2 }));
    const big = await hubCall(hub, '/v1/push', mallory, { changes: [{ ...huge, create: { ...huge.create!, comments } }] });
    expect([big.status, big.body.error?.code]).toEqual([413, 'too-large']);
    expect(await team.hubClaims()).toEqual(before);
    await othersKeepSyncing();
  });

  it('answers a replay after a restore as the change it was, and refuses the same push replayed with another token', async () => {
    addComment(alex.ctx(), { claimId: 'H-2', author: 'Alex Martin', side: 'reviewer', internal: false, text: 'sent once' });
    // The push is written to the journal, the store backed up, then the push goes out.
    const batch = buildBatch(alex.store.db, AT)!;
    const captured: PushRequest = JSON.parse(JSON.stringify(batch.request)) as PushRequest;
    const dir = mkdtempSync(join(tmpdir(), 'cpor-hostile-'));
    dirs.push(dir);
    await createBackup(alex.store, join(dir, 'b0.cporbackup'), testNow());
    expect(await alex.sync(hub)).toMatchObject({ applied: 1 });
    const after = await team.hubClaims();

    // Restored, the store sends its journal again: the hub knows the change and applies nothing twice.
    alex.store.close();
    await restoreBackup(join(dir, 'b0.cporbackup'), alex.dir, testNow());
    alex.store = openStore(alex.dir);
    const again = await alex.sync(hub);
    expect(again).toMatchObject({ refused: 0, pending: 0 });
    expect(await team.hubClaims()).toEqual(after);
    expect(after.get('H-2')!.snapshot.comments.filter((c) => c.text === 'sent once')).toHaveLength(1);

    // Mallory replays the captured push word for word with her token.
    await refused(mallory, captured.changes, 'workstation-of-another');
  });

  it('keeps a change the hub refused on the workstation that made it, and puts the claim back as the hub holds it', async () => {
    // Sam's workstation still acts as a team lead (the default), but his token is a reviewer's.
    const sam = workstation('sam', 'Sam Lee', team.token('Sam Lee', 'reviewer'));
    try {
      await sam.sync(hub);
      assignClaim(sam.ctx(), { claimId: 'H-3', to: 'Alex Martin', by: 'Sam Lee' });
      const assignee = () => sam.store.db.prepare('SELECT assignee FROM claims WHERE id = ?').pluck().get('H-3');
      expect(assignee()).toBe('Alex Martin');
      const report = await sam.sync(hub);
      expect(report).toMatchObject({ refused: 1, applied: 0, pending: 0 });
      expect(report.refusals[0]).toMatchObject({ claimId: 'H-3', code: 'not-permitted' });
      expect(assignee()).toBeNull();
      const [kept] = listRefusals(sam.store.db);
      expect(kept).toMatchObject({ claimId: 'H-3', code: 'not-permitted', entries: [expect.objectContaining({ kind: 'assigned', actor: 'Sam Lee' })] });
      expect(kept!.message).toMatch(/a reviewer may not assign a claim to someone else/);
      // Never resent: the next round has nothing to push, and the team agrees.
      expect(await sam.sync(hub)).toMatchObject({ pushed: 0, refused: 0 });
      await othersKeepSyncing();
      await sam.sync(hub);
      await expectConverged(team, [alex, priya, sam]);
    } finally {
      sam.dispose();
    }
  });
});
