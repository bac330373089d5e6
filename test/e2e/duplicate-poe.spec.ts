// The same PoE file on two claims for different customers (issue 17): the queue marks both rows,
// the claim names the other under "Missing all PoE", and one click opens it, which says the same.
// A letter copied with its names and date changed is another file with nearly the same text:
// marked the same way, with the share of wording.
import { rmSync } from 'node:fs';
import { openClaimByAddress, screenshot, settleViewer, watchConsole } from './desk';
import { callApi, expect, test } from './host-fixture';
import { DUPLICATE_CLAIMS, NEAR_COPY_CLAIMS, writeDuplicateBundle } from './viewer-bundles';

test.use({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  bundle: async ({}, use) => {
    const dir = await writeDuplicateBundle();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

const [FIRST, SECOND, THIRD] = DUPLICATE_CLAIMS;
const [ORIGINAL, COPY] = NEAR_COPY_CLAIMS;

for (const [language, theme] of [['en', 'light'], ['fr', 'dark']] as const) {
  test(`a PoE file used on two claims is marked in the queue and on both claims, in ${language}, ${theme}`, async ({ page, host }) => {
    const errors = watchConsole(page);
    await callApi(host, 'settings.update', { language, theme });
    await page.goto(host.url);
    // The person's settings arrive after the first paint: wait for them, or the pictures lie.
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const row = (id: string) => page.locator(`[data-testid="queue-row"][data-claim-id="${id}"]`);
    await expect(row(FIRST).getByTestId('duplicate-poe-marker')).toBeVisible();
    await expect(row(SECOND).getByTestId('duplicate-poe-marker')).toBeVisible();
    await expect(row(THIRD)).toBeVisible();
    await expect(row(THIRD).getByTestId('duplicate-poe-marker')).toHaveCount(0);
    await expect(row(ORIGINAL).getByTestId('duplicate-poe-marker')).toBeVisible();
    await expect(row(COPY).getByTestId('duplicate-poe-marker')).toBeVisible();
    await screenshot(page, `duplicate-poe-queue-${language}-${theme}`);

    await openClaimByAddress(page, FIRST);
    await settleViewer(page);
    const notice = page.getByTestId('check-missing-poe').getByTestId('duplicate-poe');
    await expect(notice).toContainText('Fabrikam Inc');
    await screenshot(page, `duplicate-poe-claim-${language}-${theme}`);
    await notice.getByTestId('duplicate-poe-claim').click();
    await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', new RegExp(`${SECOND}$`));
    await expect(page.getByTestId('check-missing-poe').getByTestId('duplicate-poe-claim')).toHaveAttribute('data-claim-id', FIRST);

    // The retyped copy: another file, nearly the same words, named with the share of wording.
    await openClaimByAddress(page, COPY);
    await settleViewer(page);
    const near = page.getByTestId('check-missing-poe').getByTestId('duplicate-poe');
    await expect(near.locator('li[data-match="near-identical"]')).toHaveCount(1);
    await expect(near.getByTestId('duplicate-poe-claim')).toHaveAttribute('data-claim-id', ORIGINAL);
    await expect(near).toContainText(/\d+\u00a0?%/);
    await screenshot(page, `duplicate-poe-near-${language}-${theme}`);
    expect(errors).toEqual([]);
  });
}
