// Team sync under faults, with real hub processes on a real PostgreSQL server: the hub killed
// mid-push (before the push reaches it, and after it committed with the answer lost), the hub
// stopped during a paged pull, and a workstation offline for a day of decisions. After recovery
// every store holds the same claims, statuses and histories as the hub; nothing is lost or doubled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComment } from '../../main/services/comments';
import { setChecklist } from '../../main/services/checklist';
import { decide } from '../../main/services/decisions';
import { importBundle } from '../../main/services/import/import-bundle';
import { HubUnreachable } from '../../main/services/sync/hub-client';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { testNow } from '../fixtures/clock';
import { type CuttingProxy, startCuttingProxy } from '../fixtures/cutting-proxy';
import { expectConverged, startTeam, stopPostgres, type Team, workstation, type Workstation } from '../fixtures/team';

let team: Team;
let proxy: CuttingProxy;
let alex: Workstation;
let sam: Workstation;
let jo: Workstation;
let ids: string[];
const HOUR = 3_600_000;

beforeAll(async () => {
  team = await startTeam('sync_faults', 1);
  proxy = await startCuttingProxy(team.hubs[0]!);
  alex = workstation('alex', 'Alex Martin', team.token('Alex Martin'));
  sam = workstation('sam', 'Sam Lee', team.token('Sam Lee'));
  jo = workstation('jo', 'Jo Park', team.token('Jo Park'));
  const claims = Array.from({ length: 60 }, (_, i) => claimRow({ id: `F-${String(i + 1).padStart(3, '0')}` }));
  await importBundle(alex.ctx(), await writeBundle(claims));
  ids = claims.map((c) => c.id);
  for (const w of [alex, sam, jo]) await w.sync(proxy.url);
}, 120_000);

afterAll(async () => {
  await proxy?.close();
  await team?.stop();
  for (const w of [alex, sam, jo]) w?.dispose();
  await stopPostgres();
});

/** A hub is back: a new process on the same database, behind the same address. */
async function restartHub(): Promise<void> {
  proxy.target = await team.startHub();
}

function liveHubIndex(): number {
  return team.procs.findIndex((p) => p.exitCode === null && p.signalCode === null);
}

