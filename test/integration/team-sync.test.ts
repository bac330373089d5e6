// Team sync end to end: workstation stores (real SQLite) sync through hub processes on a real
// PostgreSQL server. Concurrent decisions on one claim give exactly one applied decision and the
// others kept as visible conflicts; all other work merges; every store ends equal to the others and
// to the hub, and every history chain verifies on the hub and on each workstation.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComment } from '../../main/services/comments';
import { setChecklist } from '../../main/services/checklist';
import { decide } from '../../main/services/decisions';
import { importBundle } from '../../main/services/import/import-bundle';
import { syncRunnerFor } from '../../main/services/sync/sync-runner';
import { saveHubSettings } from '../../main/services/sync/sync-settings';
import { dispatch } from '../../main/services/dispatch';
import { createHandlers } from '../../main/services/handlers';
import type { LeaseAnswer } from '../../shared/api/hub-sync';
import { hubCall } from '../fixtures/hub-process';
import { filePath } from '../../main/store/file-store';
import { claimRow, tinyPdf, writeBundle } from '../fixtures/bundle';
import { expectConverged, startTeam, stopPostgres, type Team, workstation, type Workstation } from '../fixtures/team';

const opened: Workstation[] = [];
afterAll(async () => {
  for (const w of opened) w.dispose();
  await stopPostgres();
});

function ws(name: string, user: string, team: Team, role: 'reviewer' | 'team-lead' = 'reviewer'): Workstation {
  const w = workstation(name, user, team.token(user, role));
  opened.push(w);
  return w;
}

async function seed(w: Workstation, n: number, prefix: string): Promise<string[]> {
  const claims = Array.from({ length: n }, (_, i) => claimRow({ id: `${prefix}-${String(i + 1).padStart(3, '0')}` }));
  await importBundle(w.ctx(), await writeBundle(claims));
  return claims.map((c) => c.id);
}

