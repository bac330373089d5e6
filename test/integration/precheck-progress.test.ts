// How far a claim's pre-check has got, as the screen asks while it waits (claim.precheckProgress):
// the files and the page OCR is reading in a scan, then nothing once the results are stored.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { getClaim } from '../../main/services/claims';
import { createHandlers } from '../../main/services/handlers';
import { importBundle } from '../../main/services/import/import-bundle';
import { stopOcr } from '../../main/services/precheck/ocr';
import { PrecheckPool } from '../../main/services/precheck/pool';
import { precheckClaim } from '../../main/services/prechecks';
import type { PrecheckProgress } from '../../shared/api/schemas';
import { claimRow, tinyPdf, writeBundle } from '../fixtures/bundle';
import { scannedPdf } from '../fixtures/scans';
import { type TempStore, tempStore } from '../fixtures/store';

let t: TempStore;
beforeEach(() => {
  t = tempStore();
});
afterEach(async () => {
  t.dispose();
  await stopOcr();
});

it('names each file, the scanned page OCR is on and of how many, and ends once the results are stored', async () => {
  const lines = ['Customer: Contoso Ltd', 'Services delivered: deployment of Microsoft Teams', 'Accepted by the customer. Date: 2026-11-16'];
  const bundle = await writeBundle([claimRow({ id: 'S1', documents: [{ path: 'poe/scan.pdf', name: 'Scan.pdf' }, { path: 'poe/sow.pdf', name: 'SOW.pdf' }] })], {
    'poe/scan.pdf': await scannedPdf([lines, lines, lines]),
    'poe/sow.pdf': await tinyPdf('Statement of work for Contoso Ltd: Microsoft Teams.'),
  });
  await importBundle(t.ctx(), bundle);
  const ask = createHandlers(t.ctx())['claim.precheckProgress'] as (input: { claimId: string }) => PrecheckProgress;
  expect(ask({ claimId: 'S1' })).toEqual({ running: false, files: [] });

  // The screen asks every so often; here it asks right after each change the pool reports (the
  // start of each OCR page) and between them, so a busy machine cannot make it miss a page.
  const seen: PrecheckProgress[] = [];
  class Watched extends PrecheckPool {
    override check(...[request, opts]: Parameters<PrecheckPool['check']>): ReturnType<PrecheckPool['check']> {
      seen.push(ask({ claimId: 'S1' }));
      const onOcrPage = opts?.onOcrPage;
      return super.check(request, { ...opts, ...(onOcrPage ? { onOcrPage: (page: number, pages: number) => (onOcrPage(page, pages), seen.push(ask({ claimId: 'S1' }))) } : {}) });
    }
  }
  const pool = new Watched({ size: 1 });
  const watch = setInterval(() => seen.push(ask({ claimId: 'S1' })), 40);
  try {
    await precheckClaim(t.ctx(), 'S1', pool);
  } finally {
    clearInterval(watch);
    await pool.close();
  }
  const scan = seen.flatMap((p) => p.files).filter((f) => f.name === 'Scan.pdf' && f.ocrPage !== null);
  expect(seen.every((p) => p.running)).toBe(true);
  expect(new Set(scan.map((f) => f.ocrPage))).toEqual(new Set([1, 2, 3]));
  expect(scan.every((f) => f.pages === 3)).toBe(true);
  // Ended once stored: whoever sees it end reads the results.
  expect(ask({ claimId: 'S1' })).toEqual({ running: false, files: [] });
  expect(getClaim(t.ctx(), { id: 'S1' }).prechecks).toHaveLength(2);
}, 180_000);
