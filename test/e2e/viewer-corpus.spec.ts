// Robustness: every file of the shared corpus (broken, encrypted, scripted, XFA, odd fonts and
// images) is imported into a claim and opened in the viewer. Each must be drawn or explained in
// the pane within a bounded time; nothing may crash the page, log an error or run a script.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pdfCorpus } from '../fixtures/corpus';
import { expect, test as hostTest } from './host-fixture';
import { SCREENSHOTS } from './paths';
import { corpusClaims, writeCorpusBundle } from './viewer-bundles';
import { collectErrors, ViewerPage } from './viewer-page';

// Hostile files made at run time are opened by viewer-hostile.spec.ts, corpus or not.
const corpus = pdfCorpus();

/** The viewer gives up on a wedged file after 20 s; a little more for the message to show. */
const PER_FILE_MS = 25_000;

const test = hostTest.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  bundle: async ({}, use) => {
    const dir = writeCorpusBundle();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

type Outcome = { readonly file: string; readonly shown: 'drawn' | 'explained'; readonly detail: string; readonly ms: number };

test.skip(corpus.skipReason !== null, corpus.skipReason ?? '');

test('every corpus file is drawn or explained in the viewer, in bounded time, with no error', async ({ page, host }) => {
  const files = corpusClaims().flatMap((c) => c.files);
  test.setTimeout(files.length * PER_FILE_MS + 60_000);
  const errors = collectErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  let crashed = false;
  page.on('crash', () => {
    crashed = true;
  });

  await page.goto(host.url);
  await expect(page.getByTestId('queue-table')).toBeVisible();
  const viewer = new ViewerPage(page);
  const outcomes: Outcome[] = [];

  for (const claim of corpusClaims()) {
    await viewer.openClaim(claim.id);
    for (const file of claim.files) {
      const started = Date.now();
      await viewer.tab(file).click();
      await expect(viewer.tab(file)).toHaveAttribute('aria-selected', 'true');
      const pane = page.locator('.document-pane__viewer');
      const drawn = pane.locator('.pdf-page[data-rendered-page="1"], .pdf-page__failed, .image-page[data-rendered-page="1"]');
      const explained = pane.locator('.viewer-message');
      await expect(drawn.or(explained).first()).toBeVisible({ timeout: PER_FILE_MS });
      const ms = Date.now() - started;
      if (await explained.count()) {
        outcomes.push({ file, shown: 'explained', detail: (await explained.first().innerText()).replace(/\s+/g, ' ').trim(), ms });
      } else {
        const failedPage = await pane.locator('.pdf-page__failed').count();
        const picture = await pane.locator('.image-page').count();
        const detail = picture ? 'picture shown' : failedPage ? 'page 1 could not be drawn (said so)' : 'page 1 drawn';
        outcomes.push({ file, shown: 'drawn', detail, ms });
      }
      if (file === 'xfa_issue14315.pdf') await page.screenshot({ path: join(SCREENSHOTS, 'viewer-corpus-xfa.png') });
    }
    await page.getByRole('button', { name: 'Queue' }).click();
    await expect(page.getByTestId('queue-table')).toBeVisible();
  }

  console.log(outcomes.map((o) => `${o.shown.padEnd(9)} ${String(o.ms).padStart(6)} ms  ${o.file}: ${o.detail}`).join('\n'));
  expect(outcomes.map((o) => o.file).sort()).toEqual([...corpus.files].sort());
  const byFile = new Map(outcomes.map((o) => [o.file, o]));
  // An owner password only: it opens, as in any PDF reader.
  expect(byFile.get('empty_protected.pdf')?.shown).toBe('drawn');
  expect(byFile.get('tracemonkey.pdf')?.shown).toBe('drawn');
  expect(byFile.get('evaljs.pdf')?.shown).toBe('drawn');
  expect(crashed).toBe(false);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
