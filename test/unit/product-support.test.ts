// The per-product view: the reviewer's marks (matched without regard to case) beside where the
// pre-check found each product in the readable documents.
import { describe, expect, it } from 'vitest';
import type { PrecheckResult } from '../../shared/domain/precheck';
import { productSupport, unsupportedProducts } from '../../shared/domain/product-support';

function result(ok: boolean, found: Record<string, number | null>): PrecheckResult {
  return {
    file: 'poe.pdf',
    ok,
    error: ok ? null : 'encrypted',
    pages: 3,
    textPages: 3,
    findings: Object.entries(found).map(([product, page]) => ({
      kind: 'product',
      status: page === null ? 'missing' : 'found',
      page,
      text: page === null ? null : product.toUpperCase(),
      box: null,
      detail: { product, as: null, occurrences: page === null ? 0 : 1 },
    })),
    proposed: [],
    notes: [],
    elapsedMs: 1,
  };
}

describe('productSupport', () => {
  const products = ['Dynamics 365 Sales', 'Power Apps'];

  it('is unjudged and unknown before any mark or pre-check', () => {
    expect(productSupport(products, new Map(), [])).toEqual([
      { product: 'Dynamics 365 Sales', supported: null, found: null, evidence: null },
      { product: 'Power Apps', supported: null, found: null, evidence: null },
    ]);
  });

  it('finds a product in any readable document, with the first page as evidence; unreadable ones do not count', () => {
    const docs = [
      { documentId: 'd-broken', result: result(false, { 'Power Apps': 1 }) },
      { documentId: 'd1', result: result(true, { 'Dynamics 365 Sales': null, 'Power Apps': null }) },
      { documentId: 'd2', result: result(true, { 'dynamics 365 sales': 4, 'Power Apps': null }) },
    ];
    const view = productSupport(products, new Map([['power apps', false]]), docs);
    expect(view[0]).toEqual({ product: 'Dynamics 365 Sales', supported: null, found: true, evidence: { documentId: 'd2', page: 4, text: 'DYNAMICS 365 SALES' } });
    expect(view[1]).toEqual({ product: 'Power Apps', supported: false, found: false, evidence: null });
    expect(unsupportedProducts(view)).toEqual(['Power Apps']);
  });

  it('says a product named only to be left out is excluded, with where as evidence; found elsewhere wins', () => {
    const excluded = (doc: string, page: number) => ({
      documentId: doc,
      result: { ...result(true, {}), findings: [{ kind: 'product' as const, status: 'excluded' as const, page, text: 'Power Apps', box: null, detail: { product: 'Power Apps', as: 'Power Apps', occurrences: 1 } }] },
    });
    expect(productSupport(['Power Apps'], new Map(), [excluded('d1', 2)])).toEqual([
      { product: 'Power Apps', supported: null, found: false, excluded: true, evidence: { documentId: 'd1', page: 2, text: 'Power Apps' } },
    ]);
    const also = productSupport(['Power Apps'], new Map(), [excluded('d1', 2), { documentId: 'd2', result: result(true, { 'Power Apps': 5 }) }]);
    expect(also[0]).toEqual({ product: 'Power Apps', supported: null, found: true, evidence: { documentId: 'd2', page: 5, text: 'POWER APPS' } });
  });
});
