// The SLA-state filter is written as index ranges for speed; it must select exactly the rows whose
// computed state is in the filter, for every combination of states, at any moment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQueue } from '../../main/services/claims';
import { getClaimRow, replaceClaim } from '../../main/store/claims-table';
import { QueueQuerySchema } from '../../shared/api/schemas';
import { SLA_STATES, type SlaState } from '../../shared/domain/codes';
import { insertSyntheticClaims } from '../bench/synthetic-claims';
import { type TempStore, tempStore } from '../fixtures/store';

let t: TempStore;
const SEEDED_AT = Date.parse('2026-11-24T18:00:00Z');

beforeAll(() => {
  t = tempStore();
  insertSyntheticClaims(t.store.db, 1500, SEEDED_AT);
});
afterAll(() => t.dispose());

const combos: SlaState[][] = [];
for (let mask = 1; mask < 1 << SLA_STATES.length; mask++) combos.push(SLA_STATES.filter((_, i) => mask & (1 << i)));

describe('queue SLA filter', () => {
  const seen = new Set<string | undefined>();
  afterAll(() => expect([...seen].sort()).toEqual(expect.arrayContaining([...SLA_STATES].sort())));

  it.each([SEEDED_AT - 11 * 86_400_000, SEEDED_AT - 8 * 86_400_000, SEEDED_AT - 5 * 86_400_000, SEEDED_AT, SEEDED_AT + 6 * 86_400_000])('matches the computed state at %d', (nowMs) => {
    const ctx = t.ctx({ now: new Date(nowMs).toISOString() });
    const all = listQueue(ctx, QueueQuerySchema.parse({ limit: 1000 })).rows.concat(
      listQueue(ctx, QueueQuerySchema.parse({ limit: 1000, offset: 1000 })).rows,
    );
    expect(all).toHaveLength(1500);
    for (const r of all) seen.add(r.sla?.state);
    for (const combo of combos) {
      const expected = all.filter((r) => r.sla && combo.includes(r.sla.state)).map((r) => r.id).sort();
      const page = listQueue(ctx, QueueQuerySchema.parse({ sla: combo, limit: 1000 }));
      const rest = page.total > 1000 ? listQueue(ctx, QueueQuerySchema.parse({ sla: combo, limit: 1000, offset: 1000 })).rows : [];
      const got = page.rows.concat(rest).map((r) => r.id).sort();
      expect(got, combo.join('+')).toEqual(expected);
      expect(page.total, combo.join('+')).toBe(expected.length);
    }
  });

  it('finds claims by substring, tenant id and MPN ID', () => {
    const ctx = t.ctx();
    expect(listQueue(ctx, QueueQuerySchema.parse({ search: 'B-0000042' })).rows.map((r) => r.id)).toEqual(['B-0000042']);
    expect(listQueue(ctx, QueueQuerySchema.parse({ search: '00000000-0000-4000-8000-000000000042' })).rows.map((r) => r.id)).toEqual(['B-0000042']);
    const byMpn = listQueue(ctx, QueueQuerySchema.parse({ search: '1000042' })).rows;
    expect(byMpn.length).toBeGreaterThan(0);
    expect(byMpn.every((r) => r.partner.mpnId === '1000042')).toBe(true);
    const byName = listQueue(ctx, QueueQuerySchema.parse({ search: 'wide world importers 7', limit: 1000 }));
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.rows.every((r) => /wide world importers 7/i.test(r.customer.name))).toBe(true);
    expect(listQueue(ctx, QueueQuerySchema.parse({ search: 'B-' })).total).toBe(1500);
    expect(listQueue(ctx, QueueQuerySchema.parse({ search: '"; DROP TABLE claims; --' })).total).toBe(0);
  });

  it('finds a claim by its number\'s digits, any end of its id, first whatever the sort', () => {
    const ctx = t.ctx();
    const ids = (search: string, sort?: string) => listQueue(ctx, QueueQuerySchema.parse({ search, limit: 1000, ...(sort ? { sort } : {}) })).rows.map((r) => r.id);
    // Six digits and more read as an MPN ID too: the claim whose id ends with them is found.
    expect(ids('0000042')).toEqual(['B-0000042']);
    expect(ids('0001499')).toEqual(['B-0001499']);
    // Fewer digits, or more of the id, still match anywhere, with the id they end first.
    for (const sort of ['sla', 'age', 'partner']) {
      expect(ids('1042', sort)[0], sort).toBe('B-0001042');
      expect(ids('0001042', sort)[0], sort).toBe('B-0001042');
      expect(ids('-0001042', sort), sort).toEqual(['B-0001042']);
      const many = ids('042', sort);
      expect(many.length, sort).toBeGreaterThan(2);
      expect(many.slice(0, 2).sort(), sort).toEqual(['B-0000042', 'B-0001042']);
    }
  });

  it('narrows by product family, activity and assignee, alone and together with the SLA state', () => {
    const ctx = t.ctx();
    const all = listQueue(ctx, QueueQuerySchema.parse({ limit: 1000 })).rows.concat(listQueue(ctx, QueueQuerySchema.parse({ limit: 1000, offset: 1000 })).rows);
    const family = all[0]!.productFamily;
    const activity = all[0]!.activity;
    const expectSame = (query: object, keep: (r: (typeof all)[number]) => boolean) => {
      const page = listQueue(ctx, QueueQuerySchema.parse({ ...query, limit: 1000 }));
      const rest = page.total > 1000 ? listQueue(ctx, QueueQuerySchema.parse({ ...query, limit: 1000, offset: 1000 })).rows : [];
      expect(page.rows.concat(rest).map((r) => r.id).sort()).toEqual(all.filter(keep).map((r) => r.id).sort());
    };
    expectSame({ productFamily: family }, (r) => r.productFamily === family);
    expectSame({ activity }, (r) => r.activity === activity);
    expectSame({ productFamily: family, activity, sla: ['breached', 'at-risk'] }, (r) => r.productFamily === family && r.activity === activity && ['breached', 'at-risk'].includes(r.sla?.state ?? ''));
    const assignee = all.find((r) => r.assignee)?.assignee ?? null;
    expectSame({ assignee, productFamily: family }, (r) => r.assignee === assignee && r.productFamily === family);
  });
});

describe('the search index', () => {
  // Written by insertClaim itself, not a trigger (migration 0013): FTS5's own check that every
  // claim has exactly its entry, after bulk inserts and after a searched column changed.
  const check = () => t.store.db.exec("INSERT INTO claims_search (claims_search, rank) VALUES ('integrity-check', 1)");

  it('holds each inserted claim exactly once', () => {
    expect(check).not.toThrow();
    expect(listQueue(t.ctx(), QueueQuerySchema.parse({ search: 'B-0001499' })).rows.map((r) => r.id)).toEqual(['B-0001499']);
  });

  it('follows a renamed partner', () => {
    const row = getClaimRow(t.store.db, 'B-0000007')!;
    replaceClaim(t.store.db, { ...row, partner_name: 'Zephyrine Renamed Partners' });
    expect(check).not.toThrow();
    expect(listQueue(t.ctx(), QueueQuerySchema.parse({ search: 'zephyrine' })).rows.map((r) => r.id)).toEqual(['B-0000007']);
    expect(listQueue(t.ctx(), QueueQuerySchema.parse({ search: row.partner_name, limit: 1000 })).rows.map((r) => r.id)).not.toContain('B-0000007');
  });
});
