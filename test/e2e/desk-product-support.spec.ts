// "Missing products" judged per product at the desk: the reviewer marks each claimed product
// supported or not beside where the pre-check found it; an unsupported product opens the
// deficiency, is named in the message to the partner, and is in the history.
import { expect, test } from './host-fixture';
import { claimsIn, openClaim, screenshot, settleViewer, type ShownClaim, watchConsole } from './desk';

type WithSupport = ShownClaim & { productSupport: { product: string; supported: boolean | null; found: boolean | null; evidence: { page: number } | null }[] };

test('marks products supported or not; an unsupported one opens the deficiency and is named to the partner', async ({ page, host }) => {
  const errors = watchConsole(page);
  const claims = claimsIn(host, 'submitted') as WithSupport[];
  const claim = claims.find((c) => c.productSupport.length >= 2 && c.productSupport.some((p) => p.found && p.evidence));
  expect(claim, 'a submitted demo claim with two products, one found by the pre-check').toBeDefined();
  const found = claim!.productSupport.find((p) => p.found && p.evidence)!;
  const other = claim!.productSupport.find((p) => p.product !== found.product)!;

  await page.goto(host.url);
  await openClaim(page, claim!.id);
  await settleViewer(page);
  await page.getByTestId('action-start-review').click();
  await expect(page.getByTestId('claim-status')).toHaveText('Under review');

  const list = page.getByTestId('product-support');
  await expect(list).toContainText(`0 of ${claim!.productSupport.length} judged`);
  const foundRow = page.getByTestId(`product-${found.product}`);
  // The pre-check's evidence leads to the page that names the product.
  await foundRow.getByRole('button', { name: new RegExp(`p\\. ${found.evidence!.page}`) }).click();
  await expect(page.getByTestId('page-input')).toHaveValue(String(found.evidence!.page));
  await foundRow.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(foundRow).toHaveAttribute('data-supported', 'true');

  const otherRow = page.getByTestId(`product-${other.product}`);
  await otherRow.getByRole('button', { name: 'No', exact: true }).click();
  await expect(otherRow).toHaveAttribute('data-supported', 'false');
  await expect(page.getByTestId('check-missing-products').getByRole('checkbox')).toBeChecked();
  await expect(list).toContainText(`2 of ${claim!.productSupport.length} judged`);
  await expect(page.getByTestId('checklist')).toContainText('saved');
  await screenshot(page, 'desk-product-support');

  // Saved as made: the store has both marks and the deficiency.
  const stored = JSON.parse(host.cpor('show', claim!.id, '--json')) as WithSupport;
  expect(stored.productSupport.find((p) => p.product === found.product)?.supported).toBe(true);
  expect(stored.productSupport.find((p) => p.product === other.product)?.supported).toBe(false);
  expect(stored.checklist.find((c) => c.code === 'missing-products')?.open).toBe(true);

  // The message to the partner names the unsupported product, not the supported one.
  await page.keyboard.press('i');
  const message = page.getByTestId('dialog-request-info').getByTestId('request-info-message');
  await expect(message).toHaveValue(new RegExp(`- Missing products: the proof of execution does not support ${other.product}\\.`));
  await page.keyboard.press('Escape');

  // Pressing the pressed choice clears the mark.
  await foundRow.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(foundRow).toHaveAttribute('data-supported', 'unjudged');

  await page.getByTestId('tab-history').click();
  const history = page.getByTestId('claim-history');
  await expect(history).toContainText('Product not supported');
  await expect(history).toContainText('Product mark cleared');
  expect(errors).toEqual([]);
});
