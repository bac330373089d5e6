// `cpor precheck` (docs/cli.md "precheck --json"): the contract's shape, and a result or a clear
// error within bounded time for every file of the shared corpus of odd real-world PDFs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PrecheckResultSchema } from '../../shared/api/precheck';
import { cpor } from '../fixtures/cli';
import { pdfCorpus } from '../fixtures/corpus';
import { addPassword, textPdf } from '../fixtures/precheck-pdfs';

const corpus = pdfCorpus();
const work = mkdtempSync(join(tmpdir(), 'cpor-precheck-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const Results = z.array(PrecheckResultSchema);
const TENANT = '2d137b2d-aab4-4de5-b425-873033e040ad';

async function write(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

describe('cpor precheck', () => {
  it('prints the contract for each file, in the order given, with proposals', async () => {
    const sow = await write('sow.pdf', await textPdf([
      ['Statement of Work', 'Effective date: 14 mars 2026', 'CUSTOMER', 'Transports Garnier SAS', `Tenant ID: ${TENANT}`],
      ['2. Scope of services', 'Cap Horizon will carry out the deployment of D365 Sales.', 'Accepted by the customer', 'Name: Claire Garnier', 'Signature: /s/ Claire Garnier', 'Date: 20/03/2026'],
    ]));
    const png = await write('scan.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const run = cpor('precheck', sow, join(work, 'missing.pdf'), png, '--products', 'Dynamics 365 Sales,Power Apps', '--submitted', '2026-03-18T10:00:00Z',
      '--customer', 'Transports Garnier SAS', '--tenant', TENANT, '--country', 'FR', '--json');
    expect(run.code, run.err).toBe(1);
    expect(run.err).toMatch(/1 of 3 files could not be pre-checked/);
    const [doc, missing, image] = Results.parse(JSON.parse(run.out));

    expect(doc).toMatchObject({ file: sow, ok: true, error: null, pages: 2, textPages: 2, proposed: ['missing-products'] });
    const kinds = doc!.findings.map((f) => `${f.kind}:${f.status}:${f.page ?? '-'}`);
    expect(kinds).toEqual([
      'date:ok:1', 'date:future:2', 'product:found:2', 'product:missing:-', 'signature:present:2', 'service:found:2', 'customer:match:1', 'customer:match:1',
    ]);
    expect(doc!.findings[0]).toMatchObject({ text: '14 mars 2026', detail: { date: '2026-03-14', ageDays: 4, referenceIs: 'submission' } });
    expect(doc!.findings[2]).toMatchObject({ text: 'D365 Sales', detail: { product: 'Dynamics 365 Sales', as: 'D365 Sales' } });
    expect(doc!.findings[2]!.box).toHaveLength(4);

    expect(missing).toMatchObject({ ok: false, error: 'the file does not exist', pages: null, textPages: null, findings: [], proposed: ['missing-poe'] });
    expect(image).toMatchObject({ ok: true, pages: 1, textPages: 0, findings: [], proposed: [] });
    expect(image!.notes).toContain('page 1: no text layer: check by eye');
  });

  it('writes a summary for people, and refuses bad options with exit 2', async () => {
    const pdf = await write('plain.pdf', await textPdf([['Thank you for choosing Northwind.']]));
    const run = cpor('precheck', pdf, '--products', 'Microsoft Teams', '--customer', 'Contoso Ltd');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/pre-check \(proposals only\)/);
    // Unrelated to the claim: missing-poe alone says it.
    expect(run.out).toMatch(/proposed: missing-poe$/m);
    expect(run.out).toMatch(/product\s+missing\s+\(Microsoft Teams\)/);
    expect(cpor('precheck', pdf, '--submitted', 'yesterday').code).toBe(2);
    expect(cpor('precheck', pdf, '--tenant', 'not-a-guid').code).toBe(2);
    expect(cpor('precheck', pdf, '--timeout', '0').code).toBe(2);
    expect(cpor('precheck').code).toBe(2);
  });

  it('says a file is password protected, and ends a file that takes too long', async () => {
    const locked = await write('locked.pdf', await textPdf([['secret']], addPassword));
    const [result] = Results.parse(JSON.parse(cpor('precheck', locked, '--json').out));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/password protected/) });

    const long = await write('long.pdf', await textPdf(Array.from({ length: 40 }, (_, i) => [`Page ${i + 1} of a long statement of work about Microsoft Teams`])));
    const slow = cpor('precheck', long, '--timeout', '0.05', '--json');
    expect(slow.code).toBe(1);
    const [late] = Results.parse(JSON.parse(slow.out));
    expect(late).toMatchObject({ ok: false, error: 'took longer than 0.05 s', proposed: ['missing-poe'] });
  });

  it.skipIf(corpus.skipReason !== null)('returns a result or a clear error for every corpus file, each within the time limit', () => {
    const { files } = corpus;
    expect(files.length).toBeGreaterThanOrEqual(40);
    const run = cpor('precheck', ...files.map((f) => corpus.path(f)), '--products', 'Microsoft Teams', '--customer', 'Contoso Ltd', '--timeout', '15', '--json');
    const results = Results.parse(JSON.parse(run.out));
    expect(results.map((r) => r.file)).toEqual(files.map((f) => corpus.path(f)));
    for (const r of results) {
      expect(r.elapsedMs, r.file).toBeLessThan(15_000);
      if (r.ok) expect(r.pages, r.file).toBeGreaterThan(0);
      else expect(r.error, r.file).toMatch(/^the file|took longer/);
    }
    const byName = new Map(results.map((r) => [basename(r.file), r]));
    expect(byName.get('REDHAT-1531897-0.pdf')).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) });
    expect(byName.get('empty_protected.pdf')?.notes.join(' ')).toMatch(/password protected/);
    // Its digital signature is checked, not merely seen: intact, and the field it signs is named.
    expect(byName.get('signed_verified.pdf')?.findings).toContainEqual(
      expect.objectContaining({ kind: 'signature', status: 'signed', detail: expect.objectContaining({ source: 'digital', integrity: 'intact', field: 'Signature1' }) }),
    );
    expect(byName.get('annotation-ink-without-appearance.pdf')?.findings).toContainEqual(expect.objectContaining({ kind: 'signature', status: 'present', detail: { source: 'ink' } }));
    expect(byName.get('xfa_issue14315.pdf')?.notes.join(' ')).toMatch(/XFA/);
    expect(byName.get('empty.pdf')).toMatchObject({ ok: true, textPages: 0, notes: ['page 1: no text layer: check by eye'] });
    expect(byName.get('tracemonkey.pdf')).toMatchObject({ ok: true, pages: 14, textPages: 14 });
  });
});
