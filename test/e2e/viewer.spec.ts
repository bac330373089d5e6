// The PoE viewer as a reviewer uses it: tabs for a claim's documents, page rail, page moves,
// zoom, rotation, find with every hit highlighted, text selection, pictures, and a file the
// viewer cannot show.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pdfCorpus } from '../fixtures/corpus';
import { expect, test as hostTest } from './host-fixture';
import { SCREENSHOTS } from './paths';
import { LONG_PAGES, LONG_WORD, MILESTONES, SHEET_BYTES, SOW_PAGES, VIEWER_CLAIM, VIEWER_DOCS, viewerDocNames, writeViewerBundle } from './viewer-bundles';
import { collectErrors, ViewerPage } from './viewer-page';

const test = hostTest.extend<{ viewer: ViewerPage; errors: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  bundle: async ({}, use) => {
    const dir = await writeViewerBundle();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  errors: async ({ page }, use) => {
    await use(collectErrors(page));
  },
  viewer: async ({ page, host, errors }, use) => {
    void errors;
    await page.goto(host.url);
    await expect(page.getByTestId('queue-table')).toBeVisible();
    const viewer = new ViewerPage(page);
    await viewer.openClaim(VIEWER_CLAIM);
    await expect(viewer.painted(1)).toBeVisible();
    await use(viewer);
  },
});

const MILESTONE_HITS = Object.values(MILESTONES).reduce((a, b) => a + b, 0);
/** The real paper comes from the PDF corpus: its test is skipped, saying why, where there is none. */
const corpus = pdfCorpus();

test('documents as tabs, the page rail, page moves by keyboard, and each document keeps its place', async ({ page, viewer, errors }) => {
  await expect(viewer.documentTabs).toHaveCount(viewerDocNames().length);
  await expect(viewer.tab(VIEWER_DOCS.sow)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('page-count')).toHaveText(`of ${SOW_PAGES}`);
  await expect(page.getByTestId('thumbnail')).toHaveCount(SOW_PAGES);

  await viewer.thumbnail(4).click();
  await expect(viewer.pageInput).toHaveValue('4');
  await expect(viewer.painted(4)).toBeVisible();
  expect(await viewer.isInView(viewer.pageBox(4))).toBe(true);
  await expect(viewer.thumbnail(4)).toHaveAttribute('aria-current', 'page');
  await page.screenshot({ path: join(SCREENSHOTS, 'viewer-thumbnails.png') });

  await page.keyboard.press('ArrowRight');
  await expect(viewer.pageInput).toHaveValue('5');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(viewer.pageInput).toHaveValue('3');
  await viewer.pageInput.fill('6');
  await viewer.pageInput.press('Enter');
  await expect(viewer.pageInput).toHaveValue('6');
  await expect(viewer.painted(6)).toBeVisible();
  // A '+' typed into the page box is text, not a zoom.
  await viewer.pageInput.press('+');
  await expect(viewer.zoomSelect).toHaveValue('fit-width');

  // Tabs follow the ARIA pattern: arrows move between documents.
  await viewer.tab(VIEWER_DOCS.sow).focus();
  await page.keyboard.press('ArrowRight');
  await expect(viewer.tab(VIEWER_DOCS.long)).toHaveAttribute('aria-selected', 'true');
  await expect(viewer.tab(VIEWER_DOCS.long)).toBeFocused();
  await expect(page.getByTestId('page-count')).toHaveText(`of ${LONG_PAGES}`);
  await expect(viewer.painted(1)).toBeVisible();
  await viewer.tab(VIEWER_DOCS.sow).click();
  await expect(viewer.pageInput).toHaveValue('6');
  await expect(viewer.painted(6)).toBeVisible();
  expect(errors).toEqual([]);
});

