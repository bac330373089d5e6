// An unsigned PoE that leaves a product out (issue 17): the partner signed its own block, the
// customer's block has the customer's name typed in but nothing on its signing row, and the claimed Power BI Pro is named only as
// "Out of scope". The checklist proposes both items, shows the empty block and the excluded
// product as evidence, and a click finds each on the page. EN/FR, light/dark, photographed.
import { rmSync } from 'node:fs';
import { openClaimByAddress, screenshot, settleViewer, watchConsole } from './desk';
import { callApi, expect, test } from './host-fixture';
import { UNSIGNED_CLAIM, writeUnsignedBundle } from './viewer-bundles';

test.use({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  bundle: async ({}, use) => {
    const dir = await writeUnsignedBundle();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

const WORDS = {
  en: { blank: 'left blank', excluded: 'excluded', partner: 'signed, not by the customer' },
  fr: { blank: 'laissée vide', excluded: 'exclu', partner: 'signée, pas par le client' },
} as const;

for (const [language, theme] of [['en', 'light'], ['fr', 'dark'], ['en', 'dark'], ['fr', 'light']] as const) {
  test(`an unsigned PoE that puts a product out of scope, in ${language}, ${theme}`, async ({ page, host }) => {
    const errors = watchConsole(page);
    await callApi(host, 'settings.update', { language, theme });
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.getByTestId('queue-row').first()).toBeVisible();
    await openClaimByAddress(page, UNSIGNED_CLAIM);
    await settleViewer(page);

    const ack = page.getByTestId('check-missing-customer-acknowledgment');
    const products = page.getByTestId('check-missing-products');
    // The pre-check runs in the background: wait for its evidence.
    await expect(ack.locator('.evidence__item').filter({ hasText: WORDS[language].blank })).toHaveCount(1, { timeout: 60_000 });
    await expect(products.locator('.evidence__item').filter({ hasText: WORDS[language].excluded })).toHaveCount(1);
    await expect(ack.locator('.evidence__item').filter({ hasText: WORDS[language].blank })).toContainText('Accepted by the customer');
    await expect(ack.locator('.evidence__item').filter({ hasText: WORDS[language].partner })).toContainText('Sam Okafor');
    await expect(products.locator('.evidence__item').filter({ hasText: WORDS[language].excluded })).toContainText('Power BI Pro');
    await expect(page.getByTestId('check-missing-customer-acknowledgment-proposal')).not.toHaveText(language === 'en' ? /no problem/ : /n’a rien trouvé/);
    await expect(page.getByTestId('check-missing-products-proposal')).not.toHaveText(language === 'en' ? /no problem/ : /n’a rien trouvé/);

    // The product row says "excluded", not "not found".
    await expect(page.getByTestId('product-Power BI Pro')).toContainText(WORDS[language].excluded);
    // The excluded product is found on the page, highlighted where the document says so.
    await products.locator('.evidence__item').filter({ hasText: WORDS[language].excluded }).click();
    await expect(page.getByTestId('evidence-bar')).toBeVisible();
    await expect(page.getByTestId('evidence-bar')).not.toHaveAttribute('data-status', 'missing');
    await screenshot(page, `unsigned-excluded-${language}-${theme}`);
    expect(errors).toEqual([]);
  });
}
