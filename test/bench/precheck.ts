// Pre-check figures: one 50-page PDF through the worker pool (a warm pool, as the app keeps
// one, against the 1 s budget; a cold start is printed beside it), the accuracy table on a
// generated, labelled set of PoEs, and the tables on independently written PoEs (the templates
// the rules were tuned on, then the held-out ones); section `ocr`: scans read by OCR (one full A4 page at 150 dpi
// against 3 s, a 5-page scan against 15 s).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoBundle } from '../../main/demo';
import { precheckFile } from '../../main/services/precheck/engine';
import { PrecheckPool } from '../../main/services/precheck/pool';
import type { PrecheckClaim } from '../../shared/domain/precheck';
import { stopOcr } from '../../main/services/precheck/ocr';
import { corpusTable, scoreCorpus, writeCorpus } from '../fixtures/independent-poes/corpus';
import { printingChromium } from '../fixtures/independent-poes/printing-chromium';
import { HELD_OUT_TEMPLATES } from '../fixtures/independent-poes/templates-held-out';
import { TUNE_TEMPLATES } from '../fixtures/independent-poes/templates-tune';
import { accuracyTable, scoreBundle } from '../fixtures/precheck-accuracy';
import { scannedPdf } from '../fixtures/scans';
import { longPdf } from './long-pdf';
import { note, percentile, report, timeOnce } from './measure';

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
      // The spec's budget is for a warm worker; a pre-check on demand starts its pool cold, so the
      // cold figure is what a reviewer waits for the first file of "pre-check now".
      note(`pre-check of a ${pages}-page PDF, cold (thread + pdf.js start)`, cold, 'ms', '(no budget: the budget is for a warm worker)');
    } finally {
      await pool.close();
    }

    const bundle = join(work, 'bundle');
    await writeDemoBundle({ claims: 200, seed: 11, now: new Date(nowMs), outDir: bundle });
    const accuracy = await scoreBundle(bundle, (path, claim) => precheckFile({ path, claim, today: new Date(nowMs).toISOString().slice(0, 10) }));
    console.log(`\n${accuracyTable(accuracy)}`);
    await independentTables(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return within;
}

/**
 * The accuracy tables on independently written PoEs (issue 17): the templates the rules were
 * tuned on, then the held-out ones the accuracy test scores (scans read by OCR included).
 */
async function independentTables(work: string): Promise<void> {
  const path = printingChromium();
  if (!path) {
    console.log('\npre-check accuracy on independent PoEs: no Chromium to print the HTML templates with (set CPOR_CHROMIUM)');
    return;
  }
  const browser = await chromium.launch({ executablePath: path });
  try {
    for (const [title, templates] of [
      ['independent PoEs, templates the rules were tuned on', TUNE_TEMPLATES],
      ['independent PoEs, held-out templates (the accuracy test)', HELD_OUT_TEMPLATES],
    ] as const) {
      const dir = join(work, title.includes('held') ? 'held-out' : 'tuned');
      mkdirSync(dir);
      const poes = await writeCorpus(dir, templates, browser);
      const score = await scoreCorpus(poes, (p) => precheckFile({ path: p.file, claim: p.claim, today: p.today }));
      console.log(`\n${corpusTable(title, score)}`);
      if (score.misses.length) console.log(score.misses.map((m) => `  miss: ${m}`).join('\n'));
    }
  } finally {
    await browser.close();
    await stopOcr();
  }
}

/** A full page of a statement of work: 38 lines of 9-point-ish type, as a dense PoE page has. */
function densePage(n: number): string[] {
  const lines = [`STATEMENT OF WORK - PAGE ${n}`, 'Customer: Contoso Ltd   Partner: Northwind Cloud Partners'];
  const filler = [
    'Services delivered: deployment of Microsoft Teams and Exchange Online for all sites,',
    'with the migration of 1,240 mailboxes and the configuration of Intune device policies.',
    'Each phase was reviewed with the customer before it was accepted, and the open',
    'questions were tracked in the weekly status report and closed within the period.',
  ];
  for (let i = 0; lines.length < 38; i++) lines.push(filler[i % filler.length]!);
  lines.push('Accepted by the customer. Signed for Contoso Ltd: Jane Doe, IT Director. Date: 2026-03-02');
  return lines;
}

/** OCR through the pool, in a warm thread (its engine made by a first file): one page, then five. */
export async function benchOcr(): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), 'cpor-bench-ocr-'));
  try {
    return await ocrFigures(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function ocrFigures(work: string): Promise<boolean> {
  const onePage = join(work, 'scan-1.pdf');
  const fivePages = join(work, 'scan-5.pdf');
  writeFileSync(onePage, await scannedPdf([densePage(1)]));
  writeFileSync(fivePages, await scannedPdf([1, 2, 3, 4, 5].map(densePage)));
  const pool = new PrecheckPool({ size: 1 });
  let within = true;
  try {
    const run = async (path: string) => {
      const r = await pool.run({ path, claim: CLAIM, today: '2026-03-18' });
      if (!r.ok || !r.textPages) throw new Error(`the scan was not read: ${r.error ?? r.notes.join('; ')}`);
      return r;
    };
    const cold = await timeOnce(() => run(onePage));
    const page: number[] = [];
    for (let i = 0; i < 5; i++) page.push(await timeOnce(() => run(onePage)));
    page.sort((a, b) => a - b);
    let read = '';
    const five: number[] = [];
    for (let i = 0; i < 3; i++) {
      five.push(
        await timeOnce(async () => {
          const r = await run(fivePages);
          read = `${r.textPages} of ${r.pages} pages read, ${r.findings.filter((f) => f.status === 'found').length} products and services found`;
        }),
      );
    }
    five.sort((a, b) => a - b);
    console.log('');
    within = report('OCR pre-check of one A4 page at 150 dpi (warm worker), p50', percentile(page, 50), 3000) && within;
    within = report('OCR pre-check of one A4 page at 150 dpi (warm worker), p95', percentile(page, 95), 3000) && within;
    note('OCR pre-check of one page, cold (thread, pdf.js and OCR engine start)', cold, 'ms', '(no budget: the budget is for a warm worker)');
    within = report('pre-check of a 5-page scan (warm worker), median of 3', percentile(five, 50), 15000, 'ms', read) && within;
  } finally {
    await pool.close();
  }
  return within;
}
