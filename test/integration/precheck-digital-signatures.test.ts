// Digital signatures checked for integrity (issue 17): PDFs signed here with pkijs and a
// self-signed certificate, then altered, extended or signed with the wrong key, through the
// same pre-check a claim's files go through; and the signed file of the real-world corpus.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistProposals } from '../../shared/domain/checklist-proposals';
import type { PrecheckClaim, SignatureFinding } from '../../shared/domain/precheck';
import { checkDigitalSignatures } from '../../main/services/precheck/digital-signatures';
import { precheckFile } from '../../main/services/precheck/engine';
import { pdfCorpus } from '../fixtures/corpus';
import { alterSignedText, appendRevision, makeSigner, type Signer, signedPdf, twoSignaturesPdf, unsignedFieldPdf } from '../fixtures/signed-pdf';

const dir = mkdtempSync(join(tmpdir(), 'cpor-signed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const claim: PrecheckClaim = { products: [], submittedAt: '2025-03-10T09:00:00Z' };

async function signatureOf(name: string, bytes: Uint8Array): Promise<SignatureFinding[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const result = await precheckFile({ path, claim, today: '2025-03-10' });
  expect(result.ok, result.error ?? '').toBe(true);
  return result.findings.filter((f): f is SignatureFinding => f.kind === 'signature');
}

let jane: Signer;
let mallory: Signer;
let signed: Uint8Array;
beforeAll(async () => {
  jane = await makeSigner('Jane Doe', 'Contoso Ltd');
  mallory = await makeSigner('Mallory', 'Fabrikam');
  signed = await signedPdf(jane, { signingTime: new Date('2025-03-01T10:00:00Z') });
}, 60_000);

describe('a digitally signed PoE', () => {
  it('unchanged since signing: "signed", with the certificate’s name and the signing time, on the field', async () => {
    const [finding, ...rest] = await signatureOf('signed.pdf', signed);
    expect(rest.filter((f) => f.detail.source === 'form-field')).toEqual([]);
    expect(finding).toMatchObject({
      status: 'signed',
      page: 1,
      text: 'Jane Doe (Contoso Ltd)',
      detail: { source: 'digital', integrity: 'intact', signer: 'Jane Doe (Contoso Ltd)', signedAt: '2025-03-01T10:00:00.000Z', field: 'Customer signature' },
    });
    expect(finding?.box).toEqual([72, 100, 272, 150]);
    expect(finding?.detail.note).toBe('signed by Jane Doe (Contoso Ltd), document unchanged since signing, certificate not checked against a trust list');
  });

  it('signed with no box on any page (an invisible signature): the same check, on no page, kept by the checklist', async () => {
    const path = join(dir, 'invisible.pdf');
    writeFileSync(path, await signedPdf(jane, { onPage: false, signingTime: new Date('2025-03-01T10:00:00Z') }));
    const result = await precheckFile({ path, claim, today: '2025-03-10' });
    const signatures = result.findings.filter((f): f is SignatureFinding => f.kind === 'signature');
    expect(signatures).toHaveLength(1);
    expect(signatures[0]).toMatchObject({ status: 'signed', page: null, box: null, detail: { source: 'digital', integrity: 'intact', signer: 'Jane Doe (Contoso Ltd)' } });
    const acknowledgment = checklistProposals([{ documentId: 'd1', result }]).find((p) => p.code === 'missing-customer-acknowledgment');
    expect(acknowledgment?.evidence).toContainEqual(expect.objectContaining({ page: null, status: 'signed', signature: { integrity: 'intact', signer: 'Jane Doe (Contoso Ltd)', signedAt: '2025-03-01T10:00:00.000Z' } }));
  });

  it('signed by both parties: each signature on the field whose value it is, whatever the order of fields and signatures', async () => {
    const bob = await makeSigner('Bob Martin', 'Northwind Cloud Partners');
    const findings = await signatureOf('two.pdf', await twoSignaturesPdf(jane, bob));
    const digital = findings.filter((f) => f.detail.source === 'digital');
    expect(digital).toHaveLength(2);
    const on = (field: string) => digital.find((f) => f.detail.field === field);
    expect(on('Customer signature')).toMatchObject({ text: 'Jane Doe (Contoso Ltd)', box: [72, 100, 272, 150] });
    expect(on('Partner signature')).toMatchObject({ text: 'Bob Martin (Northwind Cloud Partners)', box: [323, 100, 523, 150], status: 'signed' });
    // Signed in one revision: the customer's range holds the partner's hole, filled after it signed.
    expect(on('Customer signature')?.detail.integrity).toBe('altered');
    expect(findings.filter((f) => f.detail.source === 'form-field')).toEqual([]);
  });

  it('one letter of the signed text changed: "changed after signing", and it acknowledges nothing', async () => {
    const [finding] = await signatureOf('altered.pdf', alterSignedText(signed));
    expect(finding).toMatchObject({ status: 'changed-after-signing', detail: { integrity: 'altered', signer: 'Jane Doe (Contoso Ltd)' } });
    expect(finding?.detail.note).toContain('document changed after signing');
  });

  it('a revision appended after signing: what was signed is intact, the rest is not covered', async () => {
    const [finding] = await signatureOf('appended.pdf', appendRevision(signed));
    expect(finding).toMatchObject({ status: 'changed-after-signing', detail: { integrity: 'later-changes' } });
    const [check] = await checkDigitalSignatures(appendRevision(signed));
    expect(check?.coversWholeFile).toBe(false);
  });

  it('signed with one key under another’s certificate: the signature does not verify', async () => {
    const forged = await signedPdf(mallory, { certificateOf: jane });
    const [finding] = await signatureOf('forged.pdf', forged);
    expect(finding).toMatchObject({ status: 'changed-after-signing', detail: { integrity: 'signature-invalid', signer: 'Jane Doe (Contoso Ltd)' } });
  });

  it('a signature value that is not CMS: present, not verified, and why', async () => {
    const copy = Buffer.from(signed);
    const at = copy.indexOf('/Contents <') + '/Contents <'.length;
    copy.write('DEADBEEF', at, 'latin1');
    const [check] = await checkDigitalSignatures(new Uint8Array(copy));
    expect(check).toMatchObject({ integrity: 'unverifiable' });
    expect(check?.reason).toMatch(/not a CMS signature/);
    const [finding] = await signatureOf('garbled.pdf', new Uint8Array(copy));
    expect(finding).toMatchObject({ status: 'field-unverified', detail: { source: 'digital', integrity: 'unverifiable' } });
  });

  it('an empty signature field in a file without any signature: blank, like an unsigned printed block', async () => {
    const [finding] = await signatureOf('unsigned.pdf', unsignedFieldPdf());
    expect(finding).toMatchObject({ status: 'blank', detail: { source: 'form-field', field: 'Customer signature' } });
  });

  it('ranges that do not fit the file, or a hole that is not hex, are results and never a throw', async () => {
    const text = Buffer.from(signed).toString('latin1');
    const lying = text.replace(/\/ByteRange \[[^\]]*\]/, (m) => m.replace(/\d{10}\]$/, '9999999999]'));
    expect(await checkDigitalSignatures(new Uint8Array(Buffer.from(lying, 'latin1')))).toEqual([]);
    const noHex = Buffer.from(signed);
    noHex.write('ZZ', noHex.indexOf('/Contents <') + '/Contents <'.length, 'latin1');
    const [check] = await checkDigitalSignatures(new Uint8Array(noHex));
    expect(check).toMatchObject({ integrity: 'unverifiable' });
    // A hole of a megabyte of blanks ending in a letter, and one too large to be a signature.
    for (const hole of [`<${' '.repeat(1 << 20)}Z>`, `<${'0'.repeat(3 << 20)}>`]) {
      const head = `%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0000000000 0000000000 0000000000 0000000000] /Contents `;
      const start = head.length;
      const end = start + hole.length;
      const tail = ' >> endobj\n%%EOF\n';
      const range = `[${[0, start, end, tail.length].map((n) => String(n).padStart(10, '0')).join(' ')}]`;
      const file = Buffer.from(head.replace('[0000000000 0000000000 0000000000 0000000000]', range) + hole + tail, 'latin1');
      expect(await checkDigitalSignatures(new Uint8Array(file))).toEqual([expect.objectContaining({ integrity: 'unverifiable', reason: 'the signature value is not where /ByteRange says' })]);
    }
  });
});

const corpus = pdfCorpus();
describe.skipIf(!corpus.files.includes('signed_verified.pdf'))(
  `the signed file of the real-world corpus${corpus.files.includes('signed_verified.pdf') ? '' : ' (skipped: signed_verified.pdf not in the PDF corpus)'}`,
  () => {
    it('is intact, names its signer, and one flipped bit makes it "altered"', async () => {
      const bytes = new Uint8Array(readFileSync(corpus.path('signed_verified.pdf')));
      const [check] = await checkDigitalSignatures(bytes);
      expect(check).toMatchObject({ integrity: 'intact', coversWholeFile: true, subFilter: 'adbe.pkcs7.detached' });
      expect(check?.signer).toBeTruthy();
      const flipped = bytes.slice();
      flipped[100] = (flipped[100] ?? 0) ^ 1;
      expect((await checkDigitalSignatures(flipped))[0]?.integrity).toBe('altered');
    });
  },
);
