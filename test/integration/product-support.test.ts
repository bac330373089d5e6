// "Missing products" judged per claimed product, on a real store: marks, their history and outbox
// records, the deficiency they open, and every refusal leaving the claim as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getClaim } from '../../main/services/claims';
import { setProductSupport } from '../../main/services/checklist';
import { verifyStore } from '../../main/services/verify';
import { claimRow } from '../fixtures/bundle';
import { cpor } from '../fixtures/cli';
import { type StoreWithClaims, storeWithClaims } from '../fixtures/claims-store';

let t: StoreWithClaims;
const NOW = '2026-11-24T18:00:00Z';
const PRODUCTS = ['Dynamics 365 Sales', 'Power BI Pro', 'Power Apps'];

beforeEach(async () => {
  t = await storeWithClaims([
    claimRow({ id: 'P1', productFamily: 'business-applications', products: PRODUCTS }),
    claimRow({ id: 'P2', productFamily: 'business-applications', products: PRODUCTS }),
    claimRow({ id: 'P3', status: 'sent-for-assessment', productFamily: 'business-applications', products: PRODUCTS }),
  ]);
});
afterEach(() => t.dispose());

const mark = (claimId: string, product: string, supported: boolean | null) =>
  setProductSupport(t.ctx({ now: NOW }), { claimId, product, supported, actor: 'Alex Martin' });
const claim = (id: string) => getClaim(t.ctx({ now: NOW }), { id });
const outboxKinds = (id: string) => t.store.db.prepare('SELECT kind FROM outbox WHERE claim_id = ? ORDER BY rowid').pluck().all(id);
const snapshot = (id: string) => JSON.stringify({ c: claim(id), outbox: outboxKinds(id) });

describe('per-product support', () => {
  it('lists every claimed product unjudged at first, in the claim order', () => {
    expect(claim('P1').productSupport.map((p) => [p.product, p.supported, p.found])).toEqual(PRODUCTS.map((p) => [p, null, null]));
  });

  it('records a mark with a history entry and an outbox record, without bumping the version', () => {
    const before = claim('P1');
    mark('P1', 'Power BI Pro', true);
    const after = claim('P1');
    expect(after.productSupport.find((p) => p.product === 'Power BI Pro')?.supported).toBe(true);
    expect(after.version).toBe(before.version);
    expect(after.history.at(-1)).toMatchObject({ kind: 'product-support', side: 'reviewer', actor: 'Alex Martin', detail: { product: 'Power BI Pro', supported: true } });
    expect(outboxKinds('P1').at(-1)).toBe('product-support');
    expect(after.checklist.find((c) => c.code === 'missing-products')?.open).toBe(false);
  });

  it('a product marked unsupported opens "missing products" in the same write; supported marks never close it', () => {
    mark('P1', 'power apps', false);
    const c = claim('P1');
    expect(c.productSupport.find((p) => p.product === 'Power Apps')?.supported).toBe(false);
    expect(c.checklist.find((x) => x.code === 'missing-products')?.open).toBe(true);
    expect(c.history.slice(-2).map((h) => h.kind)).toEqual(['product-support', 'checklist']);
    mark('P1', 'Power Apps', true);
    expect(claim('P1').checklist.find((x) => x.code === 'missing-products')?.open).toBe(true);
    // The other claim is untouched.
    expect(claim('P2').productSupport.every((p) => p.supported === null)).toBe(true);
  });

  it('clears a mark, and a mark that changes nothing writes nothing', () => {
    mark('P1', 'Power BI Pro', true);
    const same = snapshot('P1');
    mark('P1', 'Power BI Pro', true);
    expect(snapshot('P1')).toBe(same);
    mark('P1', 'Power BI Pro', null);
    const c = claim('P1');
    expect(c.productSupport.find((p) => p.product === 'Power BI Pro')?.supported).toBeNull();
    expect(c.history.at(-1)?.detail).toEqual({ product: 'Power BI Pro', supported: null });
  });

  it('refuses a product the claim does not name, and a closed claim, changing nothing', async () => {
    const before = snapshot('P1');
    expect(() => mark('P1', 'Microsoft Teams', false)).toThrow(/claim P1 does not claim "Microsoft Teams" \(it claims "Dynamics 365 Sales", "Power BI Pro", "Power Apps"\)/);
    expect(() => mark('NOPE', 'Power Apps', true)).toThrow(/no claim with id "NOPE"/);
    expect(snapshot('P1')).toBe(before);

    const closed = snapshot('P3');
    expect(() => mark('P3', 'Power Apps', false)).toThrow(/claim P3 is Sent for assessment .*its checklist is closed/);
    expect(snapshot('P3')).toBe(closed);
  });

  it('every mark keeps the history chain whole; `cpor show` prints the marks and the open deficiencies', () => {
    mark('P1', 'Dynamics 365 Sales', true);
    mark('P1', 'Power Apps', false);
    mark('P1', 'Power BI Pro', false);
    mark('P1', 'Power BI Pro', null);
    expect(verifyStore(t.store).ok).toBe(true);
    const shown = cpor('--data', t.dir, 'show', 'P1');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('  products  Dynamics 365 Sales [supported], Power BI Pro, Power Apps [not supported]');
    expect(shown.out).toContain('  checklist missing-products');
  });
});
