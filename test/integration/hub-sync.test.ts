// The hub's change log through two hub processes on one PostgreSQL database: a push is taken once
// however often it is retried and through whichever hub; concurrent pushes get one order that a
// paged pull reads whole; an auditor reads but may not push; a bad push changes nothing.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubChange, PulledChange, PullResult, PushResult } from '../../shared/api/hub-sync';
import { hubCall, hubToken, startHubProcess } from '../fixtures/hub-process';
import { type PgServer, startPostgres } from '../fixtures/postgres';

let server: PgServer;
let url: string;
const procs: ChildProcess[] = [];
let hubA: string;
let hubB: string;
let alex: string;
let priya: string;
let auditor: string;

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase('hub_sync');
  const [a, b] = [await startHubProcess(url), await startHubProcess(url)];
  procs.push(a.proc, b.proc);
  [hubA, hubB] = [a.url, b.url];
  alex = hubToken(url, 'Alex Martin', 'reviewer');
  priya = hubToken(url, 'Priya Shah', 'team-lead');
  auditor = hubToken(url, 'Audrey Audit', 'auditor');
}, 120_000);

afterAll(async () => {
  for (const p of procs) if (p.exitCode === null) p.kill('SIGKILL');
  await server?.stop();
});

const change = (workstation: string, outboxId: number, claimId = 'CP-1'): HubChange => ({
  changeId: `${workstation}:${outboxId}`,
  claimId,
  kind: 'comment',
  payload: { text: `note ${outboxId} from ${workstation}` },
  baseVersion: 3,
  createdAt: '2026-11-24T17:00:00.000Z',
});

async function pullAll(base: string, token: string, limit: number): Promise<{ changes: PulledChange[]; pages: number }> {
  const changes: PulledChange[] = [];
  let after = 0;
  let pages = 0;
  for (;;) {
    const r = await hubCall<PullResult>(base, `/v1/pull?after=${after}&limit=${limit}`, token);
    expect(r.status).toBe(200);
    pages++;
    changes.push(...r.body.value!.changes);
    after = r.body.value!.next;
    if (!r.body.value!.more) return { changes, pages };
  }
}

describe('the hub change log', () => {
  it('takes a push once, however often it is retried and through either hub', async () => {
    const push = { changes: [change('ws-alex', 1), change('ws-alex', 2), change('ws-alex', 3, 'CP-2')] };
    const first = await hubCall<PushResult>(hubA, '/v1/push', alex, push);
    expect(first.status).toBe(200);
    const seqs = first.body.value!.accepted.map((a) => a.seq);
    expect(first.body.value!.accepted.every((a) => !a.duplicate)).toBe(true);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    // The answer was lost; the workstation pushes again, this time through the other hub.
    const retry = await hubCall<PushResult>(hubB, '/v1/push', alex, push);
    expect(retry.body.value!.accepted).toEqual(push.changes.map((c, i) => ({ changeId: c.changeId, seq: seqs[i], duplicate: true })));
    const { changes } = await pullAll(hubB, auditor, 1000);
    expect(changes.map((c) => c.changeId)).toEqual(['ws-alex:1', 'ws-alex:2', 'ws-alex:3']);
    expect(changes[0]).toMatchObject({ author: 'Alex Martin', claimId: 'CP-1', kind: 'comment', payload: { text: 'note 1 from ws-alex' }, baseVersion: 3 });
  });

  it('puts concurrent pushes from two workstations through two hubs in one order that paged pulls read whole', async () => {
    const before = (await pullAll(hubA, priya, 1000)).changes.length;
    const batches = (ws: string) => Array.from({ length: 10 }, (_, b) => ({ changes: Array.from({ length: 20 }, (_, i) => change(ws, 100 + b * 20 + i, `CP-${i % 5}`)) }));
    const results = await Promise.all([
      ...batches('ws-alex').map((body, i) => hubCall<PushResult>(i % 2 ? hubA : hubB, '/v1/push', alex, body)),
      ...batches('ws-priya').map((body, i) => hubCall<PushResult>(i % 2 ? hubB : hubA, '/v1/push', priya, body)),
    ]);
    expect(results.every((r) => r.status === 200)).toBe(true);
    const { changes, pages } = await pullAll(hubB, alex, 37);
    expect(changes).toHaveLength(before + 400);
    expect(pages).toBe(Math.ceil((before + 400) / 37));
    const seqs = changes.map((c) => c.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    // Every change of each workstation is there, once.
    for (const ws of ['ws-alex', 'ws-priya']) {
      const ids = changes.filter((c) => c.changeId.startsWith(`${ws}:`) && Number(c.changeId.split(':')[1]) >= 100).map((c) => Number(c.changeId.split(':')[1]));
      expect(new Set(ids).size).toBe(200);
    }
    // Both hubs answer the same pull.
    expect((await pullAll(hubA, alex, 1000)).changes).toEqual(changes);
  });

  it('lets an auditor read but not push, and refuses a bad push whole', async () => {
    const count = async () => (await pullAll(hubA, auditor, 1000)).changes.length;
    const before = await count();
    const denied = await hubCall(hubA, '/v1/push', auditor, { changes: [change('ws-audit', 1)] });
    expect(denied.status).toBe(403);
    expect(denied.body.error?.code).toBe('forbidden');
    expect((await hubCall(hubA, '/v1/push', undefined, { changes: [change('ws-x', 1)] })).status).toBe(401);
    const malformed = await hubCall(hubA, '/v1/push', alex, { changes: [{ ...change('ws-alex', 900), kind: 'teleport' }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error?.message).toMatch(/changes\.0\.kind/);
    // An id reused for another change: a workstation bug, refused with nothing of the push kept.
    const reused = await hubCall(hubB, '/v1/push', alex, { changes: [change('ws-alex', 901), { ...change('ws-alex', 1), claimId: 'CP-9' }] });
    expect(reused.status).toBe(409);
    expect(reused.body.error?.message).toMatch(/already pushed as another change/);
    expect((await hubCall(hubA, '/v1/pull?after=abc', alex)).status).toBe(400);
    expect(await count()).toBe(before);
  });
});