describe('two workstations, one hub', () => {
  let team: Team;
  let alex: Workstation;
  let sam: Workstation;
  let ids: string[];

  beforeAll(async () => {
    team = await startTeam('sync_two', 1);
    alex = ws('alex', 'Alex Martin', team);
    sam = ws('sam', 'Sam Lee', team);
    ids = await seed(alex, 6, 'TWO');
  }, 120_000);
  afterAll(() => team.stop());

  it('hands a workstation\'s imported claims, with their PoE files, to the other', async () => {
    const pushed = await alex.sync(team.hubs[0]!);
    expect(pushed).toMatchObject({ pushed: 6, applied: 6, conflicts: 0, pending: 0 });
    const pulled = await sam.sync(team.hubs[0]!);
    expect(pulled.pulled).toBe(6);
    for (const d of sam.store.db.prepare('SELECT sha256 FROM documents').pluck().all() as string[]) {
      expect(existsSync(filePath(sam.store.filesDir, d))).toBe(true);
    }
    await alex.sync(team.hubs[0]!);
    await expectConverged(team, [alex, sam]);
  });

  it('carries a re-import that changed a claim\'s document, with the new file', async () => {
    const id = ids[5]!;
    const bundle = await writeBundle([claimRow({ id, documents: [{ path: 'poe/new.pdf', name: 'Signed SOW.pdf' }] })], { 'poe/new.pdf': await tinyPdf('signed') });
    await importBundle(alex.ctx(), bundle);
    await alex.sync(team.hubs[0]!);
    await sam.sync(team.hubs[0]!);
    const docs = sam.store.db.prepare('SELECT name, sha256 FROM documents WHERE claim_id = ?').all(id) as { name: string; sha256: string }[];
    expect(docs.map((d) => d.name)).toEqual(['Signed SOW.pdf']);
    expect(existsSync(filePath(sam.store.filesDir, docs[0]!.sha256))).toBe(true);
    await expectConverged(team, [alex, sam]);
  });

  it('keeps the second of two concurrent decisions as a conflict both workstations see, and merges the rest', async () => {
    const claim = ids[0]!;
    // Both start the review offline, then decide differently.
    decide(alex.ctx(), { claimId: claim, action: 'start-review', actor: 'Alex Martin' });
    decide(alex.ctx(), { claimId: claim, action: 'reject', actor: 'Alex Martin', reason: 'insufficient-poe', message: 'The PoE is not signed.' });
    decide(sam.ctx(), { claimId: claim, action: 'start-review', actor: 'Sam Lee' });
    decide(sam.ctx(), { claimId: claim, action: 'request-info', actor: 'Sam Lee', deficiencies: ['missing-products'], message: 'Which products?' });
    // Work on other claims merges.
    addComment(sam.ctx(), { claimId: ids[1]!, author: 'Sam Lee', side: 'reviewer', internal: true, text: 'Called the partner.' });
    setChecklist(alex.ctx(), { claimId: ids[2]!, code: 'missing-poe', open: true, actor: 'Alex Martin' });

    const first = await alex.sync(team.hubs[0]!);
    expect(first).toMatchObject({ applied: 2, conflicts: 0 });
    const second = await sam.sync(team.hubs[0]!);
    expect(second).toMatchObject({ applied: 1, conflicts: 1, openConflicts: 1 });
    await alex.sync(team.hubs[0]!);

    const hub = (await team.hubClaims()).get(claim)!.snapshot;
    expect(hub.decisions.map((d) => `${d.action} by ${d.actor}`)).toEqual(['start-review by Alex Martin', 'reject by Alex Martin']);
    expect(hub.claim.status).toBe('rejected');
    expect(hub.conflicts).toHaveLength(1);
    expect(hub.conflicts[0]!.ours.entries.filter((e) => e.kind === 'decision').map((e) => e.detail['action'])).toEqual(['start-review', 'request-info']);
    expect(hub.conflicts[0]!.theirs.entries.filter((e) => e.kind === 'decision').map((e) => e.detail['action'])).toEqual(['start-review', 'reject']);
    for (const w of [alex, sam]) {
      const conflicts = syncRunnerFor(w.ctx()).conflicts();
      expect(conflicts.map((c) => c.claimId)).toEqual([claim]);
      expect(w.store.db.prepare('SELECT status FROM claims WHERE id = ?').pluck().get(claim)).toBe('rejected');
    }
    await expectConverged(team, [alex, sam]);
  });

  it('splits a push larger than the hub takes in one request into batches', async () => {
    // 6 claims x 80 comments of 10,000 characters: about 4.8 MB of changes, more than one batch.
    const steps: number[] = [];
    for (const id of ids) {
      for (let i = 0; i < 80; i++) addComment(alex.ctx(), { claimId: id, author: 'Alex Martin', side: 'reviewer', internal: true, text: `${i} ${id} `.padEnd(10_000, 'x') });
    }
    const report = await alex.sync(team.hubs[0]!, { onStep: (s) => void (s.kind === 'pushed' && steps.push(s.count)) });
    expect(report).toMatchObject({ pushed: 6, applied: 6, pending: 0 });
    expect(steps.length).toBeGreaterThan(1);
    await sam.sync(team.hubs[0]!);
    expect(sam.store.db.prepare('SELECT count(*) FROM comments WHERE length(text) = 10000').pluck().get()).toBe(480);
  });

  it('lets the author settle the conflict on the hub; the settlement is in every chain', async () => {
    const claim = ids[0]!;
    saveHubSettings(sam.store.db, sam.ctx().tokenVault, { hubUrl: team.hubs[0]!, token: team.token('Sam Lee') });
    const runner = syncRunnerFor(sam.ctx());
    const [conflict] = runner.conflicts();
    const status = await runner.resolve({ claimId: claim, conflictId: conflict!.id, keep: 'applied', note: 'Alex was first; agreed.' });
    expect(status).toMatchObject({ state: 'idle', conflicts: 0, pending: 0 });
    await alex.sync(team.hubs[0]!);
    const last = alex.store.db.prepare("SELECT kind, actor, detail FROM current_history WHERE claim_id = ? ORDER BY seq DESC LIMIT 1").get(claim) as { kind: string; actor: string; detail: string };
    expect(last).toMatchObject({ kind: 'conflict-resolved', actor: 'Sam Lee' });
    expect(JSON.parse(last.detail)).toMatchObject({ kept: 'applied', note: 'Alex was first; agreed.' });
    await expectConverged(team, [alex, sam]);
  });
});

