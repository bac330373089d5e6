// A digitally signed PoE on the desk (issue 17): the checklist says who signed and whether the
// document is unchanged since, in plain words, and a copy edited after signing says so in the
// colour of trouble, and a signature drawn on no page is shown as about the whole file. PDFs signed
// at test time with pkijs (fixtures/signed-pdf.ts).
import { rmSync } from 'node:fs';
import { openClaimByAddress, screenshot, settleViewer, watchConsole } from './desk';
import { callApi, expect, test } from './host-fixture';
import { SIGNED_CLAIM, writeSignedBundle } from './viewer-bundles';

test.use({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  bundle: async ({}, use) => {
    const dir = await writeSignedBundle();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

const WORDS = {
  en: { intact: /Signed by Jane Doe \(Contoso Ltd\) on .*unchanged since signing; the certificate was not checked against a trust list/, altered: /changed after signing: the signed content no longer matches/ },
  fr: { intact: /Signé par Jane Doe \(Contoso Ltd\) le .*n’a pas changé depuis la signature/, altered: /modifié après la signature\u00a0: le contenu signé ne correspond plus/ },
} as const;

for (const [language, theme] of [['en', 'light'], ['fr', 'dark']] as const) {
  test(`a signed PoE and a copy edited after signing, in ${language}, ${theme}`, async ({ page, host }) => {
    const errors = watchConsole(page);
    await callApi(host, 'settings.update', { language, theme });
    await page.goto(host.url);
    // The person's settings arrive after the first paint: wait for them, or the pictures lie.
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByTestId('queue-row').first()).toBeVisible();
    await openClaimByAddress(page, SIGNED_CLAIM);
    await settleViewer(page);

    const item = page.getByTestId('check-missing-customer-acknowledgment');
    const lines = item.getByTestId('digital-signature');
    await expect(lines).toHaveCount(3);
    await expect(lines.and(page.locator('[data-integrity="intact"]'))).toHaveCount(2);
    await expect(lines.and(page.locator('[data-integrity="intact"]')).first()).toContainText(WORDS[language].intact);
    // A signature drawn on no page is about the whole file: said so, with nothing to click.
    const wholeFile = item.getByTestId('evidence-whole-file');
    await expect(wholeFile).toHaveCount(1);
    await expect(wholeFile).toContainText(language === 'en' ? 'whole file' : 'tout le fichier');
    await expect(wholeFile.locator('xpath=..').getByTestId('digital-signature')).toContainText(WORDS[language].intact);
    await expect(lines.and(page.locator('[data-integrity="altered"]'))).toContainText(WORDS[language].altered);
    // One intact signature acknowledges the claim: the pre-check does not propose the deficiency.
    await expect(page.getByTestId('check-missing-customer-acknowledgment-proposal')).toHaveText(language === 'en' ? /no problem/ : /n’a rien trouvé/);
    await page.getByTestId('check-missing-customer-acknowledgment').scrollIntoViewIfNeeded();
    await screenshot(page, `digital-signature-${language}-${theme}`);
    expect(errors).toEqual([]);
  });
}
