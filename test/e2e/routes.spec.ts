// Every screen and every claim has an address (issue 18, item 2): a reload stays where the reviewer
// was, back and forward move between screens and claims, "Copy link" gives an address that opens
// the claim, and the address `cpor serve` prints may name the claim to open.
import { claimsIn, openClaim, watchConsole } from './desk';
import { expect, test } from './host-fixture';

test('reload, back and forward, and a copied link keep the reviewer\u2019s place', async ({ page, host, context }) => {
  const errors = watchConsole(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(host.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  // The token left the address; the desk's own took its place.
  await expect.poll(() => new URL(page.url()).hash).toBe('#/desk');

  await page.getByTestId('screen-team').click();
  await expect(page.getByTestId('team-view')).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe('#/team');
  await page.reload();
  await expect(page.getByTestId('team-view')).toBeVisible();

  await page.getByTestId('screen-desk').click();
  const [first, second] = claimsIn(host, 'under-review');
  await openClaim(page, first!.id);
  await expect.poll(() => new URL(page.url()).hash).toBe(`#/claim/${first!.id}`);
  await page.reload();
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${first!.id}`);

  await page.getByTestId('back-to-queue').click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${first!.id}`);
  await page.goForward();
  await expect(page.getByTestId('claim-view')).toBeHidden();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();

  // Copy link on another claim, then follow the link from another screen.
  await openClaim(page, second!.id);
  await page.getByTestId('copy-claim-link').click();
  await expect(page.getByTestId('copy-claim-link')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${host.origin}/#/claim/${second!.id}`);
  await page.getByTestId('screen-reports').click();
  await expect(page.getByTestId('reports-view')).toBeVisible();
  await page.goto(`${host.origin}/#/claim/${first!.id}`);
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${first!.id}`);
  await page.goto(link);
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${second!.id}`);
  // An address that is no route leaves the reviewer where they are.
  await page.goto(`${host.origin}/#/claim/..%2Fsecret`);
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${second!.id}`);
  expect(errors).toEqual([]);
});

test('the address cpor serve prints can name the claim to open', async ({ page, host }) => {
  const claim = claimsIn(host, 'under-review')[0]!;
  await page.goto(`${host.url}&route=/claim/${claim.id}`);
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${claim.id}`);
  expect(new URL(page.url()).hash).toBe(`#/claim/${claim.id}`);
});
