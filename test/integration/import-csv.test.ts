// claims.csv bundles: the same claims as claims.json, in a spreadsheet's words. A CSV claim must
// read back exactly as its JSON twin, and a bad CSV is refused without touching the store.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getClaim } from '../../main/services/claims';
import { importBundle } from '../../main/services/import/import-bundle';
import type { BundleClaimInput } from '../../shared/api/bundle';
import type { ClaimDetail } from '../../shared/api/schemas';
import { claimRow, csvLine, tinyPdf, writeBundle, writeCsvBundle } from '../fixtures/bundle';
import { expectImportRefused, storeWithTwoClaims } from '../fixtures/import-refusal';
import { type TempStore, tempStore } from '../fixtures/store';

let t: TempStore;

beforeEach(async () => {
  t = await storeWithTwoClaims();
});
afterEach(() => t.dispose());

const expectRefused = (bundle: string, message: RegExp) => expectImportRefused(t, bundle, message);

const HEADER = [
  'id', 'status', 'policy', 'submittedAt', 'statusSince', 'partnerMpnId', 'partnerName',
  'partnerContactName', 'partnerContactEmail', 'partnerContactPhone', 'customerTenantId',
  'customerSubscriptionId', 'customerName', 'customerDomain', 'customerCountry',
  'customerPublicSector', 'customerContactName', 'customerContactEmail', 'customerContactPhone',
  'activity', 'productFamily', 'products', 'documents', 'assignee',
];

/** The CSV cells for a claim, in HEADER order; absent values are empty cells. */
function cellsOf(c: BundleClaimInput): string[] {
  const values: Record<string, string | undefined> = {
    id: c.id,
    status: c.status,
    policy: c.policy,
    submittedAt: c.submittedAt,
    statusSince: c.statusSince,
    partnerMpnId: c.partner.mpnId,
    partnerName: c.partner.name,
    partnerContactName: c.partner.contact?.name,
    partnerContactEmail: c.partner.contact?.email,
    partnerContactPhone: c.partner.contact?.phone,
    customerTenantId: c.customer.tenantId,
    customerSubscriptionId: c.customer.subscriptionId,
    customerName: c.customer.name,
    customerDomain: c.customer.domain,
    customerCountry: c.customer.country,
    customerPublicSector: c.customer.publicSector === undefined ? undefined : c.customer.publicSector ? 'yes' : 'no',
    customerContactName: c.customer.contact?.name,
    customerContactEmail: c.customer.contact?.email,
    customerContactPhone: c.customer.contact?.phone,
    activity: c.activity,
    productFamily: c.productFamily,
    products: c.products.join('|'),
    documents: c.documents?.map((d) => d.path).join('|'),
    assignee: c.assignee ?? undefined,
  };
  return HEADER.map((h) => values[h] ?? '');
}

function csvOf(claims: readonly BundleClaimInput[], delimiter: ',' | ';', header = HEADER): string {
  return [csvLine(header, delimiter), ...claims.map((c) => csvLine(cellsOf(c), delimiter))].join('\r\n') + '\r\n';
}

/** Everything a reviewer sees of a claim, minus what depends on when and from where it was imported. */
function comparable(detail: ClaimDetail) {
  return { ...detail, history: detail.history.map((h) => ({ actor: h.actor, side: h.side, kind: h.kind })) };
}

