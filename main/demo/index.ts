// `cpor demo`: writes a reproducible demo claims bundle (claims.json + poe/*) and, beside it,
// truth.json describing what each PoE file contains.
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../shared/api/bundle';
import { generateClaims, type DocumentPlan, type DemoClaim } from './claims';
import { writeEmailPdf } from './email-pdf';
import { scannedPagePng } from './png';
import { Random } from './random';
import { writeSowPdf, type WrittenDocument } from './sow-pdf';
import { truthOf, type BundleTruth } from './truth';

export type { BundleTruth, DocumentTruth } from './truth';

export interface DemoOptions {
  claims: number;
  seed: number;
  now: Date;
  outDir: string;
}

export interface DemoSummary {
  claims: number;
  documents: number;
  outDir: string;
}

/** Writes are queued this deep so disk I/O overlaps with drawing the next PDFs. */
const WRITE_QUEUE = 32;

export async function writeDemoBundle(opts: DemoOptions): Promise<DemoSummary> {
  if (!Number.isInteger(opts.claims) || opts.claims < 0) throw new Error(`claims must be a whole number of 0 or more, got ${opts.claims}`);
  if (!Number.isFinite(opts.seed)) throw new Error(`seed must be a number, got ${opts.seed}`);
  if (Number.isNaN(opts.now.getTime())) throw new Error('now is not a valid date');

  const outDir = resolve(opts.outDir);
  await prepareOutDir(outDir);
  await mkdir(join(outDir, 'poe'), { recursive: true });

  const records: DemoClaim['record'][] = [];
  const truth: BundleTruth = {};
  let pending: Promise<void>[] = [];
  let documents = 0;

  for (const claim of generateClaims(opts.claims, opts.seed, opts.now)) {
    records.push(claim.record);
    for (const plan of claim.documents) {
      const written = await render(claim, plan);
      truth[plan.path] = truthOf(plan, written);
      pending.push(writeFile(join(outDir, ...plan.path.split('/')), written.bytes));
      documents++;
      if (pending.length >= WRITE_QUEUE) {
        await Promise.all(pending);
        pending = [];
      }
    }
  }
  await Promise.all(pending);

  // The day, not the instant: the same seed on the same day writes the same bytes.
  const generatedAt = `${opts.now.toISOString().slice(0, 10)}T00:00:00.000Z`;
  const bundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, generatedAt, claims: records };
  await writeFile(join(outDir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  // claims.json last and by rename: a reader never sees a bundle whose files are not all there.
  const tmp = join(outDir, 'claims.json.tmp');
  await writeFile(tmp, `${JSON.stringify(bundle, null, 2)}\n`);
  await rename(tmp, join(outDir, 'claims.json'));

  return { claims: records.length, documents, outDir };
}

function render(claim: DemoClaim, plan: DocumentPlan): Promise<WrittenDocument> {
  switch (plan.kind) {
    case 'sow':
    case 'change-order':
      return writeSowPdf(claim, plan);
    case 'email':
      return writeEmailPdf(claim, plan);
    case 'scan':
      return Promise.resolve({ bytes: scannedPagePng(new Random(plan.seed)), pages: 1, dates: [] });
  }
}

/** Never writes into a folder holding someone else's files; an earlier bundle may be replaced. */
async function prepareOutDir(outDir: string): Promise<void> {
  const info = await stat(outDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
  if (!info) {
    await mkdir(outDir, { recursive: true });
    return;
  }
  if (!info.isDirectory()) throw new Error(`${outDir} exists and is not a folder`);
  const entries = await readdir(outDir);
  if (entries.length > 0 && !entries.includes('claims.json')) {
    throw new Error(`${outDir} is not empty and holds no claims.json; refusing to write a demo bundle there (choose a new or empty folder)`);
  }
}
