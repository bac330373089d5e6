// A PoE copied onto a claim for another customer or partner with its names and date changed
// (issue 17): no longer the same file, still nearly the same text. Once the files are
// pre-checked, both claims name each other with the share of wording, and the queue marks them.
// The copies are made by two tools (pdf-lib and PDFKit) with other line breaks and sizes, so
// nothing but the words is shared. A letter on the same template about other work, a partner's
// own resubmission and a short text are not flagged.
import { rmSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { PDFDocument as LibDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEAR_IDENTICAL, textPrint } from '../../shared/domain/precheck/text-print';
import { upsertFile } from '../../main/store/documents-table';
import { saveTextPrint } from '../../main/store/text-prints-table';
import { getClaim, listQueue } from '../../main/services/claims';
import { importBundle } from '../../main/services/import/import-bundle';
import { precheckPending } from '../../main/services/prechecks';
import { claimRow, tinyPdf, writeBundle } from '../fixtures/bundle';
import { acknowledgmentLetter, otherWorkLetter } from '../fixtures/poe-letters';
import { type TempStore, tempStore } from '../fixtures/store';

const CONTOSO = '00000000-0000-4000-8000-00000000c001';
const FABRIKAM = '00000000-0000-4000-8000-00000000f001';
const TAILSPIN = '00000000-0000-4000-8000-00000000a001';

async function libPdf(text: string): Promise<Uint8Array> {
  const doc = await LibDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const page = doc.addPage([595, 842]);
  text.split('\n').forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 16, size: 9, font }));
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  return doc.save();
}

async function kitPdf(text: string): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 60, info: { CreationDate: new Date('2026-01-01T00:00:00Z') } });
  const parts: Buffer[] = [];
  doc.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  // Reflowed: PDFKit wraps the paragraph at its own width.
  doc.font('Helvetica').fontSize(12).text(text.replace(/\n/g, ' '), { align: 'left' });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(parts));
}

let s: TempStore;
let bundle: string;
const claimIds = ['N-1', 'N-2', 'N-3', 'N-4', 'N-5'];

beforeAll(async () => {
  s = tempStore();
  const claims = [
    claimRow({ id: 'N-1', customer: { tenantId: CONTOSO, name: 'Contoso Ltd' }, documents: [{ path: 'poe/n1.pdf', name: 'Acknowledgment.pdf' }] }),
    // Another customer: the letter retyped with its names and date changed.
    claimRow({ id: 'N-2', customer: { tenantId: FABRIKAM, name: 'Fabrikam Inc' }, documents: [{ path: 'poe/n2.pdf', name: 'Customer letter.pdf' }] }),
    // Another customer, the same template, other work: a firm's letterhead is not a copy.
    claimRow({ id: 'N-3', customer: { tenantId: TAILSPIN, name: 'Tailspin Toys' }, documents: [{ path: 'poe/n3.pdf', name: 'Security letter.pdf' }] }),
    // The same partner and customer as N-1, re-dated: a resubmission, not a duplicate of N-1.
    claimRow({ id: 'N-4', customer: { tenantId: CONTOSO, name: 'Contoso Ltd' }, documents: [{ path: 'poe/n4.pdf', name: 'Acknowledgment v2.pdf' }] }),
    // Too little text to judge.
    claimRow({ id: 'N-5', customer: { tenantId: FABRIKAM, name: 'Fabrikam Inc' }, documents: [{ path: 'poe/n5.pdf', name: 'Cover.pdf' }] }),
  ];
  bundle = await writeBundle(claims, {
    'poe/n1.pdf': await libPdf(acknowledgmentLetter({ customer: 'Contoso Ltd', signer: 'Jane Doe', date: '14 October 2026' })),
    'poe/n2.pdf': await kitPdf(acknowledgmentLetter({ customer: 'Fabrikam Inc', signer: 'Luis Ortega', date: '2 November 2026' })),
    'poe/n3.pdf': await kitPdf(otherWorkLetter({ customer: 'Tailspin Toys', signer: 'Ana Silva', date: '3 November 2026' })),
    'poe/n4.pdf': await kitPdf(acknowledgmentLetter({ customer: 'Contoso Ltd', signer: 'Jane Doe', date: '20 November 2026' })),
    'poe/n5.pdf': await tinyPdf('Customer acknowledgment of services delivered'),
  });
  await importBundle(s.ctx(), bundle);
}, 60_000);
afterAll(() => {
  s.dispose();
  rmSync(bundle, { recursive: true, force: true });
});

