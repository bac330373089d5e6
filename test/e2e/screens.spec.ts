// Issue 5's second acceptance point: the team lead view, the reports screen and the settings, in
// English and French, light and dark, photographed for a person to judge (screens-*.png). Each
// photograph waits for the screen's data, so none shows a spinner; the French ones are scanned
// for English outside the data, and no combination may log an error.
import type { Page } from '@playwright/test';
import { screenshot, watchConsole } from './desk';
import { englishLeft } from './french';
import { callApi, expect, test } from './host-fixture';

const SCREENS: readonly { readonly name: string; readonly ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'team',
    ready: async (page) => {
      await expect(page.getByTestId('tile-open')).toBeVisible();
      await expect(page.locator('[data-testid="decisions-chart"] .recharts-bar-rectangle').first()).toBeVisible();
      await expect(page.getByTestId('urgent-row').first()).toBeVisible();
    },
  },
  {
    name: 'reports',
    ready: async (page) => {
      await expect(page.getByTestId('report-row').first()).toBeVisible();
    },
  },
  {
    name: 'settings',
    ready: async (page) => {
      await expect(page.getByTestId('settings-identity')).toBeVisible();
      await expect(page.getByTestId('settings-data')).toBeVisible();
    },
  },
];

for (const language of ['en', 'fr'] as const) {
  test.describe(language === 'en' ? 'English' : 'French', () => {
    // A French reviewer's system is French (navigator.language, number and date formats).
    test.use({ locale: language === 'en' ? 'en-US' : 'fr-FR' });
    for (const theme of ['light', 'dark'] as const) {
      test(`team, reports and settings in ${language === 'en' ? 'English' : 'French'}, ${theme}`, async ({ page, host }) => {
        const errors = watchConsole(page);
        await callApi(host, 'settings.update', { theme, language });
        await page.goto(host.url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        const left: Record<string, string[]> = {};
        for (const screen of SCREENS) {
          await page.getByTestId(`screen-${screen.name}`).click();
          await screen.ready(page);
          await screenshot(page, `screens-${screen.name}-${language}-${theme}`);
          if (language === 'fr') {
            const found = await englishLeft(page);
            if (found.length > 0) left[screen.name] = found;
          }
        }
        expect(left, 'strings left in English').toEqual({});
        expect(errors).toEqual([]);
      });
    }
  });
}