test('zoom to fit the page, to a percentage and by keys; rotate', async ({ page, viewer, errors }) => {
  const letter = { width: 816, height: 1056 }; // 612 x 792 pt at 96 dpi
  await viewer.zoomSelect.selectOption('fit-page');
  await expect(viewer.zoomSelect.locator('option:checked')).toHaveText(/Fit page \(\d+ %\)/);
  const area = await viewer.scroller.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
  await expect.poll(async () => (await viewer.boxSize(1)).height).toBeLessThanOrEqual(area.height);
  await expect(viewer.painted(1)).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'viewer-fit-page.png') });

  await viewer.zoomSelect.selectOption('1.5');
  await expect.poll(async () => (await viewer.boxSize(1)).width).toBe(letter.width * 1.5);
  await viewer.scroller.focus();
  await page.keyboard.press('-');
  await expect(viewer.zoomSelect).toHaveValue('1.25');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(viewer.zoomSelect).toHaveValue('1.75');
  await expect.poll(async () => (await viewer.boxSize(1)).width).toBe(Math.floor(letter.width * 1.75));

  await viewer.zoomSelect.selectOption('fit-width');
  await page.getByRole('button', { name: 'Rotate right' }).click();
  await expect.poll(async () => {
    const s = await viewer.boxSize(1);
    return s.width > s.height;
  }).toBe(true);
  await expect(viewer.painted(1)).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'viewer-rotated.png') });
  await page.getByRole('button', { name: 'Rotate left' }).click();
  await expect.poll(async () => {
    const s = await viewer.boxSize(1);
    return s.width < s.height;
  }).toBe(true);
  expect(errors).toEqual([]);
});

test('find highlights every hit and steps through them; the text can be selected', async ({ page, viewer, errors }) => {
  await viewer.scroller.focus();
  await page.keyboard.press('f');
  await expect(viewer.findInput).toBeFocused();
  await viewer.findInput.fill('Milestone');
  await expect(viewer.findStatus).toHaveText(`1 of ${MILESTONE_HITS}`);
  await expect(viewer.findStatus).toHaveAttribute('data-done', 'true');
  await expect(viewer.marks(2)).toHaveCount(1);
  await expect(page.locator('.viewer-mark--current')).toHaveCount(1);
  expect(await viewer.isInView(page.locator('.viewer-mark--current'))).toBe(true);
  await expect(viewer.pageInput).toHaveValue('2');

  await viewer.findInput.press('Enter');
  await expect(viewer.findStatus).toHaveText(`2 of ${MILESTONE_HITS}`);
  await expect(viewer.pageInput).toHaveValue('4');
  // Both hits on page 4 are highlighted; the first is the current one.
  await expect(viewer.marks(4)).toHaveCount(2);
  await expect(viewer.marks(4).first()).toHaveClass(/viewer-mark--current/);
  await expect(viewer.marks(4).last()).toHaveClass(/viewer-mark--hit/);
  expect(await viewer.isInView(page.locator('.viewer-mark--current'))).toBe(true);
  await page.screenshot({ path: join(SCREENSHOTS, 'viewer-find.png') });

  await viewer.findInput.press('Enter');
  await viewer.findInput.press('Enter');
  await expect(viewer.findStatus).toHaveText(`4 of ${MILESTONE_HITS}`);
  await expect(viewer.pageInput).toHaveValue('6');
  await viewer.findInput.press('Enter');
  await expect(viewer.findStatus).toHaveText(`1 of ${MILESTONE_HITS}`);
  await viewer.findInput.press('Shift+Enter');
  await expect(viewer.findStatus).toHaveText(`4 of ${MILESTONE_HITS}`);
  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(viewer.findStatus).toHaveText(`3 of ${MILESTONE_HITS}`);
  // Keys typed into the find field are text: no zoom.
  await viewer.findInput.press('+');
  await expect(viewer.zoomSelect).toHaveValue('fit-width');

  await viewer.findInput.fill('no such words anywhere');
  await expect(viewer.findStatus).toHaveText('No matches');
  await viewer.findInput.press('Escape');
  await expect(page.getByTestId('find-bar')).toHaveCount(0);
  await expect(viewer.marks()).toHaveCount(0);
  await expect(page.getByTestId('claim-view')).toBeVisible();

  // Selection: drag across the heading of page 1, as a reviewer copying it would.
  await viewer.thumbnail(1).click();
  await expect(viewer.painted(1)).toBeVisible();
  const heading = page.locator('.pdf-page[data-page-number="1"] .textLayer span', { hasText: 'Statement of Work' });
  const box = await heading.boundingBox();
  if (!box) throw new Error('the heading has no text-layer span');
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toMatch(/^Statement of Wor/);
  expect(errors).toEqual([]);
});

