// The team lead's view on the demo store: its counts are the store's, a bulk assignment changes
// the claims, their history and the figures on screen, and every chart reads as a table.
import { type Locator, type Page } from '@playwright/test';
import { SLA_STATES, STATUSES } from '../../shared/domain/codes';
import { OPEN_STATUSES } from '../../shared/domain/team-metrics';
import { competingSettled, queue, screenshot, show, watchConsole } from './desk';
import { callApi, expect, test } from './host-fixture';

interface Row {
  id: string;
  status: string;
  assignee: string | null;
  sla: { state: string } | null;
}

const count = (locator: Locator) => locator.getAttribute('data-count').then(Number);
const loadRow = (page: Page, reviewer: string) => page.locator(`[data-testid="load-row"][data-reviewer="${reviewer}"]`);
const urgentRow = (page: Page, id: string) => page.locator(`[data-testid="urgent-row"][data-claim-id="${id}"]`);

async function openTeam(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('screen-team').click();
  await expect(page.getByTestId('tile-open')).toBeVisible();
}

test('team lead assigns in bulk and sees the dashboard update', async ({ page, host }) => {
  const errors = watchConsole(page);
  const all = queue(host, '--limit', '1000') as Row[];
  const me = (await callApi<{ user: string }>(host, 'session.info', {})).user;
  await openTeam(page, host.url);

  // The tiles are the store's counts, as the command line lists the claims.
  for (const status of STATUSES) {
    expect(await count(page.getByTestId(`tile-status-${status}`)), status).toBe(all.filter((r) => r.status === status).length);
  }
  for (const state of SLA_STATES) {
    expect(await count(page.getByTestId(`tile-sla-${state}`)), state).toBe(all.filter((r) => r.sla?.state === state).length);
  }
  expect(await count(page.getByTestId('tile-open'))).toBe(all.filter((r) => (OPEN_STATUSES as readonly string[]).includes(r.status)).length);
  await expect(page.locator('[data-testid="ageing-chart"] .recharts-bar-rectangle').first()).toBeVisible();
  await screenshot(page, 'team-overview');

  // Several breached and at-risk claims, none of them already with the reviewer chosen.
  const breached = all.filter((r) => r.sla?.state === 'breached');
  const atRisk = all.filter((r) => r.sla?.state === 'at-risk');
  const reviewer = ['Priya Shah', 'Jonas Weber', 'Sam Okafor'].find((name) => ![...breached, ...atRisk].every((r) => r.assignee === name))!;
  const picked = [...breached.filter((r) => r.assignee !== reviewer).slice(0, 2), ...atRisk.filter((r) => r.assignee !== reviewer).slice(0, 1)];
  expect(picked.length, 'the demo has breached and at-risk claims').toBeGreaterThanOrEqual(2);
  const openBefore = Number(await loadRow(page, reviewer).getByTestId('load-open').innerText());

  await page.getByTestId('urgent-tab-breached').click();
  for (const claim of picked.filter((r) => r.sla?.state === 'breached')) await urgentRow(page, claim.id).getByTestId('select-claim').check();
  await page.getByTestId('urgent-tab-atRisk').click();
  for (const claim of picked.filter((r) => r.sla?.state === 'at-risk')) await urgentRow(page, claim.id).getByTestId('select-claim').check();
  await expect(page.getByTestId('selected-count')).toHaveText(`${picked.length} selected`);
  await page.getByTestId('bulk-assign').getByTestId('assign-to').selectOption(reviewer);
  await screenshot(page, 'team-selected');
  await page.getByTestId('bulk-assign').getByTestId('assign-submit').click();

  await expect(page.getByTestId('assign-outcome')).toHaveText(new RegExp(`^${picked.length} claims assigned to ${reviewer}`));
  await expect(loadRow(page, reviewer).getByTestId('load-open')).toHaveText(String(openBefore + picked.length));
  await expect(urgentRow(page, picked.at(-1)!.id).getByTestId('urgent-assignee')).toHaveText(reviewer);
  await page.getByTestId('urgent-tab-breached').click();
  await expect(urgentRow(page, picked[0]!.id).getByTestId('urgent-assignee')).toHaveText(reviewer);
  await expect(page.getByTestId('selected-count')).toHaveCount(0);
  await screenshot(page, 'team-assigned');

  // Each claim has its own history entry, by the person at this workstation.
  for (const claim of picked) {
    const entry = show(host, claim.id).history.at(-1);
    expect(entry, claim.id).toMatchObject({ kind: claim.assignee ? 'reassigned' : 'assigned', actor: me, detail: { from: claim.assignee, to: reviewer } });
  }
  expect(queue(host, '--limit', '1000').filter((r) => picked.some((p) => p.id === r.id)).every((r) => r.assignee === reviewer)).toBe(true);

  // One claim alone, through its own dialog: unassign it.
  await urgentRow(page, picked[0]!.id).getByTestId('assign-one').click();
  await expect(page.getByTestId('assign-one-dialog')).toBeVisible();
  await expect(page.getByTestId('assign-one-dialog').getByTestId('assign-to')).toBeFocused();
  await screenshot(page, 'team-assign-one');
  await page.getByTestId('assign-one-unassign').click();
  await expect(page.getByTestId('assign-one-dialog')).toBeHidden();
  await expect(urgentRow(page, picked[0]!.id).getByTestId('urgent-assignee')).toHaveText('Unassigned');
  await expect(loadRow(page, reviewer).getByTestId('load-open')).toHaveText(String(openBefore + picked.length - 1));
  expect(show(host, picked[0]!.id).assignee).toBeNull();

  // Every chart reads as a table of the same numbers.
  const ageing = page.getByTestId('ageing-card');
  await ageing.getByTestId('chart-as-table').click();
  const ageRows = ageing.getByTestId('ageing-table').locator('tbody tr');
  await expect(ageRows).toHaveCount(6);
  await expect(ageing.getByTestId('ageing-table').locator('tfoot td')).toHaveText(String(await count(page.getByTestId('tile-open'))));
  const decisions = page.getByTestId('decisions-card');
  await decisions.getByTestId('chart-as-table').click();
  await expect(decisions.getByTestId('decisions-table').locator('tbody tr')).toHaveCount(14);
  await decisions.getByTestId('decisions-table').scrollIntoViewIfNeeded();
  await screenshot(page, 'team-tables');
  await ageing.getByTestId('chart-as-table').click();
  await expect(ageing.getByTestId('ageing-chart')).toBeVisible();

  // A claim id opens the claim at the desk.
  await urgentRow(page, picked[1]!.id).getByTestId('team-claim-link').click();
  await expect(page.getByTestId('claim-view')).toBeVisible();
  await expect(page.getByTestId('screen-desk')).toHaveAttribute('aria-current', 'page');

  expect(errors).toEqual([]);
});

