// Cold start to a painted queue, through the browser host: from starting `cpor serve` on a store of
// 100,000 claims (a new process: Node, the store opened and checked, the HTTP host) to the frame
// after the first queue rows are drawn in a page with an empty cache (the renderer's code loaded,
// parsed and run, the session and the first queue page fetched). The desktop app adds Electron's
// own start, which cannot be measured on machines where its binary cannot be installed.
import type { Browser } from '@playwright/test';
import { serve } from './browser-host';
import { percentile, report } from './measure';

const COLD_START_BUDGET_MS = 2000;
const STARTS = 5;

// In-page, as source text: the Node type-check has no DOM. Resolves at the frame after rows show.
const PAINTED_ROWS = `() => new Promise((resolve) => {
  const seen = () => document.querySelector('[data-testid="queue-row"]');
  const done = () => requestAnimationFrame(() => resolve(true));
  if (seen()) return done();
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    done();
  });
  observer.observe(document, { subtree: true, childList: true });
})`;

export async function benchColdStart(browser: Browser, dataDir: string): Promise<boolean> {
  const times: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const t0 = performance.now();
    const host = await serve(process.cwd(), dataDir);
    try {
      const page = await context.newPage();
      await page.goto(host.url, { waitUntil: 'commit' });
      await page.evaluate(PAINTED_ROWS);
      times.push(performance.now() - t0);
    } finally {
      host.proc.kill('SIGTERM');
      await context.close();
    }
  }
  times.sort((a, b) => a - b);
  const what = 'cold start to a painted queue (cpor serve started, page with an empty cache), 100,000 claims';
  let within = report(`${what}, p50`, percentile(times, 50), COLD_START_BUDGET_MS, 'ms', `${STARTS} starts`);
  within = report(`${what}, p95`, percentile(times, 95), COLD_START_BUDGET_MS) && within;
  return within;
}