describe('team sync under faults', () => {
  it('the hub killed mid-push, before a push reaches it and after one committed with its answer lost: each change applies once', async () => {
    const mine = ids.slice(0, 30);
    for (const id of mine) {
      decide(alex.ctx(), { claimId: id, action: 'start-review', actor: 'Alex Martin' });
      addComment(alex.ctx(), { claimId: id, author: 'Alex Martin', side: 'reviewer', internal: true, text: `Looked at ${id}` });
    }
    const before = await team.changeCount();
    // Batches of 10 claims: push 2 commits on the hub, then the hub dies and its answer is lost.
    let pushes = 0;
    proxy.onPush = async (_n, step) => {
      if (step === 'before') pushes += 1;
      if (pushes === 2 && step === 'after') {
        await team.killHub(liveHubIndex());
        return true;
      }
      return false;
    };
    await expect(alex.sync(proxy.url, { pushSize: 10 })).rejects.toBeInstanceOf(HubUnreachable);
    expect(await team.changeCount()).toBe(before + 20);
    expect(alex.store.db.prepare('SELECT count(*) FROM sync_batches').pluck().get()).toBe(1);

    // While the hub is down, the next attempt fails before anything reaches it; the work stays queued.
    proxy.onPush = null;
    await expect(alex.sync(proxy.url, { pushSize: 10 })).rejects.toBeInstanceOf(HubUnreachable);
    // More work offline meanwhile.
    decide(alex.ctx(), { claimId: ids[30]!, action: 'start-review', actor: 'Alex Martin' });

    // A hub that dies as a push arrives, before it sees it (the client's one retry on a fresh
    // connection finds no hub either).
    await restartHub();
    proxy.onPush = async (_n, step) => {
      if (step !== 'before') return false;
      await team.killHub(liveHubIndex());
      return true;
    };
    await expect(alex.sync(proxy.url, { pushSize: 10 })).rejects.toBeInstanceOf(HubUnreachable);
    proxy.onPush = null;
    await restartHub();

    const report = await alex.sync(proxy.url, { pushSize: 10 });
    expect(report).toMatchObject({ pending: 0, conflicts: 0 });
    // 31 claims changed: each pushed as one change, once (the lost answer's batch was resent and recognised).
    expect(await team.changeCount()).toBe(before + 31);
    const hub = await team.hubClaims();
    for (const id of mine) {
      expect(hub.get(id)!.snapshot.decisions.map((d) => d.action)).toEqual(['start-review']);
      expect(hub.get(id)!.snapshot.comments.map((c) => c.text)).toEqual([`Looked at ${id}`]);
    }
    for (const w of [sam, jo]) await w.sync(proxy.url);
    await expectConverged(team, [alex, sam, jo]);
  }, 120_000);

  it('the hub stopped during a paged pull: the next round pulls the rest from where it stopped', async () => {
    // 20 claims change on the hub; Sam pulls in pages of 3 and the hub stops after the second page.
    for (const id of ids.slice(31, 51)) setChecklist(alex.ctx(), { claimId: id, code: 'missing-poe', open: true, actor: 'Alex Martin' });
    await alex.sync(proxy.url);
    let pages = 0;
    await expect(
      sam.sync(proxy.url, {
        pageSize: 3,
        onStep: async (step) => {
          if (step.kind === 'pulled' && ++pages === 2) await team.killHub(liveHubIndex(), 'SIGTERM');
        },
      }),
    ).rejects.toBeInstanceOf(HubUnreachable);
    const open = () => sam.store.db.prepare("SELECT count(*) FROM checklist WHERE code = 'missing-poe' AND open = 1").pluck().get() as number;
    expect(open()).toBe(6);
    await restartHub();
    const report = await sam.sync(proxy.url, { pageSize: 3 });
    expect(report.pulled).toBe(14);
    expect(open()).toBe(20);
    await jo.sync(proxy.url);
    await expectConverged(team, [alex, sam, jo]);
  }, 120_000);

  it('a workstation offline for a day of decisions reconnects: its work is applied or kept as conflicts, and all converge', async () => {
    const start = testNow().getTime();
    const offline = workstation('jo-day', 'Jo Park', team.token('Jo Park'), () => new Date(start));
    try {
      await offline.sync(proxy.url);
      const day = ids.slice(40, 60);
      // The team goes on: Alex and Sam decide on the first 5 of Jo's claims during the day.
      for (const [i, id] of day.slice(0, 5).entries()) {
        const w = i % 2 ? sam : alex;
        await w.sync(proxy.url);
        decide(w.ctx(), { claimId: id, action: 'start-review', actor: i % 2 ? 'Sam Lee' : 'Alex Martin' });
        await w.sync(proxy.url);
      }
      // Jo, offline from morning to evening: a review started, a note and a checklist tick per claim.
      for (const [i, id] of day.entries()) {
        const at = new Date(start + (i + 1) * 0.5 * HOUR);
        decide(offline.ctx(at), { claimId: id, action: 'start-review', actor: 'Jo Park' });
        addComment(offline.ctx(at), { claimId: id, author: 'Jo Park', side: 'reviewer', internal: false, text: `Day note on ${id}` });
        setChecklist(offline.ctx(at), { claimId: id, code: 'missing-products', open: true, actor: 'Jo Park' });
      }
      // Evening: the hub's clock has moved on with the day (a hub refuses entries dated after its clock).
      proxy.target = await team.startHub(new Date(start + 11 * HOUR).toISOString());
      const report = await offline.sync(proxy.url);
      expect(report).toMatchObject({ pushed: 20, applied: 15, conflicts: 5, refused: 0, pending: 0 });
      for (const w of [alex, sam, jo, offline]) await w.sync(proxy.url);
      await expectConverged(team, [alex, sam, jo, offline]);

      const hub = await team.hubClaims();
      for (const [i, id] of day.entries()) {
        const s = hub.get(id)!.snapshot;
        if (i < 5) {
          // Decided meanwhile: Jo's whole change is kept aside, with both sides, for a person.
          expect(s.decisions.map((d) => d.actor)).toEqual([i % 2 ? 'Sam Lee' : 'Alex Martin']);
          const [conflict] = s.conflicts;
          expect(conflict!.ours.author).toBe('Jo Park');
          expect(conflict!.ours.entries.map((e) => e.kind)).toEqual(['decision', 'comment', 'checklist']);
          expect(conflict!.theirs.entries.map((e) => e.kind)).toContain('decision');
        } else {
          expect(s.decisions.map((d) => `${d.action} ${d.actor}`)).toEqual(['start-review Jo Park']);
          expect(s.comments.map((c) => c.text)).toEqual([`Day note on ${id}`]);
          expect(s.conflicts).toEqual([]);
        }
      }
    } finally {
      offline.dispose();
    }
  }, 180_000);
});
