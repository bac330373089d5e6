import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleClaimSchema, BundleFileSchema } from '../../shared/api/bundle';
import { STORIES } from '../../main/demo/story';
import { generateClaims } from '../../main/demo/claims';
import { reviewClockIs } from '../../main/demo/pin-clock';
import { formatDate, type DateStyle } from '../../main/demo/dates';
import { writeDemoBundle, type BundleTruth } from '../../main/demo';
import { PRODUCTS, productByName } from '../../main/demo/products';
import { pdfPageTexts } from '../fixtures/pdf-pages';

const NOW = new Date('2026-03-18T15:30:00Z');
const temps: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cpor-demo-'));
  temps.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(await readFile(p)).digest('hex');
    }
  };
  await walk(dir);
  return out;
}

interface Bundle {
  format: string;
  version: number;
  generatedAt: string;
  claims: unknown[];
}

async function readBundle(dir: string): Promise<{ bundle: Bundle; truth: BundleTruth }> {
  const bundle = JSON.parse(await readFile(join(dir, 'claims.json'), 'utf8')) as Bundle;
  const truth = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as BundleTruth;
  return { bundle, truth };
}

/** The text layer of a PDF, as the pre-check will see it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  // Lines are separate text items; a product name may wrap from one line to the next.
  return (await pdfPageTexts(bytes)).join('\n').replace(/\s+/g, ' ');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (text: string, phrase: string): boolean => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(phrase)}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
const DATE_LIKE =
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}|\b\d{1,2}(er)?\s+(January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}/i;
const STYLES: DateStyle[] = ['long-en', 'long-gb', 'iso', 'us', 'long-fr', 'numeric-fr'];

describe('demo bundle', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await tempDir();
    const summary = await writeDemoBundle({ claims: 40, seed: 7, now: NOW, outDir: join(dir, 'bundle') });
    expect(summary.claims).toBe(40);
    expect(summary.outDir).toBe(join(dir, 'bundle'));
  });

  it('writes a cpor-bundle whose every claim passes the bundle schema', async () => {
    const { bundle } = await readBundle(join(dir, 'bundle'));
    expect(BundleFileSchema.safeParse(bundle).success).toBe(true);
    expect(bundle).toMatchObject({ format: 'cpor-bundle', version: 1, generatedAt: '2026-03-18T00:00:00.000Z' });
    expect(bundle.claims).toHaveLength(40);
    for (const raw of bundle.claims) {
      const parsed = BundleClaimSchema.safeParse(raw);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
    const ids = bundle.claims.map((c) => BundleClaimSchema.parse(c).id);
    expect(new Set(ids).size).toBe(40);
    expect(ids[0]).toMatch(/^CP-2026-\d{6}$/);
  });

  it('writes every referenced file, with the page count truth.json records', async () => {
    const root = join(dir, 'bundle');
    const { bundle, truth } = await readBundle(root);
    let documents = 0;
    for (const raw of bundle.claims) {
      for (const doc of BundleClaimSchema.parse(raw).documents) {
        documents++;
        const bytes = await readFile(join(root, doc.path));
        const t = truth[doc.path];
        expect(t, doc.path).toBeDefined();
        if (doc.path.endsWith('.pdf')) {
          const pdf = await PDFDocument.load(bytes);
          expect(pdf.getPageCount()).toBe(t?.pages);
          expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
          expect(pdf.getPageCount()).toBeLessThanOrEqual(20);
          expect(pdf.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
        } else {
          expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
          expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([850, 1100]);
        }
      }
    }
    expect(Object.keys(truth)).toHaveLength(documents);
  });

  it('records in truth.json what each PDF really shows', async () => {
    const root = join(dir, 'bundle');
    const { bundle, truth } = await readBundle(root);
    let checked = 0;
    for (const raw of bundle.claims) {
      const claim = BundleClaimSchema.parse(raw);
      for (const doc of claim.documents) {
        const t = truth[doc.path];
        if (!t || t.mediaType !== 'application/pdf') continue;
        const text = await pdfText(await readFile(join(root, doc.path)));
        const where = `${doc.path}\n${text.slice(0, 400)}`;

        expect(text.includes('Accepted by the customer') && text.includes('Signature:'), where).toBe(t.signature);
        expect(text.includes('Public Sector Disclosure'), where).toBe(t.publicSectorDisclosure === true);
        expect(t.publicSectorDisclosure === null, where).toBe(!claim.customer.publicSector);
        expect(new RegExp(`Page ${t.pages} of ${t.pages}`).test(text), where).toBe(true);

        expect(t.dated, where).toBe(t.dates.length > 0);
        if (!t.dated) expect(DATE_LIKE.test(text), where).toBe(false);
        for (const iso of t.dates) {
          const d = new Date(`${iso}T00:00:00Z`);
          expect(STYLES.some((s) => text.includes(formatDate(d, s))), `${iso} in ${where}`).toBe(true);
          const ageDays = (Date.parse(claim.submittedAt) - d.getTime()) / 86_400_000;
          expect(ageDays > 0, where).toBe(true);
          expect(ageDays > 365, where).toBe(t.oldDate);
        }

        for (const product of claim.products) {
          const spellings = [product, ...productByName(product).synonyms];
          const found = spellings.some((s) => mentions(text, s));
          expect(found, `${product} in ${where}`).toBe(t.productsNamed.includes(product));
        }
        // Generic wording must not name any product either, claimed or not.
        for (const p of PRODUCTS) {
          if (!claim.products.includes(p.name)) expect([p.name, ...p.synonyms].some((s) => mentions(text, s)), `${p.name} in ${where}`).toBe(false);
        }
        if (doc.path.endsWith('-sow.pdf') || doc.path.endsWith('-change-order.pdf')) {
          expect(/scope of services/i.test(text), where).toBe(t.services);
        }
        expect(/lorem|ipsum/i.test(text)).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  }, 60_000);

  it('is deterministic: same claims, seed and day give byte-identical files', async () => {
    const again = await tempDir();
    const laterSameDay = await tempDir();
    await writeDemoBundle({ claims: 40, seed: 7, now: NOW, outDir: again });
    await writeDemoBundle({ claims: 40, seed: 7, now: new Date('2026-03-18T09:05:00Z'), outDir: laterSameDay });
    const first = await hashes(join(dir, 'bundle'));
    expect(await hashes(again)).toEqual(first);

    // The time of day changes nothing: the bundle depends on the seed and the day alone.
    expect(await hashes(laterSameDay)).toEqual(first);
  }, 60_000);

  it('gives different claims for a different seed', async () => {
    const out = await tempDir();
    await writeDemoBundle({ claims: 40, seed: 8, now: NOW, outDir: out });
    const a = (await readBundle(join(dir, 'bundle'))).bundle.claims.map((c) => BundleClaimSchema.parse(c));
    const b = (await readBundle(out)).bundle.claims.map((c) => BundleClaimSchema.parse(c));
    expect(b.map((c) => c.customer.tenantId)).not.toEqual(a.map((c) => c.customer.tenantId));
    expect(b.map((c) => c.id)).not.toEqual(a.map((c) => c.id));
  }, 30_000);

  it('refuses a non-empty folder that is not a bundle, and replaces an earlier bundle', async () => {
    const foreign = await tempDir();
    await writeFile(join(foreign, 'thesis.docx'), 'precious');
    await expect(writeDemoBundle({ claims: 2, seed: 1, now: NOW, outDir: foreign })).rejects.toThrow(/not empty/);
    expect(await readdir(foreign)).toEqual(['thesis.docx']);

    const file = join(foreign, 'thesis.docx');
    await expect(writeDemoBundle({ claims: 2, seed: 1, now: NOW, outDir: file })).rejects.toThrow(/not a folder/);

    const earlier = await tempDir();
    await writeDemoBundle({ claims: 3, seed: 1, now: NOW, outDir: earlier });
    await writeFile(join(earlier, 'notes.txt'), 'kept');
    const summary = await writeDemoBundle({ claims: 2, seed: 2, now: NOW, outDir: earlier });
    expect(summary.claims).toBe(2);
    expect((await readBundle(earlier)).bundle.claims).toHaveLength(2);
    expect(existsSync(join(earlier, 'notes.txt'))).toBe(true);

    const fresh = join(await tempDir(), 'new', 'nested');
    await writeDemoBundle({ claims: 1, seed: 1, now: NOW, outDir: fresh });
    expect(existsSync(join(fresh, 'claims.json'))).toBe(true);
  }, 30_000);
});

describe('demo claims', () => {
  const claims = [...generateClaims(2000, 99, NOW)];
  const records = claims.map((c) => BundleClaimSchema.parse(c.record));

  it('are valid, with the mix of stories, policies and documents asked for', () => {
    const share = (f: (c: (typeof records)[number]) => boolean): number => records.filter(f).length / records.length;
    const stories = new Set(claims.map((c) => c.story));
    for (const story of STORIES) expect(stories, story).toContain(story);
    expect(share((c) => !c.events)).toBeGreaterThan(0.15); // waiting for review, nothing happened yet
    expect(share((c) => !c.events)).toBeLessThan(0.3);
    // The past comes as events: status, status date and assignee are left to the replay. A draft
    // (the partner has not submitted it) has no past and says its status.
    expect(records.every((c) => (c.status === undefined || c.status === 'draft') && c.statusSince === undefined && c.assignee === undefined)).toBe(true);
    expect(records.filter((c) => c.status === 'draft').every((c) => !c.events)).toBe(true);
    expect(claims.filter((c) => c.story === 'disassociated').every((c) => c.record.policy === '2023')).toBe(true);
    expect(share((c) => c.policy === '2023')).toBeGreaterThan(0.11);
    expect(share((c) => c.policy === '2023')).toBeLessThan(0.19);
    expect(share((c) => c.documents.length === 0)).toBeGreaterThan(0.01);
    expect(share((c) => c.documents.length === 0)).toBeLessThan(0.06);
    expect(share((c) => c.documents.length === 2)).toBeGreaterThan(0.15);
    expect(share((c) => c.documents.length === 2)).toBeLessThan(0.25);
    expect(share((c) => c.customer.publicSector)).toBeGreaterThan(0.05);
    expect(records.every((c) => !c.customer.publicSector || c.customer.country === 'US')).toBe(true);
    expect(records.every((c) => (c.productFamily === 'business-applications') === (c.customer.subscriptionId !== undefined))).toBe(true);
    expect(records.every((c) => c.products.length >= 1 && c.products.length <= 3)).toBe(true);
    expect(new Set(records.map((c) => c.partner.name)).size).toBeGreaterThanOrEqual(20);
  });

  it('hold a draft and a final rejection in a small demo, whatever the seed', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const small = [...generateClaims(10, seed, NOW)];
      expect(small.some((c) => c.story === 'editing' && c.record.status === 'draft'), `seed ${seed}`).toBe(true);
      const final = small.filter((c) => c.record.policy === '2023' && (c.story === 'dispute-upheld' || c.story === 'disassociated'));
      expect(final.length, `seed ${seed}`).toBeGreaterThan(0);
    }
  });

  it('happen in office hours on weekdays before today, events in time order after the submission', () => {
    const today = Date.parse('2026-03-18T00:00:00Z');
    const inOfficeHours = (iso: string) => {
      const at = new Date(iso);
      expect(iso).toMatch(/Z$/);
      expect(at.getTime()).toBeLessThan(today);
      expect(at.getTime()).toBeGreaterThan(today - 120 * 86_400_000);
      expect([0, 6]).not.toContain(at.getUTCDay());
      expect(at.getUTCHours()).toBeGreaterThanOrEqual(15);
      expect(at.getUTCHours()).toBeLessThan(23);
    };
    for (const c of records) {
      inOfficeHours(c.submittedAt);
      let last = Date.parse(c.submittedAt);
      for (const e of c.events ?? []) {
        inOfficeHours(e.at);
        expect(Date.parse(e.at)).toBeGreaterThanOrEqual(last);
        last = Date.parse(e.at);
      }
    }
  });

  it('include about 5% competing claims: same tenant and a shared product, another partner', () => {
    let competing = 0;
    const seen = new Map<string, { partner: string; products: string[] }[]>();
    for (const c of records) {
      const earlier = seen.get(c.customer.tenantId) ?? [];
      if (earlier.some((e) => e.partner !== c.partner.mpnId && e.products.some((p) => c.products.includes(p)))) competing++;
      seen.set(c.customer.tenantId, [...earlier, { partner: c.partner.mpnId, products: c.products }]);
    }
    expect(competing / records.length).toBeGreaterThan(0.03);
    expect(competing / records.length).toBeLessThan(0.08);
  });

  it('are stable by prefix: a smaller bundle is the start of a larger one', () => {
    const small = [...generateClaims(50, 99, NOW)].map((c) => c.record);
    expect(small).toEqual(claims.slice(0, 50).map((c) => c.record));
  });
});

describe('demo clocks', () => {
  // A team lead opening the demo at any hour sees a claim at risk and one breached: checked every
  // 20 minutes of each day, and two hours past each day's end, for the 30 claims the end-to-end
  // tests import, from late October to the new year (the end of DST, Veterans Day, Thanksgiving,
  // Christmas, weekends) and over the start of DST in March.
  it('show a review clock at risk and one breached at every hour of the day they are written', () => {
    const days = [
      ...Array.from({ length: 72 }, (_, d) => Date.parse('2026-10-25T00:00:00Z') + d * 86_400_000),
      ...Array.from({ length: 14 }, (_, d) => Date.parse('2027-03-07T00:00:00Z') + d * 86_400_000),
    ];
    const missing: string[] = [];
    for (const todayMs of days) {
      const claims = [...generateClaims(30, 1, new Date(todayMs + 17 * 3_600_000))];
      const plans = claims.map((c) => ({ plan: { story: c.story, submittedAt: c.submittedAt, events: c.record.events ?? [] }, policy: c.record.policy ?? '2020' }));
      for (let atMs = todayMs; atMs <= todayMs + 26 * 3_600_000; atMs += 20 * 60_000) {
        for (const state of ['at-risk', 'breached'] as const) {
          if (!plans.some(({ plan, policy }) => reviewClockIs(plan, policy, { state, atMs }))) missing.push(`${state} at ${new Date(atMs).toISOString()}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
