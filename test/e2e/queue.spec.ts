// The queue a reviewer works from: tabs, filters that the store answers, live business-time
// countdowns, competing-claim markers, and "next claim".
import { join } from 'node:path';
import { expect, test } from './host-fixture';
import { SCREENSHOTS } from './paths';

interface Row {
  id: string;
  status: string;
  assignee: string | null;
  competing: number;
  productFamily: string;
  sla: { state: string } | null;
}

test('tabs, filters, countdowns, competing markers and next claim', async ({ page, host }) => {
  const all = JSON.parse(host.cpor('queue', '--limit', '1000', '--json')) as Row[];
  await page.goto(host.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();

  // Business-day countdowns on every running clock.
  const countdowns = await page.getByTestId('sla-countdown').allTextContents();
  expect(countdowns.length).toBeGreaterThan(5);
  for (const text of countdowns) expect(text).toMatch(/^(\d+ bd( \d+ h)? (left|ago)|\d+ (h|min)( \d+ min)? (left|ago)|\d+ d( \d+ h)? (left|ago))$/);

  // Competing claims carry a marker.
  const rival = all.find((r) => r.competing > 0);
  expect(rival, 'the demo has competing claims').toBeDefined();
  await expect(page.locator(`[data-claim-id="${rival!.id}"] [data-testid="competing-marker"]`)).toBeVisible();

  // Filters are answered by the store: breached only.
  await page.getByTestId('filter-sla').selectOption('breached');
  const breached = all.filter((r) => r.sla?.state === 'breached').length;
  await expect(page.locator('.queue-footer')).toContainText(`${breached} ${breached === 1 ? 'claim matches' : 'claims match'}`);
  await page.screenshot({ path: join(SCREENSHOTS, 'queue-breached.png') });
  await page.getByTestId('clear-filters').click();

  await page.getByTestId('filter-family').selectOption('business-applications');
  const ba = all.filter((r) => r.productFamily === 'business-applications').length;
  await expect(page.locator('.queue-footer')).toContainText(`${ba} claims match`);
  await page.getByTestId('clear-filters').click();

  // Unassigned tab, then "next claim" takes the most urgent unassigned one and opens it.
  await page.getByTestId('queue-tab-unassigned').click();
  const unassigned = all.filter((r) => r.assignee === null).length;
  await expect(page.locator('.queue-footer')).toContainText(`${unassigned} claims`);
  await page.getByTestId('next-claim').click();
  await expect(page.getByTestId('claim-view')).toBeVisible();
  const after = JSON.parse(host.cpor('queue', '--limit', '1000', '--json')) as Row[];
  expect(after.filter((r) => r.assignee === null)).toHaveLength(unassigned - 1);
});
