// Figures against the budgets of ../shared/spec/workstation.md ("Performance budgets").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import { QueueQuerySchema } from '../../shared/api/schemas';
import { listQueue } from '../../main/services/claims';
import type { ServiceContext } from '../../main/services/context';
import { decide } from '../../main/services/decisions';
import { writeDemoBundle } from '../../main/services/demo';
import { importBundle } from '../../main/services/import/import-bundle';
import { openStore } from '../../main/store/open';
import { percentile, report, sample, timeOnce } from './measure';
import { insertSyntheticClaims } from './synthetic-claims';
import { benchViewer } from './viewer';

const CLAIMS = 100_000;

async function main() {
  // `npm run bench -- viewer`: only the viewer figures (headless Chromium through the browser host).
  if (process.argv.includes('viewer')) {
    const ok = await benchViewer();
    console.log(ok ? '\nall figures within budget' : '\nsome figures are over budget');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cpor-bench-'));
  const store = openStore(dir);
  const nowMs = Date.now();
  const ctx: ServiceContext = { store, calendar: DEFAULT_CALENDAR, now: () => new Date(nowMs), user: 'bench', appVersion: 'bench', transport: 'browser-host' };
  let within = true;
  try {
    console.log(`CPOR workstation benchmarks (store in a temp folder, ${CLAIMS.toLocaleString('en')} synthetic claims)\n`);
    const seeded = await timeOnce(() => insertSyntheticClaims(store.db, CLAIMS, nowMs));
    console.log(`seeded ${CLAIMS.toLocaleString('en')} claims in ${(seeded / 1000).toFixed(1)} s\n`);

    const queries = [
      QueueQuerySchema.parse({}),
      QueueQuerySchema.parse({ status: ['submitted'] }),
      QueueQuerySchema.parse({ status: ['under-review'], assignee: 'Priya Shah' }),
      QueueQuerySchema.parse({ sla: ['at-risk', 'breached'] }),
      QueueQuerySchema.parse({ assignee: null }),
    ];
    listQueue(ctx, queries[0]!); // warm the page cache, as an open app has
    const queue = sample(200, (i) => listQueue(ctx, queries[i % queries.length]!));
    within = report('queue page (filter + sort by SLA, first 100), p50', percentile(queue, 50), 10) && within;
    within = report('queue page (filter + sort by SLA, first 100), p95', percentile(queue, 95), 10) && within;

    const submitted = store.db.prepare("SELECT id FROM claims WHERE status = 'submitted' LIMIT 400").pluck().all() as string[];
    const commits = sample(submitted.length, (i) => decide(ctx, { claimId: submitted[i]!, action: 'start-review', actor: 'bench' }));
    within = report('decision commit (durable, synchronous=FULL), p50', percentile(commits, 50), 5) && within;
    within = report('decision commit (durable, synchronous=FULL), p95', percentile(commits, 95), 5) && within;

    within = (await benchImport(nowMs)) && within;
    within = (await benchViewer()) && within;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(within ? '\nall figures within budget' : '\nsome figures are over budget');
}

/** Import of 10,000 demo claims with their real PDF and PNG PoE files into an empty store. */
async function benchImport(nowMs: number): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), 'cpor-bench-import-'));
  try {
    const bundle = join(work, 'bundle');
    const generated = await timeOnce(() => writeDemoBundle({ claims: 10_000, seed: 7, now: new Date(nowMs), outDir: bundle }));
    console.log(`\n(generated a 10,000-claim demo bundle in ${(generated / 1000).toFixed(1)} s)`);
    const store = openStore(join(work, 'store'));
    try {
      const ctx: ServiceContext = { store, calendar: DEFAULT_CALENDAR, now: () => new Date(nowMs), user: 'bench', appVersion: 'bench', transport: 'browser-host' };
      let documents = 0;
      const took = await timeOnce(async () => {
        documents = (await importBundle(ctx, bundle)).documents;
      });
      return report(`import of 10,000 claims with ${documents.toLocaleString('en')} PoE files`, took / 1000, 30, 's');
    } finally {
      store.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
