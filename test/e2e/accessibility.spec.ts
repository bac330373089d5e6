// WCAG 2.1 AA by axe-core on every screen and dialog, in English and French, light and dark
// (issue 18): no serious or critical violation. Each screen waits for its data first, so the scan
// reads the screen a reviewer works in, not a spinner.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { claimsIn, openClaimByAddress, settleViewer } from './desk';
import { callApi, expect, test } from './host-fixture';

interface Finding {
  readonly where: string;
  readonly rule: string;
  readonly impact: string;
  readonly targets: string[];
}

async function scan(page: Page, where: string, include?: string): Promise<Finding[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      where,
      rule: v.id,
      impact: v.impact ?? '',
      // For contrast, the colours and the ratio axe measured, so the failure says what to change.
      targets: v.nodes.slice(0, 6).map((n) => {
        const data = n.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
        return `${n.target.join(' ')}${data?.contrastRatio ? ` (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio})` : ''}`;
      }),
    }));
}

for (const language of ['en', 'fr'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: every screen and dialog, ${language}, ${theme}`, async ({ page, host }) => {
      await callApi(host, 'settings.update', { language, theme });
      await page.goto(host.url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const found: Finding[] = [];
      await expect(page.getByTestId('queue-row').first()).toBeVisible();
      found.push(...(await scan(page, 'queue')));

      await page.keyboard.press('?');
      await expect(page.getByTestId('shortcut-help')).toBeVisible();
      found.push(...(await scan(page, 'shortcut help', '[data-testid="shortcut-help"]')));
      await page.keyboard.press('Escape');

      const claim = claimsIn(host, 'under-review')[0]!;
      await openClaimByAddress(page, claim.id);
      await settleViewer(page);
      found.push(...(await scan(page, 'claim')));
      // Opened by their buttons: the keys are desk-keyboard.spec's to test; this one scans.
      for (const dialog of ['approve', 'request-info', 'reject'] as const) {
        await page.getByTestId(`action-${dialog}`).click();
        await expect(page.getByTestId(`dialog-${dialog}`)).toBeVisible();
        found.push(...(await scan(page, `dialog ${dialog}`, `[data-testid="dialog-${dialog}"]`)));
        await page.keyboard.press('Escape');
        await expect(page.getByTestId(`dialog-${dialog}`)).toBeHidden();
      }

      await page.getByTestId('screen-team').click();
      await expect(page.getByTestId('urgent-row').first()).toBeVisible();
      found.push(...(await scan(page, 'team')));
      await page.getByTestId('assign-one').first().click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      found.push(...(await scan(page, 'dialog assign', 'dialog[open]')));
      await page.keyboard.press('Escape');

      await page.getByTestId('screen-reports').click();
      await expect(page.getByTestId('report-row').first()).toBeVisible();
      found.push(...(await scan(page, 'reports')));
      await page.getByTestId('screen-settings').click();
      await expect(page.getByTestId('settings-identity')).toBeVisible();
      found.push(...(await scan(page, 'settings')));

      expect(found, 'serious or critical WCAG 2.1 AA violations').toEqual([]);
    });
  }
}
