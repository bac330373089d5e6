// Helpers shared by the desk's end-to-end specs: the store seen through the real CLI, the page
// seen through Playwright, and one screenshot name per screen.
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { callApi, type Host } from './host-fixture';
import { SCREENSHOTS } from './paths';

export interface ShownClaim {
  id: string;
  status: string;
  policy: '2020' | '2023';
  assignee: string | null;
  documents: { mediaType: string }[];
  checklist: { code: string; open: boolean }[];
  comments: { author: string; side: string; internal: boolean; text: string }[];
  history: { kind: string; actor: string; detail: Record<string, unknown> }[];
}

export interface ListedClaim {
  id: string;
  status: string;
  assignee: string | null;
}

export function show(host: Host, id: string): ShownClaim {
  return JSON.parse(host.cpor('show', id, '--json')) as ShownClaim;
}

/** The queue as the desk first shows it: every claim, most urgent SLA first. */
export function queue(host: Host, ...filters: string[]): ListedClaim[] {
  return JSON.parse(host.cpor('queue', ...filters, '--json')) as ListedClaim[];
}

/** Claims in a status, PDFs first (the viewer paints them), so screenshots show a real PoE. */
export function claimsIn(host: Host, status: string): ShownClaim[] {
  const claims = queue(host, '--status', status).map((row) => show(host, row.id));
  return claims.sort((a, b) => Number(b.documents[0]?.mediaType === 'application/pdf') - Number(a.documents[0]?.mediaType === 'application/pdf'));
}

export function lastDecision(claim: ShownClaim): Record<string, unknown> | undefined {
  return claim.history.filter((h) => h.kind === 'decision').at(-1)?.detail;
}

export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

export async function openClaim(page: Page, id: string): Promise<void> {
  await page.getByPlaceholder(/Search claim id/).fill(id);
  const row = page.locator(`[data-testid="queue-row"][data-claim-id="${id}"]`);
  await expect(row).toHaveCount(1);
  // A click that lands while the queue re-renders (a background sync round refreshing it, on a busy
  // machine) can be lost, as a person's would be; they click again, and so does this, until the
  // claim is open.
  const view = page.getByTestId('claim-view');
  await expect(async () => {
    if (!(await view.isVisible())) await row.click();
    await expect(view).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 90_000 });
  await expect(page.getByTestId('claim-actions')).toBeVisible();
}

/** Opens a claim by its address (#/claim/ID), as a pasted link does: in any UI language. */
export async function openClaimByAddress(page: Page, id: string): Promise<void> {
  await page.evaluate((claimId) => {
    window.location.hash = `#/claim/${claimId}`;
  }, id);
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', new RegExp(`${id}$`));
  await expect(page.getByTestId('claim-actions')).toBeVisible();
}

/**
 * Waits (softly) for the PoE to paint, so a screenshot shows the page rather than "Loading". The
 * viewer is another part's work: its markers may change, and a slow paint must not fail a desk test.
 */
/** The document in front is drawn (its first page, or the picture) or explained (no preview, damaged, none). */
export async function settleViewer(page: Page): Promise<void> {
  await expect(page.locator('[data-rendered-page="1"], [data-testid="image-viewer"] img, .viewer-message').first()).toBeVisible();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/**
 * The Team screen's competing-claims list, settled as the store has it: whether the demo holds two
 * open claims on one customer's workload depends on the instant the suite runs at, so the list
 * shows its groups or says there are none. Returns how many groups it shows.
 */
export async function competingSettled(page: Page, host: Pick<Host, 'origin' | 'token'>, empty: string): Promise<number> {
  const { competing } = await callApi<{ competing: { groups: readonly unknown[] } }>(host, 'team.dashboard', {});
  await page.getByTestId('competing-list').scrollIntoViewIfNeeded();
  if (competing.groups.length > 0) await expect(page.getByTestId('competing-group').first()).toBeVisible();
  else await expect(page.getByTestId('competing-list').locator('.team-empty')).toHaveText(empty);
  return competing.groups.length;
}
