// The hub's protocol through two hub processes on one PostgreSQL database: a push is taken once
// however often it is retried and through whichever hub; concurrent pushes get one order that a
// paged pull reads whole; an auditor reads but may not push; a bad push changes nothing; the review
// lock goes to one reviewer at a time.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubChange, LeaseAnswer, PulledClaim, PullResult, PushResult } from '../../shared/api/hub-sync';
import { createdChange, commentChange } from '../fixtures/hub-changes';
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

const AT = '2026-11-24T17:00:00.000Z';

const created = (workstation: string, outboxId: number, claimId = `CP-${outboxId}`): HubChange => createdChange(workstation, outboxId, AT, claimId);

async function pullAll(base: string, token: string, limit: number): Promise<{ changes: PulledClaim[]; pages: number }> {
  const changes: PulledClaim[] = [];
  let after = 0;
  let pages = 0;
  for (;;) {
    const r = await hubCall<PullResult>(base, `/v1/pull?after=${after}&limit=${limit}`, token);
    expect(r.status).toBe(200);
    pages++;
    changes.push(...r.body.value!.claims);
    after = r.body.value!.next;
    if (!r.body.value!.more) return { changes, pages };
  }
}

describe('the hub protocol', () => {
  it('takes a push once, however often it is retried and through either hub', async () => {
    const push = { changes: [created('ws-alex', 1), created('ws-alex', 2), commentChange('ws-alex', 3, AT, { claimId: 'CP-1', baseVersion: 1, baseSeq: 1, author: 'Alex Martin' })] };
    const first = await hubCall<PushResult>(hubA, '/v1/push', alex, push);
    expect(first.status).toBe(200);
    expect(first.body.value!.answers.map((a) => [a.outcome, a.version, a.duplicate])).toEqual([
      ['applied', 1, false],
      ['applied', 1, false],
      ['applied', 2, false],
    ]);
    // The answer was lost; the workstation pushes again, this time through the other hub.
    const retry = await hubCall<PushResult>(hubB, '/v1/push', alex, push);
    expect(retry.body.value!.answers).toEqual(first.body.value!.answers.map((a) => ({ ...a, duplicate: true })));
    const { changes } = await pullAll(hubB, auditor, 1000);
    expect(changes.map((c) => [c.claimId, c.version])).toEqual([['CP-2', 1], ['CP-1', 2]]);
    const cp1 = changes.find((c) => c.claimId === 'CP-1')!.snapshot;
    expect(cp1.history.map((h) => [h.seq, h.kind])).toEqual([[1, 'imported'], [2, 'comment']]);
    expect(cp1.comments).toEqual([expect.objectContaining({ text: 'note 3 from ws-alex', historySeq: 2 })]);
  });

  it('puts concurrent pushes from two workstations through two hubs in one order that paged pulls read whole', async () => {
    const batches = (ws: string, from: number) => Array.from({ length: 10 }, (_, b) => ({ changes: Array.from({ length: 20 }, (_, i) => created(ws, from + b * 20 + i)) }));
    const results = await Promise.all([
      ...batches('ws-alex', 100).map((body, i) => hubCall<PushResult>(i % 2 ? hubA : hubB, '/v1/push', alex, body)),
      ...batches('ws-priya', 300).map((body, i) => hubCall<PushResult>(i % 2 ? hubB : hubA, '/v1/push', priya, body)),
    ]);
    expect(results.every((r) => r.status === 200)).toBe(true);
    const { changes, pages } = await pullAll(hubB, alex, 37);
    expect(changes).toHaveLength(402);
    expect(pages).toBe(Math.ceil(402 / 37));
    const seqs = changes.map((c) => c.updatedSeq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(changes.map((c) => c.claimId)).size).toBe(402);
    // Both hubs answer the same pull.
    expect((await pullAll(hubA, alex, 1000)).changes).toEqual(changes);
  });

  it('lets an auditor read but not push, and refuses a malformed change or a reused id alone', async () => {
    const count = async () => (await pullAll(hubA, auditor, 1000)).changes.length;
    const before = await count();
    const denied = await hubCall(hubA, '/v1/push', auditor, { changes: [created('ws-audit', 1)] });
    expect(denied.status).toBe(403);
    expect(denied.body.error?.code).toBe('forbidden');
    expect((await hubCall(hubA, '/v1/push', undefined, { changes: [created('ws-x', 1)] })).status).toBe(401);
    const mixed = await hubCall<PushResult>(hubA, '/v1/push', alex, { changes: [created('ws-alex', 900), { ...created('ws-alex', 901), kinds: 'teleport' }] });
    expect(mixed.status).toBe(200);
    const [good, bad] = mixed.body.value!.answers;
    expect([good!.outcome, bad!.outcome, bad!.reason?.code]).toEqual(['applied', 'refused', 'malformed']);
    expect(bad!.reason?.message).toMatch(/kinds/);
    // An id reused for another change: refused alone, named.
    const reused = await hubCall<PushResult>(hubB, '/v1/push', alex, { changes: [{ ...created('ws-alex', 1), claimId: 'CP-9' }] });
    expect(reused.status).toBe(200);
    expect(reused.body.value!.answers[0]).toMatchObject({ outcome: 'refused', reason: { code: 'change-id-reused' } });
    expect((await hubCall(hubA, '/v1/push', alex, { changes: 'all of them' })).status).toBe(400);
    expect((await hubCall(hubA, '/v1/pull?after=abc', alex)).status).toBe(400);
    expect(await count()).toBe(before + 1);
  });

  it('gives the review lock to one reviewer at a time, whichever hub is asked', async () => {
    const [a, b] = await Promise.all([
      hubCall<LeaseAnswer>(hubA, '/v1/leases', alex, { claimId: 'CP-1' }),
      hubCall<LeaseAnswer>(hubB, '/v1/leases', priya, { claimId: 'CP-1' }),
    ]);
    expect([a.body.value!.held, b.body.value!.held].sort()).toEqual([false, true]);
    const holder = a.body.value!.held ? 'Alex Martin' : 'Priya Shah';
    expect(a.body.value!.holder).toBe(holder);
    expect(b.body.value!.holder).toBe(holder);
    // The holder asking again keeps it; an auditor does not review.
    const again = await hubCall<LeaseAnswer>(hubB, '/v1/leases', holder === 'Alex Martin' ? alex : priya, { claimId: 'CP-1' });
    expect(again.body.value!.held).toBe(true);
    expect((await hubCall(hubA, '/v1/leases', auditor, { claimId: 'CP-1' })).status).toBe(403);
  });
});