test.describe('with the real paper of the PDF corpus', () => {
  test.skip(corpus.skipReason !== null, corpus.skipReason ?? '');

  test('find in a real paper: every hit on the drawn pages is highlighted', async ({ page, viewer, errors }) => {
    await viewer.tab(VIEWER_DOCS.paper).click();
    await expect(viewer.painted(1)).toBeVisible();
    await page.getByTestId('find-toggle').click();
    await viewer.findInput.fill('trace');
    await expect(viewer.findStatus).toHaveAttribute('data-done', 'true');
    const total = Number(await viewer.findStatus.getAttribute('data-hits'));
    expect(total).toBeGreaterThan(50);
    await expect(viewer.findStatus).toHaveText(`1 of ${total}`);
    await expect.poll(async () => viewer.marks(1).count()).toBeGreaterThan(5);
    await page.screenshot({ path: join(SCREENSHOTS, 'viewer-find-paper.png') });
    expect(errors).toEqual([]);
  });
});

test('pictures are shown as images, and a file the viewer cannot show offers a download', async ({ page, viewer, errors }) => {
  await viewer.tab(VIEWER_DOCS.scan).click();
  const image = page.getByTestId('image-viewer');
  await expect(image.locator('[data-rendered-page="1"]')).toBeVisible();
  await expect(image.getByRole('img', { name: /Scan\.png/ })).toBeVisible();
  await viewer.zoomSelect.selectOption('fit-page');
  await page.screenshot({ path: join(SCREENSHOTS, 'viewer-image.png') });
  const before = await image.locator('.image-page').evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));
  await page.getByRole('button', { name: 'Rotate right' }).click();
  await expect.poll(async () => image.locator('.image-page').evaluate((el) => el.clientWidth > el.clientHeight)).toBe(true);
  expect(before.w).toBeLessThan(before.h);

  await viewer.tab(VIEWER_DOCS.photo).click();
  await expect(page.getByTestId('image-viewer').locator('[data-rendered-page="1"]')).toBeVisible();
  await expect(page.getByRole('img', { name: /Site photo\.jpg/ })).toBeVisible();

  await viewer.tab(VIEWER_DOCS.sheet).click();
  const none = page.getByTestId('no-preview');
  await expect(none).toContainText('Cannot preview this file type');
  await expect(none).toContainText('Excel workbook');
  await page.screenshot({ path: join(SCREENSHOTS, 'viewer-no-preview.png') });
  const [download] = await Promise.all([page.waitForEvent('download'), none.getByTestId('download-document').click()]);
  expect(download.suggestedFilename()).toBe(VIEWER_DOCS.sheet);
  const saved = await download.path();
  expect(readFileSync(saved).equals(SHEET_BYTES)).toBe(true);
  expect(errors).toEqual([]);
});

