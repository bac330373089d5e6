// Settings through the browser host: who acts and in which role (an auditor sees no decision, and
// the API refuses one), the theme (screenshots of the settings and the desk in dark), the team's
// calendar (deadlines recomputed, a bad closing time refused at its field), backup and restore.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { claimsIn, openClaim, screenshot, settleViewer, show, watchConsole } from './desk';
import { englishLeft } from './french';
import { postApi, test } from './host-fixture';

async function openSettings(page: Page): Promise<void> {
  await page.getByTestId('screen-settings').click();
  await expect(page.getByTestId('settings-view')).toBeVisible();
  await expect(page.getByTestId('settings-identity')).toBeVisible();
}

test('an auditor: decisions, ticks and comments are gone and explained, and the API refuses a decision', async ({ page, host }) => {
  const errors = watchConsole(page);
  const claim = claimsIn(host, 'under-review')[0]!;
  await page.goto(host.url);
  await expect(page.getByTestId('current-role')).toHaveText('Team lead');
  await openSettings(page);
  await screenshot(page, 'settings-light');

  await page.getByTestId('settings-identity-name').fill('Dana Okafor');
  await page.getByTestId('settings-role-auditor').click();
  await page.getByTestId('save-identity').click();
  await expect(page.getByTestId('saved-identity')).toHaveText('Saved. You act as Dana Okafor, auditor.');
  await expect(page.getByTestId('current-user')).toContainText('Dana Okafor');
  await expect(page.getByTestId('current-role')).toHaveText('Auditor');
  // The team's calendar and policy are the lead's: shown, locked, and said why.
  await expect(page.getByTestId('settings-closing')).toBeDisabled();
  await expect(page.getByTestId('settings-calendar').getByTestId('settings-team-role-note')).toContainText(
    'An auditor may not change the team’s business calendar: the role team lead may.',
  );
  await expect(page.getByTestId('settings-restore')).toBeDisabled();
  await screenshot(page, 'settings-auditor');

  await page.getByTestId('screen-desk').click();
  await expect(page.getByTestId('queue-read-only')).toBeVisible();
  await expect(page.getByTestId('next-claim')).toHaveCount(0);
  await openClaim(page, claim.id);
  await settleViewer(page);
  const actions = page.getByTestId('claim-actions');
  await expect(actions.getByTestId('role-note')).toHaveText(/^An auditor may not decide on claims: the roles reviewer and team lead may\. Role settings$/);
  await expect(actions.getByRole('button', { name: /Approve|Reject|Request info/ })).toHaveCount(0);
  await expect(page.getByTestId('checklist-read-only')).toBeVisible();
  await expect(page.locator('#check-missing-poe')).toBeDisabled();
  await page.getByTestId('tab-comments').click();
  await expect(page.getByTestId('comment-role-note')).toContainText('An auditor may not write comments');
  await expect(page.getByTestId('comment-composer')).toHaveCount(0);
  // The keys say the same instead of opening a dialog.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('r');
  await expect(page.getByTestId('notice')).toHaveText('An auditor may not decide on claims: the roles reviewer and team lead may.');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await screenshot(page, 'desk-auditor');

  // The API refuses what the screen hides.
  const res = await postApi(host, 'claim.decide', { claimId: claim.id, action: 'reject', reason: 'insufficient-poe', message: 'Not enough.' });
  expect(res.status).toBe(403);
  expect(res.body).toEqual({
    ok: false,
    error: {
      code: 'forbidden',
      message: 'an auditor may not decide on claims: the roles reviewer and team lead may',
      refusal: { key: 'role-forbidden', params: { role: 'auditor', method: 'claim.decide', allowed: 'reviewer,team-lead' } },
    },
  });
  expect(show(host, claim.id).status).toBe('under-review');

  // Back to work: the role is theirs to change.
  await page.getByTestId('role-note').getByRole('button', { name: 'Role settings' }).click();
  await page.getByTestId('settings-role-reviewer').click();
  await page.getByTestId('save-identity').click();
  await expect(page.getByTestId('current-role')).toHaveText('Reviewer');
  await page.getByTestId('screen-desk').click();
  await expect(page.getByTestId('action-reject')).toBeVisible();
  expect(errors).toEqual([]);
});

test('dark theme: applied at once, kept across a reload, on the settings and the desk', async ({ page, host }) => {
  const errors = watchConsole(page);
  const claim = claimsIn(host, 'under-review')[0]!;
  await page.goto(host.url);
  await openSettings(page);
  await page.getByTestId('settings-theme-dark').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('saved-appearance')).toHaveText('Saved: dark theme.');
  await screenshot(page, 'settings-dark');
  await page.getByTestId('settings-data').scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-dark-data');

  // A reload keeps the screen (its address) and the theme; then the desk.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('settings-identity')).toBeVisible();
  await page.getByTestId('screen-desk').click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await screenshot(page, 'queue-dark');
  await openClaim(page, claim.id);
  await settleViewer(page);
  await screenshot(page, 'desk-dark');
  await page.getByTestId('action-reject').click();
  await expect(page.getByTestId('dialog-reject')).toBeVisible();
  await screenshot(page, 'desk-dark-dialog');
  await page.keyboard.press('Escape');

  // "System" follows the system's own choice.
  await page.getByTestId('screen-settings').click();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByTestId('settings-theme-system').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The theme is applied before it is saved: the file is read once the save has answered.
  await expect(page.getByTestId('saved-appearance')).toHaveText('Saved: system theme.');
  expect(JSON.parse(readFileSync(join(host.dataDir, 'workstation-settings.json'), 'utf8'))).toMatchObject({ theme: 'system' });
  expect(errors).toEqual([]);
});

