// Changes the team hub refuses, as a reviewer meets them, with a real hub: `cpor hub` on a throw-away
// PostgreSQL and the workstation under test on the browser host. Dana joins the team as a team lead
// and works a while off the hub, as a team lead may (an internal note, claims assigned to Priya);
// meanwhile the team lead makes her token a reviewer's. When she syncs again, the hub judges her
// work under her new role and refuses what a reviewer may not do (not-permitted). The top bar counts
// the refusals and leads to the list, the claim screen says what was refused and why, and each claim
// is back as the hub holds it. Photographed (refusals-*.png) in English and French, light and dark.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { SyncStatus } from '../../shared/api/sync';
import { cpor } from '../fixtures/cli';
import { hubToken } from '../fixtures/hub-process';
import { openClaim, queue, screenshot, settleViewer, show, watchConsole } from './desk';
import { scan } from './axe';
import { englishLeft } from './french';
import { hubsForSpec } from './hub-fixture';
import { callApi, expect, type Host, test } from './host-fixture';
import { SCREENSHOTS } from './paths';
import { testNow } from '../fixtures/clock';

const teamHubs = hubsForSpec();
const DANA = 'Dana Lead';

interface Team {
  readonly hubUrl: string;
  /** Dana's token once the team lead has made it a reviewer's. */
  readonly reviewerToken: () => string;
}

/** Dana joins a hub of the test's own with a team lead's token, and hands the demo's claims over. */
async function joinAsLead(host: Host, name: string): Promise<Team> {
  const database = await teamHubs.database(name);
  const hub = await teamHubs.hub(database);
  await callApi(host, 'settings.update', { identity: DANA });
  await callApi(host, 'sync.configure', { hubUrl: hub.url, token: hubToken(database, DANA, 'team-lead') });
  expect(await callApi<SyncStatus>(host, 'sync.run', {})).toMatchObject({ state: 'idle', pending: 0, refused: 0 });
  let reviewer: string | null = null;
  return {
    hubUrl: hub.url,
    reviewerToken() {
      if (reviewer) return reviewer;
      const revoked = cpor('hub', 'token', 'revoke', DANA, '--database', database);
      if (revoked.code !== 0) throw new Error(`cpor hub token revoke: ${revoked.err}`);
      reviewer = hubToken(database, DANA, 'reviewer');
      return reviewer;
    },
  };
}

/** Dana works off the hub (no round can run meanwhile), then joins again with her reviewer's token. */
async function offTheHub(host: Host, team: Team, work: () => Promise<void>): Promise<void> {
  await callApi(host, 'sync.configure', { hubUrl: '' });
  await work();
  await callApi(host, 'sync.configure', { hubUrl: team.hubUrl, token: team.reviewerToken() });
}

const assignToPriya = (host: Host, claimId: string) => callApi(host, 'claim.assign', { claimId, to: 'Priya Shah' });
const note = (host: Host, claimId: string) => callApi(host, 'claim.comment', { claimId, text: 'Tenant id checked against the PoE.', internal: true });

/** Two submitted claims nobody holds, the first with a PDF to show. */
function freeClaims(host: Host): [string, string] {
  const free = queue(host, '--status', 'submitted').filter((c) => c.assignee === null);
  const withPdf = free.find((c) => show(host, c.id).documents[0]?.mediaType === 'application/pdf') ?? free[0]!;
  return [withPdf.id, free.find((c) => c.id !== withPdf.id)!.id];
}

const indicator = (page: Page) => page.getByTestId('sync-indicator');

/** Opens the indicator's panel and runs a round there, as a reviewer would. */
async function syncNow(page: Page, refused: number): Promise<void> {
  await indicator(page).click();
  await page.getByTestId('sync-now').click();
  await expect(indicator(page)).toHaveAttribute('data-refused', String(refused));
  await expect(indicator(page)).toHaveAttribute('data-state', 'idle');
}

// The entries are made at the pinned instant and shown in the calendar's zone (Los Angeles).
const ENTRY_DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'America/Los_Angeles' }).format(testNow());
const ENTRY_TIME = `${ENTRY_DAY}, \\d\\d:\\d\\d UTC[−+]\\d+`;

