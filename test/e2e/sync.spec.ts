// Issue 6's UI acceptance with a real hub: `cpor hub` on a throw-away PostgreSQL, the workstation
// under test on the browser host, and a second workstation driven by the `cpor` CLI. The sync
// indicator, the Team hub settings and the conflicts view are worked as a reviewer would, and
// photographed (sync-*.png) in English and French, light and dark, for a person to judge.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { cpor } from '../fixtures/cli';
import { hubToken } from '../fixtures/hub-process';
import { openClaim, queue, screenshot, show, watchConsole } from './desk';
import { scan } from './axe';
import { englishLeft } from './french';
import { hubsForSpec } from './hub-fixture';
import { SCREENSHOTS } from './paths';
import { callApi, expect, type Host, test } from './host-fixture';

// The tests stage who reaches the hub first (divergeOnOneClaim): a round of the workstation's own
// (every 30 s) between two staged steps would push its change first and leave no conflict to see.
// Here it syncs only when told (Sync now, sync.run).
test.use({ serveArgs: ['--sync-every', '0'] });

const teamHubs = hubsForSpec();
const folders: string[] = [];

test.afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

interface Team {
  readonly hubUrl: string;
  /** The token of the workstation under test (a team lead's, so it may resolve any conflict). */
  readonly token: string;
  /** An auditor's token: the workstation under test acts as an auditor once it syncs with it. */
  readonly auditorToken: string;
  /** Runs the CLI over a second workstation's own store. */
  other(...args: string[]): string;
}

/** A hub of its own per test (the demo bundle gives every test the same claim ids). */
async function startTeam(name: string): Promise<Team> {
  const database = await teamHubs.database(name);
  const hub = await teamHubs.hub(database);
  const dir = mkdtempSync(join(tmpdir(), 'cpor-e2e-other-'));
  folders.push(dir);
  const otherToken = hubToken(database, 'Sam Lee', 'reviewer');
  const run = (...args: string[]) => {
    const r = cpor('--data', dir, ...args);
    if (r.code !== 0) throw new Error(`cpor ${args.join(' ')}: ${r.err}`);
    return r.out;
  };
  return {
    hubUrl: hub.url,
    token: hubToken(database, 'Dana Lead', 'team-lead'),
    auditorToken: hubToken(database, 'Audrey Audit', 'auditor'),
    other: (...args) => (args[0] === 'sync' ? run('sync', '--hub', hub.url, '--token', otherToken, ...args.slice(1)) : run(...args)),
  };
}

/**
 * Both workstations start a review of one claim between syncs; the CLI's reaches the hub first, so
 * the workstation under test's change is kept aside as a conflict at its next round.
 */
function divergeOnOneClaim(host: Host, team: Team): Promise<string> {
  const claim = queue(host, '--status', 'submitted')[0]!.id;
  team.other('sync');
  team.other('decide', claim, '--action', 'start-review', '--as', 'Sam Lee');
  return callApi(host, 'claim.decide', { claimId: claim, action: 'start-review' }).then(() => {
    team.other('sync');
    return claim;
  });
}

const indicator = (page: Page) => page.getByTestId('sync-indicator');

test('the hub is set in Settings, a conflict is seen and resolved, and the history says so', async ({ page, host }) => {
  test.slow();
  const errors = watchConsole(page);
  const team = await startTeam('sync_flow');
  await page.goto(host.url);
  await expect(indicator(page)).toHaveAttribute('data-state', 'off');

  await page.getByTestId('screen-settings').click();
  const section = page.getByTestId('settings-hub');
  await section.getByTestId('hub-address').fill('hub.example:7420');
  await section.getByTestId('save-hub').click();
  await expect(section.getByTestId('error-hub-address')).toContainText('is not a hub address');

  await section.getByTestId('hub-address').fill(team.hubUrl);
  await section.getByTestId('hub-token').fill(team.token);
  await section.getByTestId('save-hub').click();
  await expect(section.getByTestId('saved-hub')).toBeVisible();
  await expect(section.getByTestId('hub-token')).toHaveValue('');
  await expect(section).toContainText('A token is saved');
  await section.getByTestId('hub-sync-now').click();
  await expect(indicator(page)).toHaveAttribute('data-state', 'idle');
  await expect(indicator(page)).toHaveAttribute('data-pending', '0');
  await expect(page.getByTestId('sync-state')).toContainText('Synced');
  await expect(section.getByTestId('sync-facts-pending')).toHaveText('0');

  const claim = await divergeOnOneClaim(host, team);
  await expect(indicator(page)).toHaveAttribute('data-pending', '1');
  await indicator(page).click();
  await page.getByTestId('sync-now').click();
  await expect(indicator(page)).toHaveAttribute('data-conflicts', '1');
  await expect(page.getByTestId('sync-conflicts')).toHaveText('1 conflict');

  await page.getByTestId('sync-show-conflicts').click();
  const dialog = page.getByTestId('conflicts-dialog');
  const card = dialog.getByTestId('conflict-card');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-claim', claim);
  await expect(card.getByTestId('conflict-ours')).toContainText('Start review');
  await expect(card.getByTestId('conflict-ours')).toContainText('Dana Lead');
  await expect(card.getByTestId('conflict-theirs')).toContainText('Start review');
  await expect(card.getByTestId('conflict-theirs')).toContainText('Sam Lee');
  await card.getByTestId('conflict-note').fill('Sam took it first.');
  await card.getByTestId('conflict-keep-applied').click();
  await expect(dialog.getByTestId('conflicts-none')).toBeVisible();
  await expect(indicator(page)).toHaveAttribute('data-conflicts', '0');
  await expect(page.getByTestId('sync-conflicts')).toHaveCount(0);
  await dialog.getByTestId('conflicts-close').click();

  const resolved = show(host, claim).history.filter((h) => h.kind === 'conflict-resolved');
  expect(resolved).toHaveLength(1);
  await page.getByTestId('screen-desk').click();
  await openClaim(page, claim);
  await page.getByTestId('tab-history').click();
  const entry = page.locator('[data-testid="claim-history"] [data-kind="conflict-resolved"]');
  await expect(entry).toContainText('Sync conflict resolved');
  await expect(entry).toContainText('Sam took it first.');
  // The refused address came back as HTTP 400, which the browser logs by itself.
  expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
});

