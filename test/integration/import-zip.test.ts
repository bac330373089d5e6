// .zip bundles: real zip files, written byte by byte in the test (test/fixtures/zip.ts), read
// by the real importer into a real store. A hostile or broken zip is refused before anything
// is inflated or written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getClaim } from '../../main/services/claims';
import { importBundle } from '../../main/services/import/import-bundle';
import { MAX_DOCUMENT_BYTES, MAX_ZIP_ENTRIES, MAX_ZIP_TOTAL_BYTES } from '../../main/services/import/limits';
import { claimRow, csvLine, tinyPdf, writeBundle } from '../fixtures/bundle';
import { expectImportRefused, storeWithTwoClaims } from '../fixtures/import-refusal';
import type { TempStore } from '../fixtures/store';
import { folderEntries, SYMLINK_ATTRIBUTES, writeZip, type ZipEntryInput, zipBytes } from '../fixtures/zip';
import { build, isBuildCurrent } from '../../build/build.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cpor-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let t: TempStore;

beforeEach(async () => {
  t = await storeWithTwoClaims();
});
afterEach(() => t.dispose());

let zipCount = 0;
const zipPath = (name = `b${++zipCount}.zip`) => join(work, name);

const expectRefused = (zip: string, message: RegExp) => expectImportRefused(t, zip, message);

/** A valid bundle's entries (claims.json + one PDF), plus `extra` entries to spoil it. */
async function bundleEntries(id: string, extra: ZipEntryInput[] = [], prefix = ''): Promise<ZipEntryInput[]> {
  const dir = await writeBundle([claimRow({ id, documents: [{ path: 'poe/a.pdf' }] })]);
  return [...folderEntries(dir, prefix), ...extra];
}

/** Where an entry's (compressed) data starts, found through its local header. */
function dataOffset(zip: Buffer, name: string): number {
  for (let at = zip.indexOf('PK\x03\x04'); at >= 0; at = zip.indexOf('PK\x03\x04', at + 1)) {
    const nameLength = zip.readUInt16LE(at + 26);
    if (zip.toString('utf8', at + 30, at + 30 + nameLength) === name) return at + 30 + nameLength + zip.readUInt16LE(at + 28);
  }
  throw new Error(`no local header for ${name}`);
}

