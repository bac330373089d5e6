// The pre-check's evidence in the checklist leads to the words in the PoE: clicking an item brings
// its page into view and highlights what was found there.
import { expect, test } from './host-fixture';
import { claimsIn, openClaim, screenshot, settleViewer, watchConsole } from './desk';

test('evidence in the checklist jumps to its page in the PoE and highlights the words', async ({ page, host }) => {
  const errors = watchConsole(page);
  // The import pre-checked every document: pick a PDF claim whose signature evidence is past page 1.
  const candidates = claimsIn(host, 'submitted').filter((c) => c.documents[0]?.mediaType === 'application/pdf');
  const shown = candidates
    .map((c) => JSON.parse(host.cpor('show', c.id, '--json')) as { id: string; proposals: { code: string; evidence: { page: number | null; text: string | null; kind: string }[] }[] })
    .map((c) => ({ id: c.id, item: c.proposals.find((p) => p.code === 'missing-customer-acknowledgment')?.evidence.find((e) => e.kind === 'signature' && (e.page ?? 0) > 1) }))
    .find((c) => c.item);
  expect(shown, 'a demo claim with signature evidence after page 1').toBeDefined();
  const { id, item } = shown!;

  await page.goto(host.url);
  await openClaim(page, id);
  await settleViewer(page);
  const check = page.getByTestId('check-missing-customer-acknowledgment');
  await expect(page.getByTestId('check-missing-customer-acknowledgment-proposal')).toBeVisible();
  await check.getByRole('button', { name: new RegExp(`p\\. ${item!.page}`) }).first().click();

  await expect(page.getByTestId('evidence-bar')).toBeVisible();
  await expect(page.getByTestId('evidence-bar')).not.toHaveAttribute('data-status', 'missing');
  await expect(page.getByTestId('evidence-bar')).toContainText(`page ${item!.page}`);
  await expect(page.getByTestId('page-input')).toHaveValue(String(item!.page));
  await screenshot(page, 'evidence-highlight');
  expect(errors).toEqual([]);
});
