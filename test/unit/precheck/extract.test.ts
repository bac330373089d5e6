import { describe, expect, it } from 'vitest';
import { extractPdf, imageType } from '../../../main/services/precheck/extract';
import { addInk, addPassword, addSignatureField, textPdf } from '../../fixtures/precheck-pdfs';

describe('PDF extraction (pdf.js legacy build, in this thread)', () => {
  it('gives each page\'s text with line breaks and the box of the words', async () => {
    const content = await extractPdf(await textPdf([['Statement of Work', 'Effective date: 14 mars 2026'], []]));
    expect(content.pages).toBe(2);
    expect(content.texts.map((t) => t.text.trim())).toEqual(['Statement of Work\nEffective date: 14 mars 2026', '']);
    const first = content.texts[0]!.spans[0]!;
    expect(first.box[0]).toBeCloseTo(72, 0);
    expect(first.box[1]).toBeLessThan(720);
    expect(first.box[3]).toBeGreaterThan(720);
    expect(content.marks).toEqual([]);
  });

  it('finds ink annotations and signature form fields', async () => {
    const ink = await extractPdf(await textPdf([['Accepted']], addInk));
    expect(ink.marks).toEqual([{ kind: 'ink', page: 1, box: [320, 90, 480, 140] }]);
    const sig = await extractPdf(await textPdf([['Signed']], addSignatureField));
    expect(sig.marks).toHaveLength(1);
    expect(sig.marks[0]).toMatchObject({ kind: 'signature-field', page: 1, name: 'CustomerSignature' });
  });

  it('says a file is password protected, damaged or not a PDF', async () => {
    await expect(extractPdf(await textPdf([['secret']], addPassword))).rejects.toThrow(/password protected/);
    await expect(extractPdf(new TextEncoder().encode('hello, not a pdf at all'))).rejects.toThrow(/not a PDF/);
    await expect(extractPdf(new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF'))).rejects.toThrow(/damaged/);
  });

  it('knows image files by their first bytes', () => {
    expect(imageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('PNG');
    expect(imageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('JPEG');
    expect(imageType(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
  });
});