describe('.zip bundles', () => {
  it('imports a zip with claims.json at its top', async () => {
    const dir = await writeBundle([claimRow({ id: 'ZIP-1' }), claimRow({ id: 'ZIP-2' })]);
    const summary = await importBundle(t.ctx(), writeZip(zipPath(), folderEntries(dir)));
    expect(summary).toMatchObject({ claims: 2, created: 2, documents: 2 });
    const claim = getClaim(t.ctx(), { id: 'ZIP-1' });
    expect(claim.documents).toEqual([expect.objectContaining({ name: 'Statement of work.pdf', mediaType: 'application/pdf' })]);
    expect(claim.history[0]?.detail).toMatchObject({ source: expect.stringMatching(/\.zip$/) });
    // The same bundle again, zipped: nothing changes.
    expect(await importBundle(t.ctx(), writeZip(zipPath(), folderEntries(dir)))).toMatchObject({ unchanged: 2 });
  });

  it('imports a zipped folder (one top-level folder, macOS clutter beside it), and claims.csv in a zip', async () => {
    const entries = [
      { name: 'March claims/' },
      ...(await bundleEntries('ZIP-DIR', [], 'March claims/')),
      { name: '__MACOSX/March claims/._claims.json', data: 'resource fork' },
    ];
    expect(await importBundle(t.ctx(), writeZip(zipPath(), entries))).toMatchObject({ created: 1, documents: 1 });

    const row = claimRow({ id: 'ZIP-CSV', documents: [] });
    const csv = [
      csvLine(['id', 'submittedAt', 'partnerMpnId', 'partnerName', 'customerTenantId', 'customerName', 'activity', 'productFamily', 'products', 'documents'], ';'),
      csvLine([row.id, row.submittedAt, '1234567', 'Northwind', row.customer.tenantId, 'Contoso', 'Pre-sales', 'microsoft-365', 'Teams|Intune', 'poe/x.pdf'], ';'),
    ].join('\n');
    const csvZip = writeZip(zipPath(), [{ name: 'bundle/claims.csv', data: csv }, { name: 'bundle/poe/x.pdf', data: await tinyPdf('x') }]);
    expect(await importBundle(t.ctx(), csvZip)).toMatchObject({ created: 1, documents: 1 });
    expect(getClaim(t.ctx(), { id: 'ZIP-CSV' }).products).toEqual(['Teams', 'Intune']);
  });

  it('recognises a zip by its first bytes whatever its name', async () => {
    const path = zipPath('bundle.download');
    writeFileSync(path, zipBytes(await bundleEntries('ZIP-MAGIC')));
    expect(await importBundle(t.ctx(), path)).toMatchObject({ created: 1 });
  });

  it('refuses entries that leave the bundle: "../", absolute, backslashed', async () => {
    await expectRefused(writeZip(zipPath(), await bundleEntries('ZIP-ESC', [{ name: '../evil.pdf', data: 'x' }])), /bundle: zip entry "\.\.\/evil\.pdf" leaves the bundle/);
    await expectRefused(writeZip(zipPath(), await bundleEntries('ZIP-ABS', [{ name: '/etc/evil.pdf', data: 'x' }])), /zip entry "\/etc\/evil\.pdf" leaves the bundle/);
    await expectRefused(writeZip(zipPath(), await bundleEntries('ZIP-BS', [{ name: 'poe\\..\\..\\evil.pdf', data: 'x' }])), /zip entry "poe\\\.\.\\\.\.\\evil\.pdf" leaves the bundle/);
  });

  it('refuses a symlink entry', async () => {
    const link: ZipEntryInput = { name: 'poe/passwd.pdf', data: '/etc/passwd', method: 'store', externalAttributes: SYMLINK_ATTRIBUTES };
    await expectRefused(writeZip(zipPath(), await bundleEntries('ZIP-LNK', [link])), /zip entry "poe\/passwd\.pdf" is a link; links are not accepted/);
  });

  it('refuses an entry declaring more than the per-document limit', async () => {
    const big: ZipEntryInput = { name: 'poe/huge.pdf', data: 'small really', declaredSize: MAX_DOCUMENT_BYTES + 1 };
    await expectRefused(writeZip(zipPath(), await bundleEntries('ZIP-BIG', [big])), new RegExp(`zip entry "poe/huge\\.pdf" is ${MAX_DOCUMENT_BYTES + 1} bytes uncompressed, over the limit of ${MAX_DOCUMENT_BYTES}`));
  });

  it('refuses a zip bomb by its compression ratio, before inflating it', async () => {
    const zeros = Buffer.alloc(50 * 1024 * 1024); // deflates to about 50 KB: over 1000:1
    const zip = writeZip(zipPath(), await bundleEntries('ZIP-BOMB', [{ name: 'poe/bomb.pdf', data: zeros }]));
    // The refusal names the ratio read from the entry's header: nothing was inflated to find it.
    await expectRefused(zip, /zip entry "poe\/bomb\.pdf" expands \d+:1 .* refused as a likely zip bomb/);
  });

  it('refuses an entry that inflates past the size it declares (a lying header)', async () => {
    const liar: ZipEntryInput = { name: 'poe/a.pdf', data: Buffer.alloc(2 * 1024 * 1024, 0x41), declaredSize: 1000 };
    const entries = (await bundleEntries('ZIP-LIE')).filter((e) => e.name !== 'poe/a.pdf');
    await expectRefused(writeZip(zipPath(), [...entries, liar]), /row 1 \(ZIP-LIE\), documents\.0\.path: "poe\/a\.pdf" could not be read from the zip/);
  });

  it('refuses encrypted entries, too many entries, and too many bytes in all', async () => {
    await expectRefused(writeZip(zipPath(), await bundleEntries('ZIP-ENC', [{ name: 'poe/secret.pdf', data: 'x', encrypted: true }])), /zip entry "poe\/secret\.pdf" is encrypted/);
    const many = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i): ZipEntryInput => ({ name: `f/${i}.txt`, method: 'store' }));
    await expectRefused(writeZip(zipPath(), many), new RegExp(`the zip has ${MAX_ZIP_ENTRIES + 1} entries, over the limit of ${MAX_ZIP_ENTRIES}`));
    // Each entry within the per-document limit, together over 2 GiB (declared: nothing is inflated).
    const count = Math.floor(MAX_ZIP_TOTAL_BYTES / MAX_DOCUMENT_BYTES) + 1;
    const heavy = Array.from({ length: count }, (_, i): ZipEntryInput => ({ name: `poe/${i}.pdf`, data: 'x', declaredSize: MAX_DOCUMENT_BYTES }));
    await expectRefused(writeZip(zipPath(), await bundleEntries('ZIP-TOTAL', heavy)), new RegExp(`^bundle refused, nothing imported:\nbundle: the zip holds \\d+ bytes uncompressed, over the limit of ${MAX_ZIP_TOTAL_BYTES}\n`));
  });

  it('refuses a truncated or damaged zip with a sentence, not a stack trace', async () => {
    const good = zipBytes(await bundleEntries('ZIP-CUT'));
    const truncated = zipPath();
    writeFileSync(truncated, good.subarray(0, Math.floor(good.length / 2)));
    await expectRefused(truncated, /^bundle refused, nothing imported:\nbundle: "b\d+\.zip" cannot be opened as a zip: it is not a zip file, or it is truncated$/);

    // A flipped byte inside the PDF's compressed data: caught by inflate or the CRC-32.
    const flipped = Buffer.from(good);
    const pdfAt = dataOffset(flipped, 'poe/a.pdf') + 20;
    flipped[pdfAt] = (flipped[pdfAt] ?? 0) ^ 0xff;
    const damaged = zipPath();
    writeFileSync(damaged, flipped);
    await expectRefused(damaged, /row 1 \(ZIP-CUT\), documents\.0\.path: "poe\/a\.pdf" could not be read from the zip: (it is damaged|its checksum does not match)/);
  });
});

