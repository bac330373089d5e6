// The desk without a mouse: every step below is a key press, and focus is always visible.
import type { Page } from '@playwright/test';
import { expect, test } from './host-fixture';
import { claimsIn, lastDecision, openClaimByAddress, queue, screenshot, settleViewer, show, watchConsole } from './desk';

/** The focused element and whether it shows a focus ring. */
async function focusRing(page: Page): Promise<{ tag: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', visible: false };
    const style = getComputedStyle(el);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return { tag: el.tagName.toLowerCase(), visible: ring || style.boxShadow !== 'none' };
  });
}

async function openClaimId(page: Page): Promise<string> {
  const label = await page.getByTestId('claim-view').getAttribute('aria-label');
  return (label ?? '').replace(/^Claim /, '');
}

test('keyboard only: n, s, 1, 2, i, type, Ctrl+Enter, ?, n, j, k, /', async ({ page, host }) => {
  const errors = watchConsole(page);
  const order = queue(host).map((row) => row.id);

  await page.goto(host.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();

  await page.keyboard.press('n');
  await expect(page.getByTestId('claim-status')).toHaveText('Submitted');
  const first = await openClaimId(page);
  await page.keyboard.press('s');
  await expect(page.getByTestId('claim-status')).toHaveText('Under review');

  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(page.getByTestId('check-missing-poe')).toHaveAttribute('data-open', 'true');
  await expect(page.getByTestId('check-missing-customer-acknowledgment')).toHaveAttribute('data-open', 'true');
  await page.keyboard.press('1');
  await expect(page.getByTestId('check-missing-poe')).toHaveAttribute('data-open', 'false');
  await page.keyboard.press('4');

  await page.keyboard.press('i');
  const dialog = page.getByTestId('dialog-request-info');
  const message = dialog.getByTestId('request-info-message');
  await expect(message).toBeFocused();
  // Shortcuts wait while the reviewer types: these letters and digits are text.
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Page 2 is not signed; n, j, a, 1 and r are only letters here.');
  await expect(page.getByTestId('check-missing-poe')).toHaveAttribute('data-open', 'false');
  await screenshot(page, 'desk-keyboard-request-info');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('claim-status')).toHaveText('Partner action required');
  const decision = lastDecision(show(host, first));
  expect(decision?.deficiencies).toEqual(['missing-customer-acknowledgment', 'missing-partner-service']);
  expect(String(decision?.message)).toContain('- Page 2 is not signed; n, j, a, 1 and r are only letters here.');

  // Focus lands on "Next claim", visibly.
  await expect(page.getByTestId('next-claim')).toBeFocused();
  expect(await focusRing(page)).toEqual({ tag: 'button', visible: true });

  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcut-help')).toBeVisible();
  await expect(page.getByTestId('shortcut-help')).toContainText('Find in the document');
  await screenshot(page, 'desk-shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcut-help')).toBeHidden();

  // A decision key the status does not allow says so instead of doing nothing.
  await page.keyboard.press('a');
  await expect(page.getByTestId('notice')).toContainText('Approve is not possible');

  await page.keyboard.press('n');
  await expect(page.getByTestId('claim-view')).not.toHaveAttribute('aria-label', `Claim ${first}`);
  const second = await openClaimId(page);
  await settleViewer(page);
  await screenshot(page, 'desk-keyboard-next');

  // j and k walk the queue in its order.
  const at = order.indexOf(second);
  await page.keyboard.press('j');
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${order[at + 1]}`);
  await page.keyboard.press('k');
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${second}`);

  // Tab moves through the claim with a visible focus ring at every stop.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect((await focusRing(page)).visible, `focus ring at tab stop ${i + 1}`).toBe(true);
  }

  // "/" goes back to the queue's search; Enter opens what was found.
  await page.keyboard.press('/');
  await expect(page.getByPlaceholder(/Search claim id/)).toBeFocused();
  await page.keyboard.type(first);
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-testid="queue-row"][data-claim-id="${first}"]`)).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${first}`);
  await expect(page.getByTestId('claim-status')).toHaveText('Partner action required');
  expect(errors).toEqual([]);
});

// A native <dialog> announces its close a task after Escape. A decision key pressed in that gap
// opens the next dialog, and the late "close" of the first must not shut it again.
test('a decision key pressed as a dialog closes opens its own dialog, which stays open', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await openClaimByAddress(page, claimsIn(host, 'under-review')[0]!.id);
  await page.keyboard.press('i');
  await expect(page.getByTestId('dialog-request-info')).toBeVisible();
  // What Escape does natively (close), then "r" before the queued close event has run.
  await page.evaluate(() => {
    document.querySelector<HTMLDialogElement>('dialog[open]')!.close();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('dialog-reject')).toBeVisible();
  await expect(page.getByTestId('dialog-request-info')).toBeHidden();
  // Still open once every queued event has run: the page has painted a frame since.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await expect(page.getByTestId('dialog-reject')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('dialog-reject')).toBeHidden();
});
