// The same PoE file on claims for different customers or partners (issue 17): flagged on both
// claims, each naming the other, in the claim and as a queue marker; a partner resubmitting its
// own claim for the same customer is not a duplicate, nor is a file that merely looks alike.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getClaim, listQueue } from '../../main/services/claims';
import { importBundle } from '../../main/services/import/import-bundle';
import { claimRow, tinyPdf, writeBundle } from '../fixtures/bundle';
import { type TempStore, tempStore } from '../fixtures/store';

let s: TempStore;
let bundle: string;
const CONTOSO = '00000000-0000-4000-8000-00000000c001';
const FABRIKAM = '00000000-0000-4000-8000-00000000f001';

beforeAll(async () => {
  s = tempStore();
  const shared = await tinyPdf('Acceptance of the Teams deployment, signed by the customer.');
  const claims = [
    claimRow({ id: 'D-1', customer: { tenantId: CONTOSO, name: 'Contoso Ltd' }, documents: [{ path: 'poe/a.pdf', name: 'Acceptance.pdf' }] }),
    // Another customer, the very same bytes under another name.
    claimRow({ id: 'D-2', customer: { tenantId: FABRIKAM, name: 'Fabrikam Inc' }, documents: [{ path: 'poe/b.pdf', name: 'Sign-off.pdf' }] }),
    // Another partner, the same customer and bytes.
    claimRow({ id: 'D-3', partner: { mpnId: '7654321', name: 'Tailspin Partners' }, customer: { tenantId: CONTOSO, name: 'Contoso Ltd' }, documents: [{ path: 'poe/c.pdf', name: 'PoE.pdf' }] }),
    // The same partner resubmitting for the same customer: not a duplicate of D-1.
    claimRow({ id: 'D-4', customer: { tenantId: CONTOSO, name: 'Contoso Ltd' }, documents: [{ path: 'poe/d.pdf', name: 'Acceptance v2.pdf' }] }),
    // The same words, other bytes: not the same file.
    claimRow({ id: 'D-5', customer: { tenantId: FABRIKAM, name: 'Fabrikam Inc' }, documents: [{ path: 'poe/e.pdf', name: 'Other.pdf' }] }),
  ];
  bundle = await writeBundle(claims, {
    'poe/a.pdf': shared,
    'poe/b.pdf': shared,
    'poe/c.pdf': shared,
    'poe/d.pdf': shared,
    'poe/e.pdf': await tinyPdf('Acceptance of the Teams deployment, signed by the customer. '),
  });
  await importBundle(s.ctx(), bundle);
}, 60_000);
afterAll(() => {
  s.dispose();
  rmSync(bundle, { recursive: true, force: true });
});

const others = (id: string) => getClaim(s.ctx(), { id }).duplicatePoeFiles.map((d) => d.claimId);

describe('a PoE file used on claims for other customers or partners', () => {
  it('is flagged on each claim, naming the others with their partner, customer and status', () => {
    expect(others('D-1')).toEqual(['D-2', 'D-3']);
    expect(others('D-2')).toEqual(['D-1', 'D-3', 'D-4']);
    expect(others('D-3')).toEqual(['D-1', 'D-2', 'D-4']);
    expect(getClaim(s.ctx(), { id: 'D-1' }).duplicatePoeFiles[0]).toMatchObject({
      documentName: 'Acceptance.pdf',
      claimId: 'D-2',
      partner: 'Northwind Cloud Partners',
      customer: 'Fabrikam Inc',
      status: 'submitted',
    });
  });

  it('is not flagged between a partner’s own claims for the same customer, nor for a file that only reads alike', () => {
    expect(others('D-4')).toEqual(['D-2', 'D-3']);
    expect(others('D-5')).toEqual([]);
  });

  it('marks the queue rows with how many other claims hold the file', () => {
    const rows = listQueue(s.ctx(), { sort: 'sla', limit: 100, offset: 0 }).rows;
    expect(Object.fromEntries(rows.map((r) => [r.id, r.duplicatePoe]))).toEqual({ 'D-1': 2, 'D-2': 3, 'D-3': 3, 'D-4': 2, 'D-5': 0 });
  });
});
