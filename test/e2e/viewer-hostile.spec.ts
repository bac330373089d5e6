// Robustness without the external corpus: hostile PDFs made at run time (fixtures/hostile-pdfs.ts),
// each imported into a claim beside a good statement of work and opened in the viewer.
// Each is drawn or explained in a sentence; no script runs and no link launches anything; the
// page never crashes or logs an error; and the good document still opens afterwards.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { HUGE_PAGES, SCRIPT_GLOBAL } from '../fixtures/hostile-pdfs';
import { expect, test as hostTest } from './host-fixture';
import { SCREENSHOTS } from './paths';
import { HOSTILE_CLAIM, HOSTILE_DOCS, type HostileDoc, SOW_PAGES, writeHostileBundle } from './viewer-bundles';
import { collectErrors, ViewerPage } from './viewer-page';

/** What a test saw go wrong in the page: errors, dialogs, new windows, a crash. */
interface Trouble {
  readonly errors: string[];
  readonly dialogs: string[];
  readonly popups: string[];
  crashed: boolean;
}

const test = hostTest.extend<{ hostile: HostileDoc; trouble: Trouble; viewer: ViewerPage }>({
  /** The hostile file of the test's claim (test.use). */
  hostile: ['garbage', { option: true }],
  bundle: async ({ hostile }, use) => {
    const dir = await writeHostileBundle(hostile);
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  trouble: async ({ page, context }, use) => {
    const trouble: Trouble = { errors: collectErrors(page), dialogs: [], popups: [], crashed: false };
    page.on('dialog', (d) => {
      trouble.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('crash', () => {
      trouble.crashed = true;
    });
    context.on('page', (p) => trouble.popups.push(p.url()));
    await use(trouble);
  },
  viewer: async ({ page, host, trouble }, use) => {
    void trouble;
    await page.goto(host.url);
    await expect(page.getByTestId('queue-table')).toBeVisible();
    const viewer = new ViewerPage(page);
    await viewer.openClaim(HOSTILE_CLAIM);
    await expect(viewer.tab(HOSTILE_DOCS.sow)).toHaveAttribute('aria-selected', 'true');
    await expect(viewer.painted(1)).toBeVisible();
    await use(viewer);
  },
});

const pageCount = (page: Page) => page.getByTestId('page-count');
const message = (page: Page) => page.locator('.document-pane__viewer .viewer-message');

async function explains(page: Page, sentence: string): Promise<void> {
  await expect(message(page)).toContainText('Cannot show this document');
  await expect(message(page)).toContainText(sentence);
}

type Case = {
  readonly doc: HostileDoc;
  readonly title: string;
  readonly check: (page: Page, viewer: ViewerPage) => Promise<void>;
};

const CASES: readonly Case[] = [
  {
    doc: 'brokenXref',
    title: 'a broken cross-reference table is rebuilt: both pages are drawn',
    check: async (page, viewer) => {
      await expect(pageCount(page)).toHaveText('of 2');
      await expect(viewer.painted(1)).toBeVisible();
      await expect(message(page)).toHaveCount(0);
    },
  },
  {
    doc: 'truncated',
    title: 'a file cut in half is explained as damaged',
    check: (page) => explains(page, 'This file is damaged or not a PDF.'),
  },
  {
    doc: 'encrypted',
    title: 'a file with a user password is explained as password-protected',
    check: (page) => explains(page, 'This PDF is password-protected and cannot be shown.'),
  },
  {
    doc: 'locked',
    title: 'a really encrypted file (RC4, 128 bits) is explained as password-protected',
    check: async (page) => {
      await explains(page, 'This PDF is password-protected and cannot be shown.');
      await page.screenshot({ path: join(SCREENSHOTS, 'viewer-hostile-locked.png') });
    },
  },
  {
    doc: 'scripted',
    title: 'a file with scripts and a launch link is drawn, and nothing runs or launches',
    check: async (page, viewer) => {
      await expect(pageCount(page)).toHaveText('of 1');
      await expect(viewer.painted(1)).toBeVisible();
      // The launch link covers the whole page: a click on the page is only a click.
      await viewer.painted(1).click();
      await expect(viewer.painted(1)).toBeVisible();
      expect(await page.evaluate((name) => name in window, SCRIPT_GLOBAL)).toBe(false);
    },
  },
  {
    doc: 'huge',
    title: 'a hundred thousand pages: the first two thousand are shown, and the viewer says so',
    check: async (page, viewer) => {
      // Laying out two thousand pages and their thumbnails takes seconds, more on a busy machine.
      test.slow();
      await expect(page.locator('.viewer-notice')).toHaveText(
        `This file claims ${HUGE_PAGES.toLocaleString('en-US')} pages; the viewer shows the first 2,000.`,
        { timeout: 60_000 },
      );
      await expect(pageCount(page)).toHaveText('of 2000');
      await expect(viewer.painted(1)).toBeVisible();
      await viewer.pageInput.fill('2000');
      await viewer.pageInput.press('Enter');
      await expect(viewer.painted(2000)).toBeVisible();
      await expect(viewer.pageInput).toHaveValue('2000');
      await page.screenshot({ path: join(SCREENSHOTS, 'viewer-hostile-huge.png') });
    },
  },
  {
    doc: 'imageOnly',
    title: 'a page that is only a picture is drawn, and find says it has no text to search',
    check: async (page, viewer) => {
      await expect(pageCount(page)).toHaveText('of 1');
      await expect(viewer.painted(1)).toBeVisible();
      await page.getByTestId('find-toggle').click();
      await viewer.findInput.fill('Statement');
      await expect(viewer.findStatus).toHaveAttribute('data-done', 'true');
      await expect(viewer.findStatus).toHaveText('No text to search: this looks like a scan');
    },
  },
  {
    doc: 'garbage',
    title: 'garbage behind a PDF header is explained as damaged',
    check: (page) => explains(page, 'This file is damaged or not a PDF.'),
  },
  {
    doc: 'pictureNamed',
    title: 'a picture named .pdf is shown as the picture it is',
    check: async (page) => {
      await expect(page.getByTestId('image-viewer').locator('[data-rendered-page="1"]')).toBeVisible();
    },
  },
];

for (const c of CASES) {
  test.describe(() => {
    test.use({ hostile: c.doc });

    test(`${HOSTILE_DOCS[c.doc]}: ${c.title}; the good document opens after it`, async ({ page, viewer, trouble }) => {
      await viewer.tab(HOSTILE_DOCS[c.doc]).click();
      await expect(viewer.tab(HOSTILE_DOCS[c.doc])).toHaveAttribute('aria-selected', 'true');
      await c.check(page, viewer);

      // The app is still usable: the good document opens and draws.
      await viewer.tab(HOSTILE_DOCS.sow).click();
      await expect(viewer.tab(HOSTILE_DOCS.sow)).toHaveAttribute('aria-selected', 'true');
      await expect(pageCount(page)).toHaveText(`of ${SOW_PAGES}`);
      await expect(viewer.painted(1)).toBeVisible();
      await expect(message(page)).toHaveCount(0);

      expect(trouble.crashed).toBe(false);
      expect(trouble.dialogs).toEqual([]);
      expect(trouble.popups).toEqual([]);
      expect(trouble.errors).toEqual([]);
    });
  });
}