test('the page on screen is drawn first; the page below it, off screen, only after', async ({ page, viewer, errors }) => {
  // Each page of the long document asked for and drawn, in order (the document on screen before
  // it, which has fewer pages, may still be drawing the page below its first).
  await page.evaluate((pages) => {
    const steps: string[] = [];
    (globalThis as unknown as { __steps: string[] }).__steps = steps;
    new MutationObserver((changes) => {
      for (const change of changes) {
        const box = change.target as HTMLElement;
        if (box.parentElement?.children.length !== pages) continue;
        const value = change.attributeName === 'data-drawing' ? box.dataset.drawing : box.dataset.renderedPage;
        if (!value) continue;
        const pageNumber = Array.prototype.indexOf.call(box.parentElement.children, box) + 1;
        steps.push(`${change.attributeName === 'data-drawing' ? 'asked' : 'drawn'} ${pageNumber}`);
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-rendered-page', 'data-drawing'] });
  }, LONG_PAGES);
  await viewer.tab(VIEWER_DOCS.long).click();
  await expect(viewer.painted(2)).toHaveCount(1);
  // Page 2 starts below the window's bottom edge: it waits for page 1.
  const scroller = await viewer.scroller.boundingBox();
  const second = await page.locator('.pdf-page').nth(1).boundingBox();
  expect(second!.y).toBeGreaterThan(scroller!.y + scroller!.height);
  const steps = await page.evaluate(() => (globalThis as unknown as { __steps: string[] }).__steps);
  expect(steps.slice(0, 4)).toEqual(['asked 1', 'drawn 1', 'asked 2', 'drawn 2']);
  expect(errors).toEqual([]);
});

test('a 200-page file stays light: only pages near the screen hold a drawing', async ({ page, viewer, errors }) => {
  await viewer.tab(VIEWER_DOCS.long).click();
  await expect(page.getByTestId('page-count')).toHaveText(`of ${LONG_PAGES}`);
  await expect(viewer.painted(1)).toBeVisible();
  await expect(page.locator('.pdf-page')).toHaveCount(LONG_PAGES);
  await expect(page.getByTestId('thumbnail')).toHaveCount(LONG_PAGES);

  await viewer.pageInput.fill(String(LONG_PAGES));
  await viewer.pageInput.press('Enter');
  await expect(viewer.painted(LONG_PAGES)).toBeVisible();
  await expect(viewer.pageInput).toHaveValue(String(LONG_PAGES));
  // Scroll through the middle by hand: pages are drawn where the reviewer is, let go elsewhere.
  await viewer.scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await expect(viewer.pageInput).toHaveValue(/^(99|100|101)$/);
  const middle = Number(await viewer.pageInput.inputValue());
  await expect(viewer.painted(middle)).toBeVisible();
  // The page rail follows: the current page's picture is in sight.
  await expect.poll(async () => viewer.isInView(viewer.thumbnail(middle), page.locator('.thumbnails__scroll'))).toBe(true);
  await expect.poll(async () => page.locator('.pdf-page canvas').count()).toBeLessThanOrEqual(4);
  await expect(viewer.painted(LONG_PAGES)).toHaveCount(0);

  await viewer.scroller.focus();
  await page.keyboard.press('f');
  await viewer.findInput.fill(LONG_WORD);
  await expect(viewer.findStatus).toHaveAttribute('data-done', 'true', { timeout: 30_000 });
  await expect(viewer.findStatus).toHaveText(`${Math.floor(middle / 10) + (middle % 10 === 0 ? 0 : 1)} of ${LONG_PAGES / 10}`);
  await page.screenshot({ path: join(SCREENSHOTS, 'viewer-long.png') });
  expect(errors).toEqual([]);
});

test('keyboard only: every stop in the viewer shows where the focus is', async ({ page, viewer, errors }) => {
  // From the element before the tabs, by key, so the browser treats the focus as keyboard focus.
  await viewer.tab(VIEWER_DOCS.sow).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || !el.closest('.document-pane')) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName, ring };
    });
    if (!stop) break;
    expect(stop.ring, `focus ring on ${stop.name}`).toBe(true);
    seen.push(stop.name);
    if (stop.name === 'Page 1') await page.screenshot({ path: join(SCREENSHOTS, 'viewer-keyboard-focus.png') });
    await page.keyboard.press('Tab');
  }
  // Tabs, the toolbar, the page rail and the pages are all reachable.
  expect(seen).toEqual(expect.arrayContaining([VIEWER_DOCS.sow, 'Page thumbnails', 'Next page', 'Zoom in', 'Rotate right', 'Find in document', 'Page 1']));
  expect(seen.some((s) => s.startsWith('Document, page'))).toBe(true);
  expect(errors).toEqual([]);
});
