// Scanned PoEs read by OCR (issue 17): a page without a text layer, and a JPEG or PNG photo of
// paper, are read by tesseract.js with the trained data of the npm packages, and the pre-check
// finds in them what it finds in a text PDF, each finding marked as read by OCR with the
// engine's confidence and located on the page. Pages are made here (fixtures/scans.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import type { PrecheckClaim, PrecheckResult } from '../../shared/domain/precheck';
import { precheckFile } from '../../main/services/precheck/engine';
import { stopOcr } from '../../main/services/precheck/ocr';
import { PrecheckPool } from '../../main/services/precheck/pool';
import { scanJpeg, scannedPdf } from '../fixtures/scans';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'cpor-ocr-'));
afterAll(async () => {
  await stopOcr();
  rmSync(dir, { recursive: true, force: true });
});

const claim: PrecheckClaim = { products: ['Microsoft Teams', 'Dynamics 365 Sales'], submittedAt: '2026-03-10T09:00:00Z', customer: { name: 'Contoso Ltd' } };
const SIGNED_SOW = [
  'STATEMENT OF WORK - ACCEPTANCE',
  'Customer: Contoso Ltd',
  'Partner: Northwind Cloud Partners',
  'Services delivered: deployment of Microsoft Teams for Contoso Ltd',
  'and configuration of Dynamics 365 Sales for the sales team.',
  'The work was delivered on 2026-02-27.',
  'Accepted by the customer.',
  'Signed for Contoso Ltd: Jane Doe, IT Director',
  'Date: 2026-03-02',
];

async function check(name: string, bytes: Uint8Array): Promise<PrecheckResult> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const result = await precheckFile({ path, claim, today: '2026-03-10' });
  expect(result.ok, result.error ?? '').toBe(true);
  return result;
}

describe('a scanned PoE', () => {
  it('a PDF page without a text layer is read by OCR: products, customer, dates and the signature found, marked and located', async () => {
    const result = await check('scan.pdf', await scannedPdf([SIGNED_SOW]));
    expect(result.textPages).toBe(1);
    expect(result.notes.some((n) => /^page 1: no text layer, read by OCR \(confidence \d+%\)/.test(n))).toBe(true);
    const found = (kind: string, status: string) => result.findings.filter((f) => f.kind === kind && f.status === status);
    expect(found('product', 'found').map((f) => (f.detail as { product: string }).product).sort()).toEqual(['Dynamics 365 Sales', 'Microsoft Teams']);
    expect(found('customer', 'match').length).toBeGreaterThan(0);
    expect(found('date', 'ok').length).toBeGreaterThan(0);
    expect(found('signature', 'present').length).toBeGreaterThan(0);
    expect(result.proposed).toEqual([]);
    for (const f of result.findings.filter((f) => f.status !== 'missing')) {
      expect(f.ocr, `${f.kind} ${f.text}`).toBeGreaterThan(50);
      // Located on the page: inside A4, in PDF points.
      expect(f.box, `${f.kind} ${f.text}`).not.toBeNull();
      const [x0, y0, x1, y1] = f.box!;
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(596);
      expect(y1).toBeLessThanOrEqual(842);
    }
    // The customer's name is in the second line, near the top of the page.
    const customer = found('customer', 'match')[0]!;
    expect(customer.box![1]).toBeGreaterThan(700);
  }, 120_000);

  it('an unsigned scan proposes the missing acknowledgment, as a text PDF would', async () => {
    const unsigned = SIGNED_SOW.filter((l) => !/^(Signed|Accepted|Date)/.test(l)).concat(['Signature: ______________', 'Name: ______________']);
    const result = await check('unsigned.pdf', await scannedPdf([unsigned]));
    expect(result.proposed).toContain('missing-customer-acknowledgment');
  }, 120_000);

  it('a JPEG photo and a PNG of paper are read too, in the image\u2019s own pixels', async () => {
    const jpeg = await scanJpeg(SIGNED_SOW, { skew: -0.8, noise: 60, jpegQuality: 55 });
    const fromJpeg = await check('photo.jpg', jpeg);
    expect(fromJpeg.findings.filter((f) => f.kind === 'product' && f.status === 'found')).toHaveLength(2);
    const canvas = createCanvas(1240, 1754);
    canvas.getContext('2d').drawImage(await loadImage(jpeg), 0, 0);
    const fromPng = await check('scan.png', canvas.toBuffer('image/png'));
    const product = fromPng.findings.find((f) => f.kind === 'product' && f.status === 'found')!;
    expect(product.ocr).toBeGreaterThan(50);
    const [, y0, , y1] = product.box!;
    expect(y1).toBeLessThanOrEqual(1754);
    expect(y0).toBeGreaterThan(1754 / 2);
  }, 120_000);

  it('a damaged picture is a page without text, with the reason, and never takes the process down', async () => {
    // A native decoder crashes the process on this truncated PNG; the pre-check reads its header by hand.
    const truncated = await check('truncated.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect(truncated).toMatchObject({ textPages: 0, findings: [] });
    expect(truncated.notes).toContain('a PNG image whose header is damaged: it was not read by OCR');
    const good = await scanJpeg(['Contoso Ltd'], {});
    const cut = await check('cut.jpg', good.subarray(0, Math.floor(good.length / 3)));
    expect(cut.textPages).toBe(0);
    expect(cut.notes.some((n) => /not read by OCR|check by eye/.test(n))).toBe(true);
  }, 120_000);

  it('a blank scanned page reads as no text: "check by eye"', async () => {
    const result = await check('blank.pdf', await scannedPdf([[]], { noise: 30 }));
    expect(result.textPages).toBe(0);
    expect(result.notes).toContain('page 1: no text layer: check by eye');
  }, 120_000);

  it('the pool gives each OCR page its own time, and says when one starts', async () => {
    const built = pathToFileURL(join(ROOT, 'dist', 'cli', 'precheck-worker.mjs'));
    const pool = new PrecheckPool({ workerUrl: built, size: 1, timeoutMs: 4000 });
    try {
      const path = join(dir, 'three.pdf');
      writeFileSync(path, await scannedPdf([SIGNED_SOW, SIGNED_SOW.slice(0, 4), SIGNED_SOW.slice(4)]));
      const started: number[] = [];
      const { result } = await pool.check({ path, claim, today: '2026-03-10' }, { onOcrPage: (page) => started.push(page) });
      expect(result.ok, result.error ?? '').toBe(true);
      expect(started).toEqual([1, 2, 3]);
      expect(result.textPages).toBe(3);
    } finally {
      await pool.close();
    }
  }, 180_000);
});
