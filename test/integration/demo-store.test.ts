// A fresh demo store is a working day's worth of reality: every status, every state of every
// clock, decisions to report on, competing claims, and history that verifies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getClaim, listQueue } from '../../main/services/claims';
import { writeDemoBundle } from '../../main/demo';
import { importBundle } from '../../main/services/import/import-bundle';
import { verifyFailure, verifyStore } from '../../main/services/verify';
import { QueueQuerySchema, type QueueRow } from '../../shared/api/schemas';
import { STATUSES } from '../../shared/domain/codes';
import { type TempStore, tempStore } from '../fixtures/store';

const NOW = '2026-11-24T18:00:00Z';
let t: TempStore;
let rows: QueueRow[];
let bundleDir: string;

beforeAll(async () => {
  t = tempStore();
  bundleDir = mkdtempSync(join(tmpdir(), 'cpor-demo-store-'));
  await writeDemoBundle({ claims: 500, seed: 11, now: new Date(NOW), outDir: bundleDir });
  await importBundle(t.ctx({ now: NOW }), bundleDir);
  rows = listQueue(t.ctx({ now: NOW }), QueueQuerySchema.parse({ limit: 500 })).rows;
}, 120_000);

afterAll(() => {
  t.dispose();
  rmSync(bundleDir, { recursive: true, force: true });
});

describe('a store loaded with the demo bundle', () => {
  it('has claims in every status', () => {
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of STATUSES) expect(statuses, s).toContain(s);
  });

  it('has SLA clocks on track, at risk, breached and paused', () => {
    const states = new Set(rows.map((r) => r.sla?.state).filter(Boolean));
    expect([...states].sort()).toEqual(['at-risk', 'breached', 'on-track', 'paused']);
    const breached = rows.filter((r) => r.sla?.state === 'breached').length / rows.length;
    expect(breached).toBeLessThan(0.3);
  });

  it('has decisions of every reviewer action, by several reviewers, to report on', () => {
    const actions = t.store.db.prepare('SELECT DISTINCT action FROM decisions').pluck().all() as string[];
    expect(actions.sort()).toEqual(
      ['approve', 'customer-decline', 'disassociate', 'dispute', 'overturn-rejection', 'reject', 'request-info', 'resubmit', 'start-review', 'uphold-rejection', 'withdraw'].sort(),
    );
    const reviewers = t.store.db.prepare("SELECT count(DISTINCT actor) FROM decisions WHERE action = 'approve'").pluck().get() as number;
    expect(reviewers).toBeGreaterThanOrEqual(4);
    expect(t.store.db.prepare("SELECT count(*) FROM decisions WHERE override IS NOT NULL").pluck().get()).toBeGreaterThan(0);
  });

  it('has competing claims: same tenant and a shared product, different partners', () => {
    const pairs = t.store.db
      .prepare(
        `SELECT count(*) FROM claims a JOIN claims b ON a.customer_tenant_id = b.customer_tenant_id AND a.id < b.id AND a.partner_mpn_id <> b.partner_mpn_id
         WHERE EXISTS (SELECT 1 FROM claim_products pa JOIN claim_products pb ON pa.name = pb.name WHERE pa.claim_id = a.id AND pb.claim_id = b.id)`,
      )
      .pluck()
      .get() as number;
    expect(pairs).toBeGreaterThan(5);
  });

  it('tells each claim story in its history and comments, and the chain verifies', () => {
    const waiting = rows.find((r) => r.status === 'partner-action-required');
    const claim = getClaim(t.ctx({ now: NOW }), { id: waiting?.id ?? '' });
    expect(claim.history.map((h) => h.kind)).toEqual(expect.arrayContaining(['imported', 'decision']));
    expect(claim.comments.at(-1)?.text).toMatch(/resubmit within/);
    expect(claim.checklist.some((c) => c.open)).toBe(true);
    expect(claim.reviewerTarget.state).toBe('paused');
    expect(verifyFailure(verifyStore(t.store))).toBeNull();
  });

  it('imports the same bundle again as a no-op', async () => {
    const before = t.store.db.prepare('SELECT count(*) FROM history').pluck().get();
    const again = await importBundle(t.ctx({ now: NOW }), bundleDir);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 500 });
    expect(t.store.db.prepare('SELECT count(*) FROM history').pluck().get()).toBe(before);
  });
});

describe('the README\'s demo (cpor demo --claims 50 --seed 7)', () => {
  it('holds every status, Editing and Rejected final included', async () => {
    const small = tempStore();
    const dir = mkdtempSync(join(tmpdir(), 'cpor-demo-50-'));
    try {
      await writeDemoBundle({ claims: 50, seed: 7, now: new Date(NOW), outDir: dir });
      await importBundle(small.ctx({ now: NOW }), dir);
      const statuses = new Set(listQueue(small.ctx({ now: NOW }), QueueQuerySchema.parse({ limit: 50 })).rows.map((r) => r.status));
      expect([...statuses].sort()).toEqual([...STATUSES].sort());
    } finally {
      small.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