describe('cpor import FILE.zip', () => {
  function cpor(...args: string[]) {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/cpor.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, CPOR_DATA_DIR: '' } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it('imports a good zip (exit 0) and refuses a bad one with one line per problem (exit 1)', async () => {
    if (!isBuildCurrent()) await build({ quiet: true });
    const data = join(work, 'cli-data');
    const good = writeZip(zipPath(), await bundleEntries('CLI-ZIP', [], 'bundle/'));
    const ok = cpor('--data', data, 'import', good);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/imported 1 claims \(1 new, 0 updated, 0 unchanged\) with 1 documents/);

    const bad = writeZip(zipPath(), await bundleEntries('CLI-BAD', [
      { name: '../evil.pdf', data: 'x' },
      { name: 'poe/link.pdf', data: '/etc/passwd', method: 'store', externalAttributes: SYMLINK_ATTRIBUTES },
    ]));
    const refused = cpor('--data', data, 'import', bad);
    expect(refused.code).toBe(1);
    expect(refused.err.trim().split('\n')).toEqual([
      'cpor: bundle refused, nothing imported:',
      'bundle: zip entry "../evil.pdf" leaves the bundle (absolute path or "..")',
      'bundle: zip entry "poe/link.pdf" is a link; links are not accepted',
    ]);
    const queue = JSON.parse(cpor('--data', data, 'queue', '--json').out) as { id: string }[];
    expect(queue.map((r) => r.id)).toEqual(['CLI-ZIP']);
  }, 180_000);
});