test('the claim screen marks a claim with an open conflict and opens the conflicts view', async ({ page, host }) => {
  test.slow();
  const team = await startTeam('sync_banner');
  await callApi(host, 'sync.configure', { hubUrl: team.hubUrl, token: team.token });
  await callApi(host, 'sync.run', {});
  const claim = await divergeOnOneClaim(host, team);
  await callApi(host, 'sync.run', {});
  await page.goto(host.url);
  await openClaim(page, claim);
  await expect(page.getByTestId('conflict-banner')).toBeVisible();
  await page.getByTestId('conflict-banner-open').click();
  await expect(page.getByTestId('conflict-card')).toHaveAttribute('data-claim', claim);
});

test('an auditor sees the conflicts but may not resolve them', async ({ page, host }) => {
  test.slow();
  const team = await startTeam('sync_auditor');
  await callApi(host, 'sync.configure', { hubUrl: team.hubUrl, token: team.token });
  await callApi(host, 'sync.run', {});
  await divergeOnOneClaim(host, team);
  await callApi(host, 'sync.run', {});
  // The workstation now syncs with an auditor's token: joined to a hub, it acts as its token's person.
  await callApi(host, 'sync.configure', { hubUrl: team.hubUrl, token: team.auditorToken });
  await callApi(host, 'sync.run', {});
  await page.goto(host.url);
  await indicator(page).click();
  await page.getByTestId('sync-show-conflicts').click();
  await expect(page.getByTestId('conflict-card')).toBeVisible();
  await expect(page.getByTestId('conflict-role-note')).toContainText('An auditor may not resolve sync conflicts');
  await expect(page.getByTestId('conflict-keep-applied')).toHaveCount(0);
});

for (const language of ['en', 'fr'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${language}, ${theme}`, () => {
      test.use({ locale: language === 'en' ? 'en-US' : 'fr-FR' });
      test(`sync screens in ${language}, ${theme}`, async ({ page, host }) => {
        test.slow();
        const errors = watchConsole(page);
        const name = (what: string) => `sync-${what}-${language}-${theme}`;
        const frenchOnly = async () => {
          if (language === 'fr') expect(await englishLeft(page)).toEqual([]);
        };
        const team = await startTeam(`sync_${language}_${theme}`);
        await callApi(host, 'settings.update', { theme, language });
        await callApi(host, 'sync.configure', { hubUrl: team.hubUrl, token: team.token });
        await callApi(host, 'sync.run', {});
        await page.goto(host.url);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expect(indicator(page)).toHaveAttribute('data-state', 'idle');
        await screenshot(page, name('synced'));
        await indicator(page).click();
        await expect(page.getByTestId('sync-panel')).toBeVisible();
        await screenshot(page, name('panel'));
        await frenchOnly();
        expect(await scan(page, 'sync panel', '[data-testid="sync-panel"]'), 'serious or critical WCAG 2.1 AA violations').toEqual([]);
        await page.keyboard.press('Escape');

        await divergeOnOneClaim(host, team);
        await indicator(page).click();
        await page.getByTestId('sync-now').click();
        await expect(indicator(page)).toHaveAttribute('data-conflicts', '1');
        await screenshot(page, name('conflict-indicator'));
        await page.getByTestId('sync-show-conflicts').click();
        await expect(page.getByTestId('conflict-card')).toBeVisible();
        await screenshot(page, name('conflicts'));
        await frenchOnly();
        expect(await scan(page, 'conflicts', '[data-testid="conflicts-dialog"]'), 'serious or critical WCAG 2.1 AA violations').toEqual([]);
        await page.getByTestId('conflicts-close').click();

        await page.getByTestId('screen-settings').click();
        const section = page.getByTestId('settings-hub');
        await section.scrollIntoViewIfNeeded();
        await expect(section.getByTestId('sync-facts')).toBeVisible();
        await section.screenshot({ path: join(SCREENSHOTS, `${name('settings')}.png`) });
        await frenchOnly();

        // A hub that does not answer: the workstation carries on offline.
        await callApi(host, 'sync.configure', { hubUrl: 'http://127.0.0.1:9' });
        await callApi(host, 'sync.run', {});
        await expect(indicator(page)).toHaveAttribute('data-state', 'offline');
        await indicator(page).click();
        await expect(page.getByTestId('sync-panel').getByTestId('sync-facts-error')).toBeVisible();
        await screenshot(page, name('offline'));
        expect(errors).toEqual([]);
      });
    });
  }
}
