// Pre-checks stored per document: run after an import (or on demand), turned into checklist
// proposals with evidence, and marked stale when the claim's facts change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getClaim } from '../../main/services/claims';
import { editClaim } from '../../main/services/edits';
import { createHandlers } from '../../main/services/handlers';
import { importBundle } from '../../main/services/import/import-bundle';
import { precheckPending } from '../../main/services/prechecks';
import { claimRow, tinyPdf, writeBundle } from '../fixtures/bundle';
import { type TempStore, tempStore } from '../fixtures/store';

let t: TempStore;
beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.dispose());

describe('stored pre-checks', () => {
  it('runs for every document never checked, proposes per claim, and goes stale on an edit', async () => {
    const signed = 'Statement of work. Contoso Ltd. Microsoft Teams rollout delivered by our consultants. Signed by: Jane Doe, Date: 2026-10-01';
    const bundle = await writeBundle(
      [
        claimRow({ id: 'P1', status: 'partner-action-required', statusSince: '2026-11-23T16:00:00Z', documents: [{ path: 'poe/p1.pdf', name: 'SOW.pdf' }] }),
        claimRow({ id: 'P2', documents: [{ path: 'poe/p2.pdf', name: 'Blank.pdf' }] }),
      ],
      { 'poe/p1.pdf': await tinyPdf(signed), 'poe/p2.pdf': await tinyPdf('Nothing relevant here') },
    );
    await importBundle(t.ctx(), bundle);
    expect(getClaim(t.ctx(), { id: 'P1' }).prechecks).toEqual([]);

    expect(await precheckPending(t.ctx())).toBe(2);
    expect(await precheckPending(t.ctx())).toBe(0); // nothing left

    const p1 = getClaim(t.ctx(), { id: 'P1' });
    expect(p1.prechecks).toHaveLength(1);
    expect(p1.prechecks[0]).toMatchObject({ stale: false, result: { ok: true, pages: 1 } });
    expect(p1.documents[0]?.pages).toBe(1);
    const products = p1.proposals.find((p) => p.code === 'missing-products');
    expect(products).toMatchObject({ proposed: false });
    expect(products?.evidence).toEqual([expect.objectContaining({ documentId: p1.documents[0]?.id, kind: 'product', status: 'found', page: 1 })]);

    const p2 = getClaim(t.ctx(), { id: 'P2' });
    // An unrelated file is no PoE: it proposes that alone, and names the file it stands on.
    expect(p2.proposals.filter((p) => p.proposed).map((p) => p.code)).toEqual(['missing-poe']);
    expect(p2.proposals.find((p) => p.code === 'missing-poe')?.proposedBy).toEqual([p2.documents[0]?.id]);

    // The partner changes the products: the stored result no longer answers the claim.
    editClaim(t.ctx(), { claimId: 'P1', actor: 'Pat Partner', changes: { products: ['Exchange Online'] } });
    const edited = getClaim(t.ctx(), { id: 'P1' });
    expect(edited.prechecks[0]?.stale).toBe(true);
    expect(edited.proposals.every((p) => !p.proposed && p.evidence.length === 0)).toBe(true);

    // On demand through the API: fresh again, and Exchange Online is not in the PoE.
    const again = await createHandlers(t.ctx())['claim.precheck']({ claimId: 'P1' });
    expect(again.prechecks[0]?.stale).toBe(false);
    expect(again.proposals.find((p) => p.code === 'missing-products')?.proposed).toBe(true);
  }, 60_000);
});
