// Competing claims on a real store: who competes with whom, the counts the queue shows for a page,
// the rivals the claim detail lists side by side, and the same through `cpor`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getClaim, listQueue } from '../../main/services/claims';
import type { BundleClaimInput } from '../../shared/api/bundle';
import { ClaimDetailSchema, QueueQuerySchema, QueueRowSchema } from '../../shared/api/schemas';
import { claimRow } from '../fixtures/bundle';
import { storeWithClaims, type StoreWithClaims } from '../fixtures/claims-store';
import { cpor } from '../fixtures/cli';

const TENANT = '00000000-0000-4000-8000-0000000000aa';
const BA_TENANT = '00000000-0000-4000-8000-0000000000bb';
const SUB = '00000000-0000-4000-9000-000000000001';
const P1 = { mpnId: '1111111', name: 'Northwind Cloud Partners' };
const P2 = { mpnId: '2222222', name: 'Fabrikam Consulting' };
const P3 = { mpnId: '3333333', name: 'Adatum Digital' };

function on(tenantId: string, o: Partial<BundleClaimInput>): BundleClaimInput {
  return claimRow({ customer: { tenantId, name: 'Contoso Ltd' }, ...o });
}

const CLAIMS: BundleClaimInput[] = [
  on(TENANT, { id: 'A', partner: P1, products: ['Microsoft Teams', 'Exchange Online'], submittedAt: '2026-11-18T16:00:00Z' }),
  on(TENANT, { id: 'B', partner: P2, products: ['Microsoft Teams'], submittedAt: '2026-11-20T16:00:00Z', status: 'under-review', assignee: 'Priya Shah' }),
  // A third partner on another product: no rival of anyone.
  on(TENANT, { id: 'C', partner: P3, products: ['Intune'] }),
  // The same partner as A again: a duplicate, not a rival of A.
  on(TENANT, { id: 'D', partner: P1, products: ['Exchange Online'], submittedAt: '2026-11-19T16:00:00Z' }),
  // A rejected rival is listed but no longer counted.
  on(TENANT, { id: 'E', partner: P2, products: ['Exchange Online'], submittedAt: '2026-11-10T16:00:00Z', status: 'rejected' }),
  // The same product for another customer is no competition.
  on('00000000-0000-4000-8000-0000000000cc', { id: 'X', partner: P2, products: ['Microsoft Teams'] }),
  // Business Applications: one subscription makes rivals; so does the same product on another one.
  on(BA_TENANT, { id: 'F', partner: P1, productFamily: 'business-applications', customer: { tenantId: BA_TENANT, subscriptionId: SUB, name: 'Litware' }, products: ['Dynamics 365 Sales'] }),
  on(BA_TENANT, { id: 'G', partner: P2, productFamily: 'business-applications', customer: { tenantId: BA_TENANT, subscriptionId: SUB, name: 'Litware' }, products: ['Power Apps'], submittedAt: '2026-11-21T16:00:00Z' }),
  on(BA_TENANT, {
    id: 'H',
    partner: P3,
    productFamily: 'business-applications',
    customer: { tenantId: BA_TENANT, subscriptionId: '00000000-0000-4000-9000-000000000002', name: 'Litware' },
    products: ['Dynamics 365 Sales'],
    submittedAt: '2026-11-19T16:00:00Z',
  }),
];

const EXPECTED_COUNTS = { A: 1, B: 1, C: 0, D: 0, E: 2, X: 0, F: 2, G: 1, H: 1 };

let t: StoreWithClaims;

beforeAll(async () => {
  t = await storeWithClaims(CLAIMS);
});
afterAll(() => t.dispose());

describe('competing claims', () => {
  it('the queue counts the rivals that still contest each claim, for every page size', () => {
    for (const limit of [1, 4, 100]) {
      const counts: Record<string, number> = {};
      for (let offset = 0; offset < CLAIMS.length; offset += limit) {
        for (const row of listQueue(t.ctx(), QueueQuerySchema.parse({ limit, offset, sort: 'age' })).rows) counts[row.id] = row.competing;
      }
      expect(counts, `pages of ${limit}`).toEqual(EXPECTED_COUNTS);
    }
  });

  it('the claim detail lists every rival side by side, most recent submission first', () => {
    const a = getClaim(t.ctx(), { id: 'A' });
    expect(a.competing).toBe(1);
    expect(a.competingClaims).toEqual([
      {
        id: 'B',
        status: 'under-review',
        assignee: 'Priya Shah',
        partner: P2,
        submittedAt: '2026-11-20T16:00:00.000Z',
        products: ['Microsoft Teams'],
        sameSubscription: false,
        counted: true,
        sla: expect.objectContaining({ clock: 'decision' }),
      },
      expect.objectContaining({ id: 'E', status: 'rejected', products: ['Exchange Online'], counted: false }),
    ]);
    expect(getClaim(t.ctx(), { id: 'D' }).competingClaims.map((r) => [r.id, r.counted])).toEqual([['E', false]]);
    expect(getClaim(t.ctx(), { id: 'C' }).competingClaims).toEqual([]);
    expect(getClaim(t.ctx(), { id: 'F' }).competingClaims.map((r) => [r.id, r.products, r.sameSubscription])).toEqual([
      ['G', [], true],
      ['H', ['Dynamics 365 Sales'], false],
    ]);
    for (const id of Object.keys(EXPECTED_COUNTS)) {
      const detail = getClaim(t.ctx(), { id });
      expect(detail.competing, id).toBe(EXPECTED_COUNTS[id as keyof typeof EXPECTED_COUNTS]);
      expect(detail.competingClaims.filter((r) => r.counted)).toHaveLength(detail.competing);
    }
  });

  it('cpor queue --json and show --json carry the new fields; show prints the rivals', () => {
    const data = t.cliData();
    const rows = (JSON.parse(cpor('--data', data, 'queue', '--json').out) as unknown[]).map((r) => QueueRowSchema.parse(r));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.competing]))).toEqual(EXPECTED_COUNTS);
    const shown = ClaimDetailSchema.parse(JSON.parse(cpor('--data', data, 'show', 'A', '--json').out));
    expect(shown.competingClaims.map((r) => r.id)).toEqual(['B', 'E']);
    const text = cpor('--data', data, 'show', 'A').out;
    expect(text).toMatch(/competing 1 contesting, 2 in all/);
    expect(text).toMatch(/B {2}under-review {2}Fabrikam Consulting \(MPN 2222222\) .*shares Microsoft Teams/);
    expect(text).toMatch(/E {2}rejected \(not counted\)/);
  });
});
