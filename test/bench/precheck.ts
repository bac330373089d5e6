// Pre-check figures: one 50-page PDF through the worker pool (a warm pool, as the app keeps
// one, against the 1 s budget; a cold start is printed beside it), and the accuracy table on
// a generated, labelled set of PoEs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoBundle } from '../../main/demo';
import { precheckFile } from '../../main/services/precheck/engine';
import { PrecheckPool } from '../../main/services/precheck/pool';
import type { PrecheckClaim } from '../../shared/domain/precheck';
import { accuracyTable, scoreBundle } from '../fixtures/precheck-accuracy';
import { longPdf } from './long-pdf';
import { percentile, report, timeOnce } from './measure';

const CLAIM: PrecheckClaim = {
  products: ['Exchange Online', 'Microsoft Teams', 'Intune', 'Power BI Pro'],
  submittedAt: '2026-03-18T10:00:00Z',
  customer: { name: 'Contoso Ltd', domain: 'contoso.com', country: 'US' },
};

export async function benchPrecheck(nowMs: number): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), 'cpor-bench-precheck-'));
  let within = true;
  try {
    const file = join(work, 'fifty-pages.pdf');
    writeFileSync(file, await longPdf(50));
    const pool = new PrecheckPool({ size: 1 });
    try {
      const request = { path: file, claim: CLAIM, today: '2026-03-18' };
      let pages = 0;
      const cold = await timeOnce(async () => {
        const r = await pool.run(request);
        if (!r.ok) throw new Error(`pre-check failed: ${r.error}`);
        pages = r.pages ?? 0;
      });
      const warm: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < 10; i++) {
        // The main thread waits meanwhile: the process's CPU time is the worker's.
        const before = process.cpuUsage();
        warm.push(await timeOnce(() => pool.run(request)));
        const used = process.cpuUsage(before);
        cpu.push((used.user + used.system) / 1000);
      }
      warm.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      console.log('');
      // On a busy machine wall time waits for a core; CPU time shows the work itself.
      const cpuNote = `(CPU ${Math.round(percentile(cpu, 50))} ms)`;
      within = report(`pre-check of a ${pages}-page PDF (warm worker), p50`, percentile(warm, 50), 1000, 'ms', cpuNote) && within;
      within = report(`pre-check of a ${pages}-page PDF (warm worker), p95`, percentile(warm, 95), 1000) && within;
      report(`pre-check of a ${pages}-page PDF, cold (thread + pdf.js start)`, cold, 1000, 'ms', '(information)');
    } finally {
      await pool.close();
    }

    const bundle = join(work, 'bundle');
    await writeDemoBundle({ claims: 200, seed: 11, now: new Date(nowMs), outDir: bundle });
    const accuracy = await scoreBundle(bundle, (path, claim) => precheckFile({ path, claim, today: new Date(nowMs).toISOString().slice(0, 10) }));
    console.log(`\n${accuracyTable(accuracy)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return within;
}
