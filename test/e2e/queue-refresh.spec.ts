// The queue refreshes in place (issue 18, item 4): after a change made elsewhere and Refresh, or
// after a decision at the desk, the rows take the store's order while the scroll position stays,
// the selection follows its claim, and what moved or changed is marked.
import type { Page } from '@playwright/test';
import { expect, test } from './host-fixture';
import { openClaim, queue, screenshot, settleViewer, watchConsole } from './desk';

/** Whether every row on screen holds the claim the store's order puts at its place. */
const inStoreOrder = (page: Page, expected: readonly string[]) =>
  page
    .getByTestId('queue-row')
    .evaluateAll((rows) => rows.map((r) => ({ id: r.getAttribute('data-claim-id'), index: Number(r.getAttribute('aria-rowindex')) - 2 })))
    .then((rows) => rows.length > 0 && rows.every((r) => r.id === expected[r.index]));

test('Refresh moves rows in place: the scroll stays, the selection follows its claim, the change is marked', async ({ page, host }) => {
  const errors = watchConsole(page);
  await page.setViewportSize({ width: 1440, height: 700 });
  await page.goto(host.url);
  const table = page.getByTestId('queue-table');
  await expect(page.getByTestId('queue-row').first()).toBeVisible();

  // The most urgent claim under review with its review clock running: a request for information
  // pauses that clock, which sorts it below the running ones.
  const listed = queue(host);
  const index = listed.findIndex((r) => r.status === 'under-review');
  expect(index, 'the demo has a claim under review').toBeGreaterThanOrEqual(0);
  const target = listed[index]!;
  await table.focus();
  for (let i = 0; i < index; i++) await page.keyboard.press('j');
  await expect(page.locator(`[data-claim-id="${target.id}"]`)).toHaveAttribute('aria-selected', 'true');
  const body = page.getByTestId('queue-table');
  const scrolled = await body.evaluate((el) => el.scrollTop);

  // Another reviewer (here the command line) asks the partner for information.
  host.cpor('decide', target.id, '--action', 'request-info', '--as', 'Priya Shah', '--deficiency', 'missing-products', '--message', 'Please name the products.');
  const expected = queue(host).map((r) => r.id);
  expect(expected.indexOf(target.id), 'the claim moves in the store order').not.toBe(index);

  await page.getByTestId('queue-refresh').click();
  await expect(page.getByTestId('queue-changed-note')).toHaveText('1 claim moved or changed');
  await expect.poll(() => inStoreOrder(page, expected)).toBe(true);
  expect(await body.evaluate((el) => el.scrollTop)).toBe(scrolled);
  // Scrolled to where the claim went: still selected, and marked.
  await body.evaluate((el, to) => (el.scrollTop = to), Math.max(0, expected.indexOf(target.id) - 2) * 48);
  const moved = page.locator(`[data-claim-id="${target.id}"]`);
  await expect(moved).toHaveAttribute('aria-selected', 'true');
  await expect(moved).toHaveAttribute('data-changed', 'true');
  await expect(moved.getByTestId('queue-row-changed')).toBeAttached();
  await screenshot(page, 'queue-refreshed');
  // The selection went with the claim: Enter opens it, not the claim that took its place.
  await table.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${target.id}`);
  expect(errors).toEqual([]);
});

test('after a decision at the desk the queue shows the store order without Refresh', async ({ page, host }) => {
  const errors = watchConsole(page);
  await page.goto(host.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  const claim = queue(host).find((r) => r.status === 'under-review')!;
  await openClaim(page, claim.id);
  await settleViewer(page);
  await page.keyboard.press('a');
  const dialog = page.getByTestId('dialog-approve');
  await expect(dialog).toBeVisible();
  const override = dialog.getByTestId('override-reason');
  if ((await override.count()) > 0) await override.fill('The PoE was checked by phone with the customer.');
  await dialog.getByTestId('confirm-approve').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('claim-status')).toHaveText('Approved');

  await page.getByTestId('back-to-queue').click();
  await page.getByTestId('clear-filters').click();
  const expected = queue(host).map((r) => r.id);
  await expect.poll(() => inStoreOrder(page, expected)).toBe(true);
  expect(errors).toEqual([]);
});
