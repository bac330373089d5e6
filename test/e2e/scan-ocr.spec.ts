// A scanned PoE on the desk (issue 17): the background pre-check reads the page by OCR, the
// checklist shows what it read with "OCR" and the engine's confidence, and a click on that
// evidence draws its box on the scanned page. EN/FR, light/dark, photographed.
import { rmSync } from 'node:fs';
import { openClaimByAddress, screenshot, settleViewer, watchConsole } from './desk';
import { callApi, expect, test } from './host-fixture';
import { SCAN_CLAIM, writeScanBundle } from './viewer-bundles';

test.use({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  bundle: async ({}, use) => {
    const dir = await writeScanBundle();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

for (const [language, theme] of [['en', 'light'], ['fr', 'dark']] as const) {
  test(`a scanned PoE read by OCR, its evidence located on the page, in ${language}, ${theme}`, async ({ page, host }) => {
    const errors = watchConsole(page);
    await callApi(host, 'settings.update', { language, theme });
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByTestId('queue-row').first()).toBeVisible();
    await openClaimByAddress(page, SCAN_CLAIM);
    await settleViewer(page);

    // The pre-check runs in the background (OCR takes seconds on a busy machine): wait for its evidence.
    const products = page.getByTestId('check-missing-products');
    const ocr = products.getByTestId('evidence-ocr');
    await expect(ocr).toHaveCount(1, { timeout: 120_000 });
    await expect(ocr).toHaveText(/^OCR \d{2,3}\u00a0?%$/);
    await expect(page.getByTestId('check-missing-products-proposal')).toHaveText(language === 'en' ? /no problem/ : /n’a rien trouvé/);
    await expect(page.getByTestId('check-missing-customer-acknowledgment').getByTestId('evidence-ocr').first()).toBeVisible();

    // The scan has no text to search: the evidence is drawn as its box, on the line that names the product.
    await products.locator('.evidence__item').first().click();
    const box = page.getByTestId('evidence-box');
    await expect(box).toBeVisible();
    await expect(page.getByTestId('evidence-bar')).not.toHaveClass(/evidence-bar--missing/);
    const mark = (await box.boundingBox())!;
    const sheet = (await page.locator('.pdf-page[data-page-number="1"]').boundingBox())!;
    expect(mark.width).toBeGreaterThan(40);
    expect(mark.height).toBeLessThan(40);
    // The fourth line of the page: in its upper quarter, inside its width.
    expect(mark.y - sheet.y).toBeGreaterThan(0);
    expect(mark.y - sheet.y).toBeLessThan(sheet.height / 4);
    expect(mark.x + mark.width).toBeLessThanOrEqual(sheet.x + sheet.width);
    await screenshot(page, `scan-ocr-${language}-${theme}`);
    expect(errors).toEqual([]);
  });
}
