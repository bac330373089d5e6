// The window holds its layout (issue 18, items 1 and 3), in English and French at 1440 x 900:
// scrolling every pane of a screen to its end never makes the page taller than the window (the top
// bar stays, no empty grey half), the team tables need no sideways scroll, and the decision
// buttons sit on one row.
import type { Page } from '@playwright/test';
import { claimsIn, openClaimByAddress, screenshot, settleViewer, watchConsole } from './desk';
import { callApi, expect, test } from './host-fixture';

test.use({ viewport: { width: 1440, height: 900 } });

/** Scrolls every pane that scrolls to its end, then how the page stands against the window. */
async function scrollPanesToEnd(page: Page): Promise<{ panes: number; pageHeight: number; windowHeight: number; barTop: number }> {
  return page.evaluate(() => {
    let panes = 0;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const style = getComputedStyle(el);
      if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight) {
        el.scrollTop = el.scrollHeight;
        panes++;
      }
    }
    const root = document.scrollingElement ?? document.documentElement;
    root.scrollTop = root.scrollHeight;
    return {
      panes,
      pageHeight: root.scrollHeight,
      windowHeight: window.innerHeight,
      barTop: document.querySelector('header')?.getBoundingClientRect().top ?? Number.NaN,
    };
  });
}

async function expectWindowHolds(page: Page, screen: string): Promise<void> {
  const stand = await scrollPanesToEnd(page);
  expect(stand.pageHeight, `${screen}: the page is no taller than the window`).toBeLessThanOrEqual(stand.windowHeight);
  expect(stand.barTop, `${screen}: the top bar stays in place`).toBe(0);
}

/** Elements among `selector` that need a sideways scroll: their content is wider than they are. */
const clipped = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.className));

for (const language of ['en', 'fr'] as const) {
  test(`every screen holds the window and nothing is clipped at 1440 px, ${language}`, async ({ page, host }) => {
    const errors = watchConsole(page);
    await callApi(host, 'settings.update', { language, theme: 'light' });
    await page.goto(host.url);
    // The person's settings arrive after the first paint: the desk is measured in their language.
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByTestId('queue-row').first()).toBeVisible();
    await expectWindowHolds(page, 'desk');

    await page.getByTestId('screen-team').click();
    await expect(page.getByTestId('urgent-row').first()).toBeVisible();
    await expect(page.getByTestId('load-row').first()).toBeVisible();
    await expectWindowHolds(page, 'team');
    expect(await clipped(page, '.team-table-scroll'), 'team tables scroll sideways').toEqual([]);
    // The clock text is whole in its cell, and the Assign button is in view.
    expect(await clipped(page, '[data-testid="urgent-clock"]')).toEqual([]);
    const assign = await page.getByTestId('assign-one').first().boundingBox();
    const card = await page.getByTestId('urgent-claims').boundingBox();
    expect(assign && card && assign.x + assign.width <= card.x + card.width).toBe(true);
    await screenshot(page, `layout-team-${language}`);

    await page.getByTestId('screen-reports').click();
    await expect(page.getByTestId('report-row').first()).toBeVisible();
    await expectWindowHolds(page, 'reports');
    await page.getByTestId('screen-settings').click();
    await expect(page.getByTestId('settings-identity')).toBeVisible();
    await expectWindowHolds(page, 'settings');

    await page.getByTestId('screen-desk').click();
    const claim = claimsIn(host, 'under-review')[0]!;
    await openClaimByAddress(page, claim.id);
    await settleViewer(page);
    // The decision buttons on one row.
    const tops = await page.locator('.claim-actions__buttons button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size, `decision buttons on one row: ${tops.join(', ')}`).toBe(1);
    await expectWindowHolds(page, 'claim');
    await screenshot(page, `layout-claim-${language}`);
    expect(errors).toEqual([]);
  });
}
