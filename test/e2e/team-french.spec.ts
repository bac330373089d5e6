// The Team screen in French: every state a team lead reaches (both urgent lists, the assignment
// picker, the single-claim dialog, a bulk assignment's notice, both charts as tables, the competing
// customers) is scanned for English outside the data; dates and numbers are French.
import type { Page } from '@playwright/test';
import { competingSettled, screenshot, watchConsole } from './desk';
import { englishLeft } from './french';
import { expect, test } from './host-fixture';

const FRENCH_DATE = /\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\./;
const FRENCH_LONG_DAY = /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \p{L}+ \d{4}$/u;

/** Scans the page; every screen's leftovers are reported together at the end. */
function scanner(page: Page) {
  const left: Record<string, string[]> = {};
  return {
    left,
    scan: async (where: string) => {
      const found = await englishLeft(page);
      if (found.length > 0) left[where] = found;
    },
  };
}

test('the Team screen in French: no English outside the data, French dates and numbers', async ({ page, host }) => {
  const errors = watchConsole(page);
  const { left, scan } = scanner(page);
  await page.addInitScript(() => localStorage.setItem('cpor.language', 'fr'));
  await page.goto(host.url);
  await page.getByTestId('screen-team').click();
  await expect(page.getByTestId('tile-open')).toBeVisible();
  await expect(page.locator('[data-testid="ageing-chart"] .recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vue d’équipe' })).toBeVisible();
  await expect(page.getByTestId('team-generated-at')).toHaveText(FRENCH_DATE);
  await expect(page.getByTestId('team-period').locator('option').first()).toHaveText('les 7 derniers jours');
  // The decisions chart's axis names the days in French ("lun. 16").
  await expect(page.locator('[data-testid="decisions-chart"] .recharts-cartesian-axis-tick-value').first()).toHaveText(/^(lun|mar|mer|jeu|ven|sam|dim)\. \d{1,2}$/);
  await scan('overview');
  await screenshot(page, 'fr-team');
  const legend = page.locator('[data-testid="decisions-chart"] .recharts-legend-item-text');
  await expect(legend).toHaveText(['Approuvées', 'Informations demandées', 'Rejetées', 'Contestations traitées']);
  await page.getByTestId('decisions-card').scrollIntoViewIfNeeded();
  await screenshot(page, 'fr-team-charts');
  // A day's tooltip: the long French date, the outcomes in the legend's order, French colons.
  const chart = page.getByTestId('decisions-chart');
  const bar = (await chart.locator('.recharts-bar-rectangle').last().boundingBox())!;
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  const tooltip = chart.locator('.recharts-default-tooltip');
  await expect(tooltip.locator('.recharts-tooltip-label')).toHaveText(FRENCH_LONG_DAY);
  await expect(tooltip.locator('.recharts-tooltip-item-name').first()).toHaveText('Approuvées');
  await expect(tooltip.locator('.recharts-tooltip-item-separator').first()).toHaveText('\u00a0: ');
  await scan('chart tooltip');
  await screenshot(page, 'fr-team-tooltip');
  await page.mouse.move(0, 0);

  for (const tab of ['breached', 'atRisk']) {
    await page.getByTestId(`urgent-tab-${tab}`).click();
    await expect(page.getByTestId(`urgent-tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('urgent-row').first()).toBeVisible();
    await scan(`urgent list ${tab}`);
  }

  // Two breached claims ticked: the bulk bar and its picker, with someone else to type in.
  await page.getByTestId('urgent-tab-breached').click();
  const rows = page.getByTestId('urgent-row');
  await rows.nth(0).getByTestId('select-claim').check();
  await rows.nth(1).getByTestId('select-claim').check();
  await expect(page.getByTestId('selected-count')).toHaveText('2 sélectionnées');
  const bulk = page.getByTestId('bulk-assign');
  await bulk.getByTestId('assign-to').selectOption({ label: 'Quelqu’un d’autre…' });
  await expect(bulk.getByTestId('assign-to-name')).toHaveAttribute('placeholder', 'Nom du réviseur');
  await scan('bulk picker, someone else');
  await screenshot(page, 'fr-team-picker');

  // Someone who has neither claim yet, so both move.
  const holders = await Promise.all([0, 1].map((i) => rows.nth(i).getByTestId('urgent-assignee').innerText()));
  const offered = await bulk.getByTestId('assign-to').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const reviewer = offered.find((name) => name && !name.startsWith('\u0000') && !holders.includes(name));
  expect(reviewer, 'the picker offers someone else').toBeTruthy();
  await bulk.getByTestId('assign-to').selectOption(reviewer!);
  await expect(bulk.getByTestId('assign-submit')).toHaveText('Attribuer les 2');
  await bulk.getByTestId('assign-submit').click();
  const notice = page.getByTestId('assign-outcome');
  await expect(notice).toContainText(`2 demandes attribuées à ${reviewer}`);
  await expect(notice.locator('[translate="no"]').first()).toHaveText(reviewer!);
  await scan('after a bulk assignment');
  await screenshot(page, 'fr-team-assigned');

  // One claim through its own dialog.
  await rows.first().getByTestId('assign-one').click();
  const dialog = page.getByTestId('assign-one-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText(/^Attribuer /);
  await scan('assign one dialog');
  await screenshot(page, 'fr-team-assign-one');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();

  // Both charts as tables: French long dates and the ageing buckets in jours ouvrés.
  const ageing = page.getByTestId('ageing-card');
  await ageing.getByTestId('chart-as-table').click();
  await expect(ageing.getByTestId('ageing-table').locator('tbody th').first()).toHaveText(/j\.o\.$/);
  const decisions = page.getByTestId('decisions-card');
  await decisions.getByTestId('chart-as-table').click();
  await expect(decisions.getByTestId('decisions-table').locator('tbody th').first()).toHaveText(FRENCH_LONG_DAY);
  await expect(decisions.getByTestId('chart-as-table')).toHaveText('Voir en graphique');
  await decisions.scrollIntoViewIfNeeded();
  await scan('charts as tables');
  await screenshot(page, 'fr-team-tables');

  await competingSettled(page, host, 'Aucun client n’est revendiqué par deux partenaires pour la même charge de travail.');
  await scan('competing claims');
  await screenshot(page, 'fr-team-competing');

  expect(left, 'strings left in English').toEqual({});
  expect(errors).toEqual([]);
});
