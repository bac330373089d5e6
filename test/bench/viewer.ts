// Viewer figures, measured in headless Chromium through the browser host (the real renderer,
// the real `cpor serve`): first PoE page painted after opening a claim, and find in a long file.
// Times are taken inside the page (performance.now), from the click or key to the frame after
// the DOM shows the result.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { withServedStore } from './browser-host';
import { percentile, report } from './measure';
import { FIND_WORD, longPdf } from '../fixtures/long-pdf';

const FIRST_PAGE_BUDGET_MS = 300;
/**
 * Our own budgets for find (docs/product.md names none). What the reviewer waits for is the nearest
 * hit: within the first-page budget. Counting every hit of a 200-page file is bound by pdf.js
 * reading each page's text (about 7 ms a page on the 2-core build machines): 2 s. A repeat
 * search, the text already read, is immediate.
 */
const FIND_FIRST_HIT_BUDGET_MS = 300;
const FIND_ALL_BUDGET_MS = 2000;
const FIND_AGAIN_BUDGET_MS = 100;
/** Opens after a window's first, for the percentiles. */
const OPENS = 11;
const FIRST_OPENS = 3;
const QUEUE_GLANCE_MS = 1500;
const FINDS = 3;

const CLAIM_50 = 'BENCH-50';
const CLAIM_200 = 'BENCH-200';

function claim(id: string, file: string, name: string) {
  return {
    id,
    status: 'submitted',
    submittedAt: '2026-11-20T16:00:00Z',
    partner: { mpnId: '1234567', name: 'Northwind Cloud Partners' },
    customer: { tenantId: `00000000-0000-4000-8000-0000000000${id.endsWith('50') ? '50' : '99'}`, name: 'Contoso Ltd' },
    activity: 'Deployment',
    productFamily: 'microsoft-365',
    products: ['Microsoft Teams'],
    documents: [{ path: file, name }],
  };
}

async function writeBenchBundle(dir: string): Promise<void> {
  mkdirSync(join(dir, 'poe'), { recursive: true });
  writeFileSync(join(dir, 'poe', '50.pdf'), await longPdf(50, 'Statement of work'));
  writeFileSync(join(dir, 'poe', '200.pdf'), await longPdf(200, 'Delivery record'));
  const claims = [claim(CLAIM_50, 'poe/50.pdf', 'Statement of work (50 pages).pdf'), claim(CLAIM_200, 'poe/200.pdf', 'Delivery record (200 pages).pdf')];
  writeFileSync(join(dir, 'claims.json'), JSON.stringify({ format: 'cpor-bundle', version: 1, claims }));
}

// In-page measurements, as source text: this project's Node type-check has no DOM.
const TIME_OPEN = `async (id, painted) => {
  const row = document.querySelector('[data-testid="queue-row"][data-claim-id="' + id + '"]');
  const shown = new Promise((resolve) => {
    const seen = () => document.querySelector(painted);
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rendered-page'] });
  });
  const t0 = performance.now();
  row.click();
  return (await shown) - t0;
}`;

// From Enter: the current hit highlighted on screen (first search in a freshly opened document
// only, when no older highlight exists), and the search done with every hit counted.
const ARM_FIND_TIMER = `() => {
  const f = (window.__find = { t0: 0, searching: false, firstHit: 0, done: 0 });
  window.addEventListener('keydown', (e) => { if (e.key === 'Enter') f.t0 = performance.now(); }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (!f.t0) return;
    const finished = document.querySelector('[data-testid="find-status"][data-done="true"]');
    if (!finished) f.searching = true;
    if (!f.firstHit && document.querySelector('.viewer-mark--current')) requestAnimationFrame(() => { f.firstHit = performance.now(); });
    if (f.searching && !f.done && finished) requestAnimationFrame(() => { f.done = performance.now(); });
    if (f.firstHit && f.done) observer.disconnect();
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
}`;

async function openQueueRow(page: Page, id: string): Promise<void> {
  const search = page.getByPlaceholder(/Search claim id/);
  if ((await search.inputValue()) !== id) await search.fill(id);
  await page.locator(`[data-testid="queue-row"][data-claim-id="${id}"]`).waitFor();
}

async function backToQueue(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Queue' }).click();
  await page.getByTestId('queue-table').waitFor();
}

/** Milliseconds from the click on the claim's row to the frame after a page of its PoE is drawn. */
async function timeOpen(page: Page, id: string, painted = '.pdf-page[data-rendered-page="1"]'): Promise<number> {
  await openQueueRow(page, id);
  return (await page.evaluate(`(${TIME_OPEN})(${JSON.stringify(id)}, ${JSON.stringify(painted)})`)) as number;
}

interface FindTimes {
  readonly firstHit: number;
  readonly all: number;
  readonly hits: number;
}