describe('five workstations, two hubs', () => {
  it('one decision applied, four conflicts kept, everything else merged; all stores and the hub agree', async () => {
    const team = await startTeam('sync_five', 2);
    try {
      const people = ['Alex Martin', 'Sam Lee', 'Jo Park', 'Ana Ruiz', 'Li Wei'];
      const stations = people.map((p, i) => ws(`w${i + 1}`, p, team));
      const hubOf = (i: number) => team.hubs[i % 2]!;
      const ids = await seed(stations[0]!, 12, 'FIVE');
      for (const [i, w] of stations.entries()) await w.sync(hubOf(i));
      const shared = ids[0]!;
      for (const [i, w] of stations.entries()) {
        decide(w.ctx(), { claimId: shared, action: 'start-review', actor: people[i]! });
        // Each also works on a claim of its own, and all comment on one claim.
        const own = ids[i + 1]!;
        decide(w.ctx(), { claimId: own, action: 'start-review', actor: people[i]! });
        setChecklist(w.ctx(), { claimId: own, code: 'missing-products', open: true, actor: people[i]! });
        addComment(w.ctx(), { claimId: ids[11]!, author: people[i]!, side: 'reviewer', internal: false, text: `Note from ${people[i]}` });
      }
      const reports = await Promise.all(stations.map((w, i) => w.sync(hubOf(i))));
      expect(reports.reduce((n, r) => n + r.conflicts, 0)).toBe(4);
      // Two more rounds: every workstation pulls what the others pushed after its own round.
      for (const [i, w] of stations.entries()) await w.sync(hubOf(i));

      const hub = await team.hubClaims();
      const decided = hub.get(shared)!.snapshot;
      expect(decided.decisions).toHaveLength(1);
      expect(decided.conflicts.filter((c) => !c.resolved)).toHaveLength(4);
      expect(hub.get(ids[11]!)!.snapshot.comments.map((c) => c.author).sort()).toEqual([...people].sort());
      for (const [i] of stations.entries()) {
        expect(hub.get(ids[i + 1]!)!.snapshot.decisions.map((d) => d.actor)).toEqual([people[i]]);
      }
      for (const w of stations) expect(syncRunnerFor(w.ctx()).conflicts()).toHaveLength(4);
      await expectConverged(team, stations);
    } finally {
      await team.stop();
    }
  }, 180_000);
});

describe('the review lock through the API', () => {
  it('refuses a review another reviewer holds online, gives the lock back when the review ends, and lets an offline review start', async () => {
    const team = await startTeam('sync_lock', 1);
    try {
      const alex = ws('lock-alex', 'Alex Martin', team);
      const sam = ws('lock-sam', 'Sam Lee', team);
      const [claim] = await seed(alex, 1, 'LOCK');
      await alex.sync(team.hubs[0]!);
      await sam.sync(team.hubs[0]!);
      saveHubSettings(alex.store.db, alex.ctx().tokenVault, { hubUrl: team.hubs[0]!, token: team.token('Alex Martin') });
      saveHubSettings(sam.store.db, sam.ctx().tokenVault, { hubUrl: team.hubs[0]!, token: team.token('Sam Lee') });
      const api = (w: Workstation) => createHandlers(w.ctx());

      const started = await dispatch(api(alex), 'claim.decide', { claimId: claim!, action: 'start-review' });
      expect(started.ok).toBe(true);
      const refused = await dispatch(api(sam), 'claim.decide', { claimId: claim!, action: 'start-review' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', refusal: { key: 'review-locked', params: { claim, holder: 'Alex Martin' } } } });
      expect(sam.store.db.prepare('SELECT status FROM claims WHERE id = ?').pluck().get(claim)).toBe('submitted');

      // Alex asks the partner for more: the review is over, the lock is free for Sam.
      const asked = await dispatch(api(alex), 'claim.decide', { claimId: claim!, action: 'request-info', deficiencies: ['missing-poe'], message: 'Please send the signed SOW.' });
      expect(asked.ok).toBe(true);
      const lease = await hubCall<LeaseAnswer>(team.hubs[0]!, '/v1/leases', team.token('Sam Lee'), { claimId: claim });
      expect(lease.body.value).toMatchObject({ held: true, holder: 'Sam Lee' });

      // Offline (the hub gone), a review starts without the lock.
      await team.killHub(0);
      const [other] = await seed(sam, 1, 'LOCK-OFF');
      const offline = await dispatch(api(sam), 'claim.decide', { claimId: other!, action: 'start-review' });
      expect(offline.ok).toBe(true);
    } finally {
      await team.stop();
    }
  }, 120_000);
});
