// Every control reachable by Tab, with a focus ring a reviewer can see (issue 18, accessibility):
// on each screen, in both themes, Tab is pressed until the focus comes round again. Each stop must
// be on screen with its ring (an outline or a shadow, or the ring of the row a grid marks as active)
// whole, not cut off by a scrolling box, at 3:1 against what is behind it (WCAG 2.1 1.4.11); and no
// visible control may be left that Tab never reached.
import type { Page } from '@playwright/test';
import { claimsIn, openClaimByAddress, screenshot, settleViewer } from './desk';
import { callApi, expect, test } from './host-fixture';

interface Stop {
  readonly what: string;
  readonly problem: string | null;
}

const MAX_STOPS = 250;

/** What the focused element is, and what is wrong with its ring (null: nothing). Marks it as reached. */
function inspectFocus(): Stop | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  el.dataset.focusWalked = '1';
  const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const what = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''} "${name}"`;
  const active = el.getAttribute('aria-activedescendant');
  const target = (active && document.getElementById(active)) || el;

  const rgba = (text: string): [number, number, number, number] | null => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(text);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
  };
  const luminance = ([r, g, b]: readonly number[]) => {
    const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  const style = getComputedStyle(target);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 ? rgba(style.outlineColor) : null;
  const shadow = style.boxShadow !== 'none' ? rgba(style.boxShadow) : null;
  const ring = outline ?? shadow;
  if (!ring || ring[3] === 0) return { what, problem: 'no focus ring' };

  // What the ring is drawn on: an inset shadow on the element's own background, else its surroundings.
  const inset = !outline && style.boxShadow.includes('inset');
  let back: [number, number, number, number] | null = null;
  for (let node: Element | null = inset ? target : target.parentElement; node && !back; node = node.parentElement) {
    const bg = rgba(getComputedStyle(node).backgroundColor);
    if (bg && bg[3] > 0.5) back = bg;
  }
  back ??= rgba(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1];
  const [l1, l2] = [luminance(ring), luminance(back)].sort((a, b) => b - a);
  const contrast = (l1! + 0.05) / (l2! + 0.05);
  if (contrast < 3) return { what, problem: `ring contrast ${contrast.toFixed(2)} < 3` };

  // The ring whole on screen: inside the window and every box that clips what overflows it.
  const grow = outline ? parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) : 0;
  const r = target.getBoundingClientRect();
  const box = { left: r.left - grow, top: r.top - grow, right: r.right + grow, bottom: r.bottom + grow };
  if (r.width === 0 || r.height === 0) return { what, problem: 'focused but not shown' };
  const inside = (c: { left: number; top: number; right: number; bottom: number }) =>
    box.left >= c.left - 0.5 && box.top >= c.top - 0.5 && box.right <= c.right + 0.5 && box.bottom <= c.bottom + 0.5;
  // Where it can be seen: the window and every box that clips what overflows it (a scrolling box
  // shows its client area, scrollbars excluded).
  const clips: { name: string; left: number; top: number; right: number; bottom: number }[] = [{ name: 'the window', left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }];
  for (let node = target.parentElement; node && node !== document.body; node = node.parentElement) {
    const s = getComputedStyle(node);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const c = node.getBoundingClientRect();
    const name = typeof node.className === 'string' && node.className ? node.className : node.tagName.toLowerCase();
    clips.push({ name, left: c.left + node.clientLeft, top: c.top + node.clientTop, right: c.left + node.clientLeft + node.clientWidth, bottom: c.top + node.clientTop + node.clientHeight });
  }
  // A region larger than a box it is shown in (a panel's scrolling content) cannot show its whole
  // ring at once: Tab shows the part in view.
  if (clips.some((c) => r.width > c.right - c.left || r.height > c.bottom - c.top)) return { what, problem: null };
  const cut = clips.find((c) => !inside(c));
  if (cut) return { what, problem: cut.name === 'the window' ? 'ring outside the window' : `ring cut off by ${cut.name}` };
  return { what, problem: null };
}

/** Visible controls that take the focus by Tab and were never reached. */
function unreached(): string[] {
  const tabbable = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  return [...document.querySelectorAll<HTMLElement>(tabbable)]
    .filter((el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert], dialog:not([open])'))
    // A radio group is one stop: its checked radio, or its first.
    .filter((el) => {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
      return el === (group.find((g) => g.checked) ?? group[0]);
    })
    .filter((el) => el.dataset.focusWalked !== '1')
    .map((el) => `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`);
}

/** Tab from the top of the page until the focus comes back to where it started. */
async function walk(page: Page, screen: string, shotName: string): Promise<string[]> {
  await page.evaluate(() => {
    document.querySelectorAll<HTMLElement>('[data-focus-walked]').forEach((el) => delete el.dataset.focusWalked);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const problems: string[] = [];
  const seen: string[] = [];
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(inspectFocus);
    if (!stop) continue;
    if (seen.length > 1 && stop.what === seen[0]) break;
    seen.push(stop.what);
    if (stop.problem) problems.push(`${screen}: ${stop.what}: ${stop.problem}`);
    // The picture shows the ring on the fourth stop, a control past the top bar.
    if (seen.length === 4) await screenshot(page, shotName);
  }
  expect(seen.length, `${screen}: Tab reached nothing`).toBeGreaterThan(3);
  for (const missed of await page.evaluate(unreached)) problems.push(`${screen}: never reached by Tab: ${missed}`);
  return problems;
}

for (const [language, theme] of [['en', 'light'], ['fr', 'dark']] as const) {
  test(`every control reached by Tab with a visible ring, ${language}, ${theme}`, async ({ page, host }) => {
    await callApi(host, 'settings.update', { language, theme });
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const problems: string[] = [];

    await expect(page.getByTestId('queue-row').first()).toBeVisible();
    problems.push(...(await walk(page, 'desk', `focus-desk-${language}-${theme}`)));

    await openClaimByAddress(page, claimsIn(host, 'under-review')[0]!.id);
    await settleViewer(page);
    problems.push(...(await walk(page, 'claim', `focus-claim-${language}-${theme}`)));

    await page.goto(`${host.origin}/#/team`);
    await expect(page.getByTestId('urgent-row').first()).toBeVisible();
    problems.push(...(await walk(page, 'team', `focus-team-${language}-${theme}`)));

    await page.getByTestId('screen-reports').click();
    await expect(page.getByTestId('report-row').first()).toBeVisible();
    problems.push(...(await walk(page, 'reports', `focus-reports-${language}-${theme}`)));

    await page.getByTestId('screen-settings').click();
    await expect(page.getByTestId('settings-identity')).toBeVisible();
    problems.push(...(await walk(page, 'settings', `focus-settings-${language}-${theme}`)));

    expect(problems).toEqual([]);
  });
}
