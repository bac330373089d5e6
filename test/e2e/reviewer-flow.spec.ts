// The walking skeleton end to end: queue -> claim -> PoE painted by pdf.js -> start review ->
// approve -> reload -> the decision is still there, in the UI and in the store.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { claimsIn, openClaim, show, watchConsole } from './desk';
import { expect, type Host, test } from './host-fixture';
import { SCREENSHOTS } from './paths';

function submittedClaimWithPdf(host: Host): string {
  const claim = claimsIn(host, 'submitted').find((c) => c.documents[0]?.mediaType === 'application/pdf');
  if (!claim) throw new Error('the demo bundle has no submitted claim with a PDF');
  return claim.id;
}

/** Counts canvas pixels that are not near-white: a painted page has text and lines. */
async function inkedPixels(page: Page): Promise<number> {
  return page.locator('[data-rendered-page="1"] canvas').evaluate((node) => {
    const canvas = node as HTMLCanvasElement;
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) inked++;
    return inked;
  });
}

test('a reviewer opens a claim, reads the PoE, starts review and approves; it persists', async ({ page, host }) => {
  const errors = watchConsole(page);
  const id = submittedClaimWithPdf(host);

  await page.goto(host.url);
  await expect(page.getByTestId('queue-table')).toBeVisible();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'queue.png') });

  await openClaim(page, id);
  await expect(page.locator('[data-rendered-page="1"]')).toBeVisible();
  expect(await inkedPixels(page)).toBeGreaterThan(500);
  await page.screenshot({ path: join(SCREENSHOTS, 'claim-submitted.png') });

  await page.getByTestId('action-start-review').click();
  await expect(page.getByTestId('claim-status')).toHaveText('Under review');
  await page.getByTestId('action-approve').click();
  await page.getByTestId('confirm-approve').click();
  await expect(page.getByTestId('claim-status')).toHaveText('Approved');
  await expect(page.getByTestId('action-approve')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'claim-approved.png') });

  // A reload keeps the reviewer on the claim (its address), read again from the store.
  await page.reload();
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${id}`);
  await expect(page.getByTestId('claim-status')).toHaveText('Approved');

  const stored = show(host, id);
  expect(stored.status).toBe('approved');
  expect(stored.history.filter((h) => h.kind === 'decision').map((h) => h.detail.action)).toEqual(['start-review', 'approve']);
  expect(errors).toEqual([]);
});

test('the app explains a refused call without the token instead of failing silently', async ({ page, host }) => {
  await page.goto(host.origin + '/');
  await expect(page.getByTestId('auth-lost')).toBeVisible();
});