async function timeFind(page: Page, query: string): Promise<FindTimes> {
  await page.evaluate(`(${ARM_FIND_TIMER})()`);
  const input = page.getByTestId('find-input');
  await input.fill(query);
  await input.press('Enter');
  // A function, not source text: the page's CSP forbids evaluating strings.
  const marks = () => (globalThis as unknown as { __find: { t0: number; firstHit: number; done: number } }).__find;
  await page.waitForFunction(() => {
    const f = (globalThis as unknown as { __find: { firstHit: number; done: number } }).__find;
    return f.firstHit > 0 && f.done > 0;
  }, undefined, { timeout: 60_000 });
  const f = await page.evaluate(marks);
  const hits = Number(await page.getByTestId('find-status').getAttribute('data-hits'));
  return { firstHit: f.firstHit - f.t0, all: f.done - f.t0, hits };
}

/** A new window (its own browser context: nothing cached) showing the queue, as after a start. */
async function freshWindow(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.getByTestId('queue-table').waitFor();
  // A reviewer looks at the queue for a moment before opening a claim: the viewer's code and
  // pdf.js's worker are fetched and warmed while the queue is idle (QueueView).
  await page.waitForTimeout(QUEUE_GLANCE_MS);
  return page;
}

async function measure(browser: Browser, url: string): Promise<boolean> {
  let within = true;
  // The first open of a window is one sample of a noisy figure: it is taken in FIRST_OPENS fresh
  // windows and the median reported, every sample printed beside it. The last window goes on.
  const firsts: number[] = [];
  let page: Page | undefined;
  for (let i = 0; i < FIRST_OPENS; i++) {
    await page?.close();
    page = await freshWindow(browser, url);
    firsts.push(await timeOpen(page, CLAIM_50));
    await backToQueue(page);
  }
  page = page!;
  const rest: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    rest.push(await timeOpen(page, CLAIM_50));
    await backToQueue(page);
  }
  rest.sort((a, b) => a - b);
  const firstRuns = `runs ${firsts.map((f) => f.toFixed(0)).join(' / ')} ms`;
  within = report(`first page painted, first open of a window, median of ${FIRST_OPENS}`, percentile([...firsts].sort((a, b) => a - b), 50), FIRST_PAGE_BUDGET_MS, 'ms', firstRuns) && within;
  within = report('first page painted after opening a claim (50-page PDF), p50', percentile(rest, 50), FIRST_PAGE_BUDGET_MS) && within;
  within = report('first page painted after opening a claim (50-page PDF), p95', percentile(rest, 95), FIRST_PAGE_BUDGET_MS) && within;

  const cold: FindTimes[] = [];
  const warm: FindTimes[] = [];
  for (let i = 0; i < FINDS; i++) {
    // A reopened document returns to where find left it: any page drawn will do.
    await timeOpen(page, CLAIM_200, '.pdf-page[data-rendered-page]');
    await page.keyboard.press('f');
    cold.push(await timeFind(page, FIND_WORD));
    warm.push(await timeFind(page, 'accepted'));
    await backToQueue(page);
  }
  const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
  const hits = `${cold[0]?.hits ?? 0} hits`;
  within = report('find in a 200-page document: nearest hit shown, median', median(cold.map((c) => c.firstHit)), FIND_FIRST_HIT_BUDGET_MS, 'ms', hits) && within;
  within = report('find in a 200-page document: every hit counted, median', median(cold.map((c) => c.all)), FIND_ALL_BUDGET_MS, 'ms', hits) && within;
  within = report('find again in the same document (text read), median', median(warm.map((w) => w.all)), FIND_AGAIN_BUDGET_MS, 'ms', `${warm[0]?.hits ?? 0} hits`) && within;
  await page.close();
  return within;
}

/** Serves a store holding a 50- and a 200-page PoE, measures in headless Chromium. */
export function benchViewer(): Promise<boolean> {
  return withServedStore(
    async (work, dataDir) => {
      const bundle = join(work, 'bundle');
      await writeBenchBundle(bundle);
      execFileSync(process.execPath, [join(process.cwd(), 'bin', 'cpor.mjs'), '--data', dataDir, 'import', bundle], { stdio: 'ignore' });
    },
    (browser, url, chromiumName) => {
      console.log(
        `\nviewer, in headless ${chromiumName} through the browser host: the first open of the claim in ${FIRST_OPENS} fresh windows, ` +
          `each ${QUEUE_GLANCE_MS / 1000} s after the queue appeared, then ${OPENS} more in the last; ${FINDS} finds, each in a freshly opened document, timed ` +
          `from Enter (typed at once after f; the text is read ahead from the moment find opens)`,
      );
      return measure(browser, url);
    },
  );
}
