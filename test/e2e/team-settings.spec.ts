// The team's settings on the hub as Settings shows them (issue 15): the workstation under test is
// joined to a real hub on a throw-away PostgreSQL, and a team lead set the team's calendar and
// policy with `cpor hub settings`. The calendar and policy sections say the hub sets them, by whom
// and when; a team lead's save goes to the hub; a reviewer's fields are locked. Photographed
// (settings-team-hub-*.png) in English and French, light and dark, for a person to judge.
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { cpor } from '../fixtures/cli';
import { hubToken } from '../fixtures/hub-process';
import { screenshot, watchConsole } from './desk';
import { englishLeft } from './french';
import { hubsForSpec } from './hub-fixture';
import { SCREENSHOTS } from './paths';
import { callApi, expect, type Host, test } from './host-fixture';

const LEAD = 'Priya Shah';
const teamHubs = hubsForSpec();

/** A hub of its own whose team settings a team lead set from the command line; the workstation joined to it with `token`'s role. */
async function joinedToHub(host: Host, name: string, role: 'team-lead' | 'reviewer'): Promise<{ hubUrl: string; lead: string }> {
  const database = await teamHubs.database(name);
  const hub = await teamHubs.hub(database);
  const lead = hubToken(database, LEAD, 'team-lead');
  const set = cpor('hub', 'settings', '--hub', hub.url, '--token', lead, '--region', 'FR', '--tz', 'Europe/Paris', '--closing', '18:00', '--policy', '2023', '--policy-from', '2026-01-01');
  if (set.code !== 0) throw new Error(`cpor hub settings: ${set.err}`);
  const token = role === 'team-lead' ? lead : hubToken(database, 'Alex Martin', 'reviewer');
  await callApi(host, 'settings.update', role === 'team-lead' ? { identity: LEAD } : { identity: 'Alex Martin', role: 'reviewer' });
  await callApi(host, 'sync.configure', { hubUrl: hub.url, token });
  await callApi(host, 'sync.run', {});
  return { hubUrl: hub.url, lead };
}

/** Scrolls the Settings column (not the window, which would take the top bar away) to put a section at its top. */
async function showAtTop(section: Locator): Promise<void> {
  await section.evaluate((el) => {
    const view = el.closest('[data-testid="settings-view"]');
    if (view) view.scrollTop += el.getBoundingClientRect().top - view.getBoundingClientRect().top - 16;
  });
}

for (const language of ['en', 'fr'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${language}, ${theme}`, () => {
      test.use({ locale: language === 'en' ? 'en-US' : 'fr-FR' });
      test(`a team lead's Settings joined to a hub, in ${language}, ${theme}`, async ({ page, host }) => {
        test.slow();
        const errors = watchConsole(page);
        const name = (what: string) => `settings-team-hub-${what}-${language}-${theme}`;
        await callApi(host, 'settings.update', { theme, language });
        const team = await joinedToHub(host, `team_settings_${language}_${theme}`, 'team-lead');
        await page.goto(host.url);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await page.getByTestId('screen-settings').click();
        const calendar = page.getByTestId('settings-calendar');
        const policy = page.getByTestId('settings-policy');
        await expect(calendar.getByTestId('team-hub-note-calendar')).toContainText(LEAD);
        await expect(policy.getByTestId('team-hub-note-policy')).toContainText(LEAD);
        await expect(calendar.getByTestId('settings-time-zone')).toHaveValue('Europe/Paris');
        await expect(calendar.getByTestId('settings-closing')).toHaveValue('18:00');
        await expect(policy.getByTestId('settings-policy')).toHaveValue('2023');
        await expect(calendar.getByTestId('settings-closing')).toBeEnabled();
        await showAtTop(calendar);
        await screenshot(page, name('lead'));
        if (language === 'fr') expect(await englishLeft(page)).toEqual([]);

        // The team lead moves the closing time: the change goes to the hub, as its next version.
        await calendar.getByTestId('settings-closing').fill('17:30');
        await calendar.getByTestId('save-calendar').click();
        await expect(calendar.getByTestId('saved-calendar')).toContainText('2');
        await expect(calendar.getByTestId('team-hub-note-calendar')).toContainText('2');
        const onHub = JSON.parse(cpor('hub', 'settings', '--hub', team.hubUrl, '--token', team.lead, '--json').out) as { settings: { version: number; setBy: string; calendar: { closing: string } } };
        expect(onHub.settings).toMatchObject({ version: 2, setBy: LEAD, calendar: { closing: '17:30' } });
        await calendar.screenshot({ path: join(SCREENSHOTS, `${name('lead-saved')}.png`) });
        if (language === 'fr') expect(await englishLeft(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    });
  }
}

test('a reviewer sees the team hub\'s calendar and policy, locked, and why', async ({ page, host }) => {
  test.slow();
  const errors = watchConsole(page);
  await joinedToHub(host, 'team_settings_reviewer', 'reviewer');
  await page.goto(host.url);
  await page.getByTestId('screen-settings').click();
  const calendar = page.getByTestId('settings-calendar');
  await expect(calendar.getByTestId('team-hub-note-calendar')).toContainText(`Set by the team hub for every workstation joined to it: last changed by ${LEAD}`);
  await expect(calendar.getByTestId('settings-team-role-note')).toContainText('A reviewer may not change the team’s business calendar');
  await expect(calendar.getByTestId('settings-closing')).toBeDisabled();
  await expect(calendar.getByTestId('settings-closing')).toHaveValue('18:00');
  await showAtTop(calendar);
  await screenshot(page, 'settings-team-hub-reviewer-en-light');
  expect(errors).toEqual([]);
});
