// WCAG 2.1 AA by axe-core on every screen and dialog, in English and French, light and dark
// (issue 18): no serious or critical violation. Each screen waits for its data first, so the scan
// reads the screen a reviewer works in, not a spinner.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Finding, scan } from './axe';
import { claimsIn, openClaimByAddress, settleViewer } from './desk';
import { callApi, expect, test } from './host-fixture';

for (const language of ['en', 'fr'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: every screen and dialog, ${language}, ${theme}`, async ({ page, host }) => {
      // Some twenty screens and dialogs, each loaded and scanned: minutes on a loaded machine
      // (over 3 measured at a load of 25 on 2 cores), so three times the usual safety net.
      test.slow();
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
      const scanDialogs = async (dialogs: readonly string[]) => {
        for (const dialog of dialogs) {
          await page.getByTestId(`action-${dialog}`).click();
          await expect(page.getByTestId(`dialog-${dialog}`)).toBeVisible();
          found.push(...(await scan(page, `dialog ${dialog}`, `[data-testid="dialog-${dialog}"]`)));
          await page.keyboard.press('Escape');
          await expect(page.getByTestId(`dialog-${dialog}`)).toBeHidden();
        }
      };
      await scanDialogs(['approve', 'request-info', 'reject']);
      // The answers to a dispute, and the 2023 policy's disassociation of an approved claim.
      const disputed = claimsIn(host, 'disputed')[0];
      const approved = claimsIn(host, 'approved').find((c) => c.policy === '2023');
      expect(disputed, 'the demo holds a disputed claim').toBeDefined();
      expect(approved, 'the demo holds an approved claim under the 2023 policy').toBeDefined();
      await openClaimByAddress(page, disputed!.id);
      await scanDialogs(['uphold-rejection', 'overturn-rejection']);
      await openClaimByAddress(page, approved!.id);
      await scanDialogs(['disassociate']);

      await page.getByTestId('screen-team').click();
      await expect(page.getByTestId('urgent-row').first()).toBeVisible();
      found.push(...(await scan(page, 'team')));
      await page.getByTestId('assign-one').first().click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      found.push(...(await scan(page, 'dialog assign', 'dialog[open]')));
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
      // Two claims chosen: the bulk assignment bar, with its count and its choices.
      await page.getByTestId('select-claim').nth(0).check();
      await page.getByTestId('select-claim').nth(1).check();
      await expect(page.getByTestId('selected-count')).toContainText('2');
      found.push(...(await scan(page, 'bulk assignment', '[data-testid="bulk-bar"]')));

      await page.getByTestId('screen-reports').click();
      await expect(page.getByTestId('report-row').first()).toBeVisible();
      found.push(...(await scan(page, 'reports')));
      await page.getByTestId('screen-settings').click();
      await expect(page.getByTestId('settings-identity')).toBeVisible();
      found.push(...(await scan(page, 'settings')));
      // The restore confirmation opens on any file chosen; it is scanned and left unconfirmed.
      const chosen = join(host.dataDir, 'chosen.cporbackup');
      writeFileSync(chosen, 'not opened: the restore is never confirmed');
      await page.getByTestId('settings-restore-file').setInputFiles(chosen);
      await expect(page.getByTestId('dialog-restore')).toBeVisible();
      found.push(...(await scan(page, 'dialog restore', '[data-testid="dialog-restore"]')));
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('dialog-restore')).toBeHidden();

      expect(found, 'serious or critical WCAG 2.1 AA violations').toEqual([]);
    });
  }
}