test('changes the hub refused are counted in the top bar, listed, and explained on their claim, which is back as the hub holds it', async ({ page, host }) => {
  test.slow();
  const errors = watchConsole(page);
  const team = await joinAsLead(host, 'refusals_flow');
  const [x, y] = freeClaims(host);
  await offTheHub(host, team, async () => {
    await note(host, x);
    await assignToPriya(host, x);
    await assignToPriya(host, y);
  });
  // The app's own round (every 30 s, and a second after it starts) may come before Sync now does:
  // either way the hub judges the same work, once.
  await page.goto(host.url);
  await syncNow(page, 2);
  await expect(indicator(page)).toHaveAttribute('data-pending', '0');
  await expect(page.getByTestId('sync-refused')).toHaveText('2 refusals');
  await expect(page.getByTestId('sync-refused')).toHaveAttribute('title', '2 changes refused by the hub');
  await expect(indicator(page)).toHaveAttribute('aria-label', 'Team sync: Synced · 2 changes refused by the hub');
  await expect(page.getByTestId('sync-panel').getByTestId('sync-facts-refused')).toHaveText('2');
  // Never resent, and each claim is the hub's again: nobody holds it, the note is not on it.
  for (const id of [x, y]) expect(show(host, id)).toMatchObject({ status: 'submitted', assignee: null });
  expect(show(host, x).comments.map((c) => c.text)).not.toContain('Tenant id checked against the PoE.');

  await page.getByTestId('sync-show-refusals').click();
  const cards = page.getByTestId('refusals-dialog').getByTestId('refusal-card');
  await expect(cards).toHaveCount(2);
  const card = cards.and(page.locator(`[data-claim="${x}"]`));
  await expect(card).toHaveAttribute('data-code', 'not-permitted');
  await expect(card.getByTestId('refused-what').locator('li')).toHaveText([new RegExp(`^Your internal note of ${ENTRY_TIME}$`), new RegExp(`^Your assignment of ${ENTRY_TIME}$`)]);
  await expect(card.getByTestId('refused-why')).toHaveText('Why: The role of your hub token does not allow it.');
  await expect(card.getByTestId('refused-hub-says')).toContainText('a reviewer may not assign a claim to someone else');

  await card.getByTestId('refusal-open-claim').click();
  await expect(page.getByTestId('refusals-dialog')).toBeHidden();
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${x}`);
  const notices = page.getByTestId('refusal-notices');
  await expect(notices.getByRole('heading')).toHaveText('Refused by the team hub');
  await expect(notices.getByTestId('refusal-held')).toHaveText('The claim shows what the team hub holds: the refused work is not part of it.');
  const notice = notices.getByTestId('refusal-notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toHaveAttribute('data-code', 'not-permitted');
  await expect(notice.getByTestId('refused-what')).toHaveText(new RegExp(`^Your internal note of ${ENTRY_TIME}Your assignment of ${ENTRY_TIME}$`));
  await expect(notice.getByTestId('refused-why')).toHaveText('Why: The role of your hub token does not allow it.');

  // A claim with no refused change has no notice; the next round sends nothing again.
  const other = queue(host, '--status', 'submitted').find((c) => c.id !== x && c.id !== y)!.id;
  await page.getByTestId('back-to-queue').click();
  await openClaim(page, other);
  await expect(page.getByTestId('refusal-notices')).toHaveCount(0);
  expect(await callApi(host, 'sync.run', {})).toMatchObject({ pending: 0, refused: 2 });
  expect(errors).toEqual([]);
});

for (const language of ['en', 'fr'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${language}, ${theme}`, () => {
      test.use({ locale: language === 'en' ? 'en-US' : 'fr-FR' });
      test(`refused changes in ${language}, ${theme}`, async ({ page, host }) => {
        test.slow();
        const errors = watchConsole(page);
        const name = (what: string) => `refusals-${what}-${language}-${theme}`;
        const frenchOnly = async () => {
          if (language === 'fr') expect(await englishLeft(page)).toEqual([]);
        };
        await callApi(host, 'settings.update', { theme, language });
        const team = await joinAsLead(host, `refusals_${language}_${theme}`);
        const [x, y] = freeClaims(host);
        // Two spells off the hub, so the claim on screen has two refused changes, one of two entries.
        await offTheHub(host, team, () => assignToPriya(host, x).then(() => undefined));
        expect(await callApi<SyncStatus>(host, 'sync.run', {})).toMatchObject({ refused: 1 });
        await offTheHub(host, team, async () => {
          await note(host, x);
          await assignToPriya(host, x);
          await assignToPriya(host, y);
        });

        await page.goto(host.url);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await syncNow(page, 3);
        await expect(page.getByTestId('sync-panel').getByTestId('sync-facts-refused')).toBeVisible();
        await screenshot(page, name('panel'));
        await frenchOnly();
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('sync-panel')).toHaveCount(0);
        await page.locator('.topbar').screenshot({ path: join(SCREENSHOTS, `${name('top-bar')}.png`) });

        await indicator(page).click();
        await page.getByTestId('sync-show-refusals').click();
        await expect(page.getByTestId('refusal-card')).toHaveCount(3);
        await screenshot(page, name('list'));
        await frenchOnly();
        expect(await scan(page, 'refusals', '[data-testid="refusals-dialog"]'), 'serious or critical WCAG 2.1 AA violations').toEqual([]);
        await page.locator(`[data-testid="refusal-card"][data-claim="${x}"]`).first().getByTestId('refusal-open-claim').click();
        await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', new RegExp(x));
        await expect(page.getByTestId('refusal-notice')).toHaveCount(2);
        await expect(page.getByTestId('refusal-notice').first().getByTestId('refused-what').locator('li')).toHaveCount(2);
        await settleViewer(page);
        await screenshot(page, name('claim'));
        await frenchOnly();
        expect(errors).toEqual([]);
      });
    });
  }
}
