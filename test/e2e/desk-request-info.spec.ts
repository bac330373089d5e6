// The reviewer's main loop at the desk: next claim -> start review -> tick two deficiencies ->
// request information with the templated message -> the message is saved -> history shows it.
import { expect, test } from './host-fixture';
import { lastDecision, queue, screenshot, settleViewer, show, watchConsole } from './desk';

test('next claim, start review, request information on two deficiencies; saved and in the history', async ({ page, host }) => {
  const errors = watchConsole(page);
  // "Next claim" takes the most urgent unassigned claim waiting on a reviewer.
  const expected = queue(host).find((row) => row.assignee === null && ['submitted', 'under-review', 'disputed'].includes(row.status));
  if (!expected) throw new Error('the demo store has no unassigned claim waiting on a reviewer');
  expect(expected.status, 'the demo store puts a submitted claim first').toBe('submitted');

  await page.goto(host.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${expected.id}`);
  await expect(page.getByTestId('claim-status')).toHaveText('Submitted');
  await expect(page.getByTestId('reviewer-target')).toContainText('Reviewer target');
  await settleViewer(page);
  await screenshot(page, 'desk-claim-submitted');

  await page.getByTestId('action-start-review').click();
  await expect(page.getByTestId('claim-status')).toHaveText('Under review');

  // Ticks are saved as they are made.
  await page.getByTestId('check-missing-customer-acknowledgment').getByRole('checkbox').check();
  await page.getByTestId('check-missing-products').getByRole('checkbox').check();
  await expect(page.getByTestId('checklist')).toContainText('2 ticked · saved');
  const ticked = show(host, expected.id).checklist.filter((c) => c.open).map((c) => c.code);
  expect(ticked).toEqual(['missing-customer-acknowledgment', 'missing-products']);
  await screenshot(page, 'desk-checklist-ticked');

  await page.getByTestId('action-request-info').click();
  const dialog = page.getByTestId('dialog-request-info');
  await expect(dialog).toBeVisible();
  const message = dialog.getByTestId('request-info-message');
  const window = show(host, expected.id).policy === '2023' ? '14 business days' : '5 business days';
  await expect(message).toHaveValue(/- Missing customer acknowledgment: /);
  await expect(message).toHaveValue(/- Missing products: /);
  await expect(message).toHaveValue(new RegExp(`within ${window}`));
  await expect(message).not.toHaveValue(/Missing or old dates/);
  await screenshot(page, 'desk-request-info-en');

  await dialog.getByText('Français').click();
  await expect(message).toHaveValue(/- Accusé de réception du client manquant\u00a0: /);
  await expect(message).toHaveValue(/- Produits manquants\u00a0: /);
  await expect(message).toHaveValue(/jours ouvrés/);
  await screenshot(page, 'desk-request-info-fr');
  await dialog.getByText('English').click();

  // Esc closes the dialog; "i" opens it again on the same words, with the caret after the list,
  // where the reviewer adds a specific remark.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('i');
  await expect(message).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('- In particular, page 2 carries no signature.');
  await dialog.getByTestId('confirm-request-info').click();

  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('claim-status')).toHaveText('Partner action required');
  await expect(page.getByTestId('decision-recorded')).toContainText('Information requested · recorded');
  await expect(page.getByTestId('next-claim')).toBeFocused();

  const stored = show(host, expected.id);
  expect(stored.status).toBe('partner-action-required');
  const decision = lastDecision(stored);
  expect(decision?.action).toBe('request-info');
  expect(decision?.deficiencies).toEqual(['missing-customer-acknowledgment', 'missing-products']);
  expect(String(decision?.message)).toContain('- Missing customer acknowledgment: ');
  expect(String(decision?.message)).toContain('- In particular, page 2 carries no signature.\n\nPlease update the claim');
  expect(stored.comments.at(-1)?.text).toBe(decision?.message);

  await page.getByTestId('tab-history').click();
  const latest = page.getByTestId('claim-history').locator('li').first();
  await expect(latest).toContainText('Request information');
  await expect(latest).toContainText('Under review → Partner action required');
  await expect(latest).toContainText('Missing customer acknowledgment, Missing products');
  await expect(latest).toContainText('page 2 carries no signature');
  await expect(page.getByTestId('chain-state')).toHaveText('Chain verified');
  await page.getByTestId('verify-store').click();
  await expect(page.getByTestId('store-check')).toContainText('Store verified');
  await screenshot(page, 'desk-history');

  await page.getByTestId('tab-comments').click();
  await expect(page.getByTestId('comment').last()).toContainText('page 2 carries no signature');
  await page.getByTestId('comment-internal').click();
  await page.getByTestId('comment-text').fill('Asked for the signed SOW; call the partner if nothing by Friday.');
  await page.getByTestId('comment-send').click();
  await expect(page.getByTestId('comment').last()).toContainText('Internal note');
  await expect(page.getByTestId('comment-text')).toHaveValue('');
  const note = show(host, expected.id).comments.at(-1);
  expect(note).toMatchObject({ internal: true, text: 'Asked for the signed SOW; call the partner if nothing by Friday.' });
  await screenshot(page, 'desk-comments');

  expect(errors).toEqual([]);
});