describe('claims.csv bundles', () => {
  it('a BOM + semicolon CSV with a quoted ";", quote and line break imports exactly like claims.json', async () => {
    const full = claimRow({
      id: 'CSV-FULL',
      status: 'under-review',
      policy: '2023',
      statusSince: '2026-11-21T09:30:00Z',
      partner: { mpnId: '7654321', name: 'Fabrikam; "Cloud" Services', contact: { name: 'Dana Lee', email: 'dana@fabrikam.example', phone: '+1 425 555 0100' } },
      customer: {
        tenantId: '11111111-2222-4333-8444-555555555555',
        subscriptionId: '66666666-7777-4888-9999-aaaaaaaaaaaa',
        name: 'Contoso Pharma',
        domain: 'contoso-pharma.example',
        country: 'DE',
        publicSector: true,
        contact: { name: 'Jo Park', email: 'jo@contoso-pharma.example' },
      },
      activity: 'Deployment; "phase 2"\nand adoption workshops',
      productFamily: 'microsoft-365',
      products: ['Microsoft Teams', 'Intune', 'Microsoft Purview'],
      documents: [{ path: 'poe/sow.pdf' }, { path: 'poe/email.pdf' }],
      assignee: 'Priya Shah',
    });
    const files = { 'poe/sow.pdf': await tinyPdf('SOW'), 'poe/email.pdf': await tinyPdf('E-mail', 2) };
    const csv = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvOf([full], ';'), 'utf8')]);
    expect(csv.toString('utf8')).toContain('"Deployment; ""phase 2""\nand adoption workshops"');

    expect(await importBundle(t.ctx(), writeCsvBundle(csv, files))).toMatchObject({ created: 1, documents: 2 });
    const fromCsv = getClaim(t.ctx(), { id: 'CSV-FULL' });

    const twin = tempStore();
    try {
      // The JSON twin names no display names either, so both show the file names.
      await importBundle(twin.ctx(), await writeBundle([full], files));
      const fromJson = getClaim(twin.ctx(), { id: 'CSV-FULL' });
      expect(comparable(fromCsv)).toEqual(comparable(fromJson));
    } finally {
      twin.dispose();
    }
    expect(fromCsv.activity).toBe('Deployment; "phase 2"\nand adoption workshops');
    expect(fromCsv.partner.name).toBe('Fabrikam; "Cloud" Services');
    expect(fromCsv.customer.publicSector).toBe(true);
    expect(fromCsv.documents.map((d) => d.name)).toEqual(['sow.pdf', 'email.pdf']);
  });

  it('imports a comma CSV without BOM, empty cells taking the defaults', async () => {
    const rows = [claimRow({ id: 'CSV-A', documents: [] }), claimRow({ id: 'CSV-B', documents: [{ path: 'poe/b.pdf' }] })];
    const csv = csvOf(rows, ',');
    expect(csv.charCodeAt(0)).toBe('i'.charCodeAt(0));
    const summary = await importBundle(t.ctx(), writeCsvBundle(csv, { 'poe/b.pdf': await tinyPdf('B') }));
    expect(summary).toMatchObject({ claims: 2, created: 2, documents: 1 });
    const a = getClaim(t.ctx(), { id: 'CSV-A' });
    expect(a).toMatchObject({ status: 'submitted', policy: '2020', assignee: null, products: ['Microsoft Teams'] });
    expect(a.customer).toMatchObject({ publicSector: false, subscriptionId: null, contact: null });
    expect(a.partner.contact).toBeNull();
  });

  it('refuses an unknown column, naming it', async () => {
    const csv = csvOf([claimRow({ id: 'CSV-U', documents: [] })], ',', [...HEADER.slice(0, -1), 'colour']);
    await expectRefused(writeCsvBundle(csv), /bundle: claims\.csv has an unknown column "colour"/);
  });

  it('refuses a missing required column, naming it', async () => {
    const header = HEADER.filter((h) => h !== 'partnerName');
    const row = cellsOf(claimRow({ id: 'CSV-M', documents: [] })).filter((_, i) => HEADER[i] !== 'partnerName');
    await expectRefused(writeCsvBundle([csvLine(header), csvLine(row)].join('\n')), /bundle: claims\.csv has no "partnerName" column, which is required/);
  });

  it('names row 3 and the column of a bad value, counting claims rather than lines', async () => {
    // Row 1 spans two lines (a quoted line break): the bad claim is still "row 3".
    const rows = [
      claimRow({ id: 'CSV-1', documents: [], activity: 'Two\nlines' }),
      claimRow({ id: 'CSV-2', documents: [] }),
      claimRow({ id: 'CSV-3', documents: [], partner: { mpnId: '12-34', name: 'Bad MPN Ltd' } }),
    ];
    await expectRefused(writeCsvBundle(csvOf(rows, ';')), /row 3 \(CSV-3\), partnerMpnId: MPN ID is 6 to 10 digits/);
  });

  it('refuses a yes/no cell holding anything else', async () => {
    const cells = cellsOf(claimRow({ id: 'CSV-4', documents: [] }));
    cells[HEADER.indexOf('customerPublicSector')] = 'perhaps';
    await expectRefused(writeCsvBundle([csvLine(HEADER), csvLine(cells)].join('\n')), /row 1 \(CSV-4\), customerPublicSector: must be true\/false, yes\/no or 1\/0 \(got "perhaps"\)/);
  });

  it('refuses an unclosed quote, quoting the line csv-parse reports', async () => {
    const csv = csvOf([claimRow({ id: 'CSV-Q', documents: [] })], ',') + 'CSV-R,"submitted\n';
    await expectRefused(writeCsvBundle(csv), /bundle: claims\.csv is not valid CSV: Quote Not Closed.* at line \d+/);
  });

  it('refuses a bundle with both claims.json and claims.csv', async () => {
    const dir = await writeBundle([claimRow({ id: 'BOTH-1' })]);
    writeFileSync(join(dir, 'claims.csv'), csvOf([claimRow({ id: 'BOTH-2', documents: [] })], ','));
    await expectRefused(dir, /bundle: the bundle has both claims\.json and claims\.csv; keep only one/);
  });
});