test('keyboard only: the team view is reachable and every stop shows a focus ring', async ({ page, host }) => {
  const errors = watchConsole(page);
  await openTeam(page, host.url);
  await competingSettled(page, host, 'No customer is claimed by two partners for the same workload.');
  await screenshot(page, 'team-competing');
  await page.getByTestId('screen-team').focus();
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return { id: el.dataset.testid ?? el.tagName, ring: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
    });
    if (!focus) continue;
    expect(focus.ring, `${focus.id} shows where the focus is`).toBe(true);
    seen.add(focus.id);
  }
  for (const stop of ['team-period', 'team-refresh', 'select-all', 'select-claim', 'team-claim-link', 'assign-one']) expect(seen, stop).toContain(stop);
  // Space ticks a claim from the keyboard, and the bulk bar appears.
  await page.getByTestId('select-claim').first().focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('selected-count')).toHaveText('1 selected');
  expect(errors).toEqual([]);
});

test('the Team screen in the dark theme: the charts draw in the dark palette', async ({ page, host }) => {
  const errors = watchConsole(page);
  await callApi(host, 'settings.update', { theme: 'dark' });
  await openTeam(page, host.url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bar = page.locator('[data-testid="ageing-chart"] .recharts-bar-rectangle path').first();
  await expect(bar).toBeVisible();
  // Each chart draws on its own once it has measured its box: the ageing bars on screen do not
  // mean the decisions bars, the axis text or the grid are drawn yet.
  for (const drawn of ['[data-testid="decisions-chart"] .recharts-bar-rectangle path', '[data-testid="ageing-chart"] .recharts-cartesian-axis-tick-value', '[data-testid="ageing-chart"] .recharts-cartesian-grid line']) {
    await expect(page.locator(drawn).first()).toBeAttached();
  }
  // The SVG really takes the theme's variables: bars, axis text and grid in their dark values.
  const colours = await page.evaluate(() => {
    const fill = (selector: string) => getComputedStyle(document.querySelector(selector)!).fill;
    const stroke = (selector: string) => getComputedStyle(document.querySelector(selector)!).stroke;
    return {
      bars: [...new Set([...document.querySelectorAll('[data-testid="ageing-chart"] .recharts-bar-rectangle path')].map((el) => getComputedStyle(el).fill))],
      approved: fill('[data-testid="decisions-chart"] .recharts-bar-rectangle path'),
      tick: fill('[data-testid="ageing-chart"] .recharts-cartesian-axis-tick-value'),
      grid: stroke('[data-testid="ageing-chart"] .recharts-cartesian-grid line'),
      panel: getComputedStyle(document.querySelector('[data-testid="ageing-card"]')!).backgroundColor,
    };
  });
  const darkAges = ['rgb(86, 121, 156)', 'rgb(107, 151, 198)', 'rgb(141, 183, 230)', 'rgb(220, 174, 85)', 'rgb(227, 141, 87)', 'rgb(224, 122, 110)'];
  expect(colours.bars.length, 'the ageing bars take several colours').toBeGreaterThan(1);
  expect(colours.bars.filter((c) => !darkAges.includes(c)), 'ageing bars outside the dark palette').toEqual([]);
  expect(colours).toEqual({
    bars: colours.bars,
    approved: 'rgb(94, 180, 127)',
    tick: 'rgb(173, 183, 193)',
    grid: 'rgb(42, 48, 56)',
    panel: 'rgb(27, 31, 36)',
  });
  await page.getByTestId('decisions-card').scrollIntoViewIfNeeded();
  await screenshot(page, 'team-dark');
  // A tooltip on a day's stack: panel colours, readable text.
  const decisionsChart = page.getByTestId('decisions-chart');
  const box = (await decisionsChart.locator('.recharts-bar-rectangle').last().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(decisionsChart.locator('.recharts-default-tooltip')).toBeVisible();
  expect(await decisionsChart.locator('.recharts-default-tooltip').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(27, 31, 36)');
  await screenshot(page, 'team-dark-tooltip');
  await page.getByTestId('ageing-card').getByTestId('chart-as-table').click();
  await page.getByTestId('decisions-card').getByTestId('chart-as-table').click();
  await screenshot(page, 'team-dark-tables');
  expect(errors).toEqual([]);
});