const flagged = (id: string) => getClaim(s.ctx(), { id }).duplicatePoeFiles;

describe('a near-identical PoE text on claims for other customers or partners', () => {
  it('is found once the files are pre-checked, not before (the print comes from the text)', async () => {
    expect(claimIds.map(flagged).flat()).toEqual([]);
    expect(await precheckPending(s.ctx())).toBe(5);
  }, 60_000);

  it('is flagged on both claims with the share of wording, each naming the other', () => {
    const n1 = flagged('N-1');
    expect(n1.map((d) => d.claimId)).toEqual(['N-2']);
    expect(n1[0]).toMatchObject({ documentName: 'Acknowledgment.pdf', match: 'near-identical', customer: 'Fabrikam Inc', partner: 'Northwind Cloud Partners' });
    expect(n1[0]!.similarity).toBeGreaterThanOrEqual(NEAR_IDENTICAL);
    expect(n1[0]!.similarity).toBeLessThan(1);
    expect(flagged('N-2').map((d) => [d.claimId, d.match])).toEqual([
      ['N-1', 'near-identical'],
      ['N-4', 'near-identical'],
    ]);
  });

  it('is not flagged for a letter on the same template about other work, a resubmission, or a short text', () => {
    expect(flagged('N-3')).toEqual([]);
    expect(flagged('N-4').map((d) => d.claimId)).toEqual(['N-2']);
    expect(flagged('N-5')).toEqual([]);
  });

  it('marks the queue rows with how many other claims hold a near-identical PoE', () => {
    const rows = listQueue(s.ctx(), { sort: 'sla', limit: 100, offset: 0 }).rows;
    expect(Object.fromEntries(rows.map((r) => [r.id, r.duplicatePoe]))).toEqual({ 'N-1': 1, 'N-2': 2, 'N-3': 0, 'N-4': 1, 'N-5': 0 });
  });

  it('gets its print when a file that could not be read once is read later, and keeps a print once made', () => {
    const t = tempStore();
    try {
      const { db } = t.ctx().store;
      const sha = 'a'.repeat(64);
      const print = textPrint(acknowledgmentLetter({ customer: 'Contoso Ltd', signer: 'Jane Doe', date: '14 October 2026' }))!;
      upsertFile(db, sha, 1000, 'application/pdf', '2026-01-01T00:00:00Z');
      const stored = () => db.prepare('SELECT print FROM text_prints WHERE sha256 = ?').pluck().get(sha);
      const bands = () => db.prepare('SELECT count(*) FROM text_bands WHERE sha256 = ?').pluck().get(sha);
      saveTextPrint(db, sha, null); // the first pre-check ran out of time
      expect([stored(), bands()]).toEqual([null, 0]);
      saveTextPrint(db, sha, print);
      expect([stored(), bands()]).toEqual([print, 15]);
      saveTextPrint(db, sha, null);
      expect(stored()).toBe(print);
    } finally {
      t.dispose();
    }
  });

  it('is the same file when the bytes are the same, and then said so, not as a near match', async () => {
    // Another store: the very same bytes on two customers' claims are one file, not a near match.
    const t = tempStore();
    try {
      const letter = await libPdf(acknowledgmentLetter({ customer: 'Contoso Ltd', signer: 'Jane Doe', date: '14 October 2026' }));
      const same = await writeBundle(
        [
          claimRow({ id: 'S-1', customer: { tenantId: CONTOSO, name: 'Contoso Ltd' }, documents: [{ path: 'poe/a.pdf', name: 'A.pdf' }] }),
          claimRow({ id: 'S-2', customer: { tenantId: FABRIKAM, name: 'Fabrikam Inc' }, documents: [{ path: 'poe/b.pdf', name: 'B.pdf' }] }),
        ],
        { 'poe/a.pdf': letter, 'poe/b.pdf': letter },
      );
      await importBundle(t.ctx(), same);
      await precheckPending(t.ctx());
      rmSync(same, { recursive: true, force: true });
      expect(getClaim(t.ctx(), { id: 'S-1' }).duplicatePoeFiles).toEqual([expect.objectContaining({ claimId: 'S-2', match: 'same-file', similarity: 1 })]);
    } finally {
      t.dispose();
    }
  }, 60_000);
});