test('Français in Appearance: the whole window in French at once, still French after a reload, back to English as quickly', async ({ page, host }) => {
  const errors = watchConsole(page);
  await page.goto(host.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await openSettings(page);
  await page.getByTestId('settings-language').selectOption('fr');
  // At once: the screen, the frame and the line that says it was saved.
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('saved-appearance')).toHaveText('Enregistré\u00a0: interface en français.');
  await expect(page.locator('.settings-view__title')).toHaveText('Réglages');
  await expect(page.getByTestId('screen-desk')).toHaveText('Bureau');
  await expect(page.getByTestId('current-role')).toHaveText('Chef d’équipe');
  await expect(page.getByTestId('settings-identity')).toContainText('Identité et rôle');
  expect(await englishLeft(page)).toEqual([]);
  expect(JSON.parse(readFileSync(join(host.dataDir, 'workstation-settings.json'), 'utf8'))).toMatchObject({ language: 'fr' });

  // A reload keeps the Settings screen (its address), in French.
  await page.reload();
  await expect(page.getByTestId('settings-identity')).toContainText('Identité et rôle');
  await page.getByTestId('screen-desk').click();
  await expect(page.getByTestId('queue-tab-mine')).toHaveText('Ma file');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await englishLeft(page)).toEqual([]);
  // The choice travels with the person's settings, not only with this window's storage.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId('queue-tab-mine')).toHaveText('Ma file');
  await expect(page.getByTestId('screen-settings')).toHaveText('Réglages');

  await openSettings(page);
  await expect(page.getByTestId('settings-language')).toHaveValue('fr');
  await page.getByTestId('settings-language').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('saved-appearance')).toHaveText('Saved: English.');
  await expect(page.locator('.settings-view__title')).toHaveText('Settings');
  expect(errors).toEqual([]);
});

test('the team calendar: a bad closing time is refused at its field, a good change recomputes the deadlines', async ({ page, host }) => {
  await page.goto(host.url);
  await openSettings(page);
  const calendar = page.getByTestId('settings-calendar');
  await page.getByTestId('settings-closing').fill('25:00');
  await calendar.getByTestId('save-calendar').click();
  await expect(calendar.getByTestId('error-calendar.closing')).toHaveText('Write the closing time as HH:MM, from 00:00 to 23:59.');
  await page.getByTestId('settings-time-zone').fill('Mars/Olympus');
  await page.getByTestId('settings-closing').fill('18:00');
  await calendar.getByTestId('save-calendar').click();
  await expect(calendar.getByTestId('error-calendar.timeZone')).toContainText('Unknown time zone “Mars/Olympus”');
  expect(host.cpor('sla', 'calendar')).toContain('America/Los_Angeles');

  await page.getByTestId('settings-region-country').selectOption('FR');
  await page.getByTestId('settings-time-zone').fill('Europe/Paris');
  await calendar.getByTestId('save-calendar').click();
  await expect(calendar.getByTestId('saved-calendar')).toHaveText(/^Saved\. \d+ deadlines recomputed on the new calendar \(of 30 claims\)\.$/);
  await screenshot(page, 'settings-calendar-saved');
  const stored = host.cpor('sla', 'calendar');
  expect(stored).toContain('FR');
  expect(stored).toContain('Europe/Paris');
  expect(stored).toContain('18:00');
});

test('back up now downloads the store; a damaged backup is refused, a good one restores', async ({ page, host }) => {
  const claim = claimsIn(host, 'under-review')[0]!;
  await page.goto(host.url);
  await openSettings(page);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('settings-backup').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cpor-backup-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.cporbackup$/);
  // Inside the test's data folder, which the fixture removes; the store never looks at it.
  mkdirSync(join(host.dataDir, 'downloads'));
  const saved = join(host.dataDir, 'downloads', download.suggestedFilename());
  await download.saveAs(saved);
  await expect(page.getByTestId('settings-backup-status')).toContainText('The backup is downloading as cpor-backup-');
  const bytes = readFileSync(saved);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  host.cpor('comment', claim.id, '--as', 'Priya Shah', '--text', 'Written after the backup.', '--internal');

  const damaged = Buffer.from(bytes);
  damaged.fill(0, Math.floor(damaged.length / 2), Math.floor(damaged.length / 2) + 64);
  const damagedFile = `${saved}.damaged.cporbackup`;
  writeFileSync(damagedFile, damaged);
  await page.getByTestId('settings-restore-file').setInputFiles(damagedFile);
  await expect(page.getByTestId('dialog-restore')).toContainText('.damaged.cporbackup');
  await page.getByTestId('confirm-restore').click();
  await expect(page.getByTestId('settings-restore-status')).toContainText('Restore refused, nothing changed: ');
  expect(show(host, claim.id).comments.map((c) => c.text)).toContain('Written after the backup.');

  await page.getByTestId('settings-restore-file').setInputFiles(saved);
  await page.getByTestId('confirm-restore').click();
  await expect(page.getByTestId('settings-restore-status')).toContainText(/^Restored 30 claims and \d+ PoE files from the backup of .+\. The replaced database is kept in .+before-restore-/);
  await screenshot(page, 'settings-restored');
  expect(show(host, claim.id).comments.map((c) => c.text)).not.toContain('Written after the backup.');
  expect(JSON.parse(host.cpor('verify', '--json'))).toMatchObject({ ok: true });
  // The desk shows the restored store.
  await page.getByTestId('screen-desk').click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
});
