// Issue 5, "Languages": switching to French translates every screen. Each screen and state the
// desk can reach is scanned for English (words of the English UI that French never uses, or a
// whole English string) outside the claim's data; the test fails listing what is left. Dates and
// numbers must be French too, and every screen is photographed for a person to look at.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { claimsIn, screenshot, settleViewer, watchConsole } from './desk';
import { englishLeft } from './french';
import { callApi, expect, test as hostTest } from './host-fixture';
import { EXPLAINED_CLAIM, EXPLAINED_DOCS, writeExplainedFilesBundle } from './viewer-bundles';

const NBSP = '\u00a0';
const FRENCH_DATE = /\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\./;

const test = hostTest.extend<{ english: (screen: string) => Promise<void>; left: Map<string, string[]> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  left: async ({}, use) => {
    await use(new Map());
  },
  english: async ({ page, left }, use) => {
    await page.addInitScript(() => localStorage.setItem('cpor.language', 'fr'));
    await use(async (screen) => {
      const found = await englishLeft(page);
      if (found.length > 0) left.set(screen, found);
    });
  },
});

/** Every screen scanned, and what was still English on each, in one failure. */
test.afterEach(({ left }) => {
  expect(Object.fromEntries(left), 'strings left in English').toEqual({});
});

async function searchFor(page: Page, text: string): Promise<void> {
  await page.locator('input[type="search"]').fill(text);
}

async function openClaim(page: Page, id: string): Promise<void> {
  await searchFor(page, id);
  const row = page.locator(`[data-testid="queue-row"][data-claim-id="${id}"]`);
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(page.getByTestId('claim-actions')).toBeVisible();
  await settleViewer(page);
}

async function backToQueue(page: Page): Promise<void> {
  await page.getByTestId('back-to-queue').click();
  await expect(page.getByTestId('queue-table').or(page.locator('.queue-empty'))).toBeVisible();
}

test('the queue in French: tabs, filters, an empty result, the shortcuts, dates and numbers', async ({ page, host, english }) => {
  const errors = watchConsole(page);
  const total = JSON.parse(host.cpor('queue', '--limit', '1000', '--json')).length as number;
  await page.goto(host.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('queue-tab-mine')).toHaveText('Ma file');
  await expect(page.getByTestId('claim-count')).toHaveText(`${total} demandes`);
  await expect(page.locator('.queue-footer')).toContainText(`${total} demandes`);
  await expect(page.locator('.queue-cell--age').nth(1)).toHaveAttribute('title', FRENCH_DATE);
  await expect(page.getByTestId('sla-countdown').first()).toHaveText(/^(reste|depuis) /);
  await english('queue');
  await screenshot(page, 'fr-queue');

  for (const tab of ['mine', 'unassigned', 'all']) {
    await page.getByTestId(`queue-tab-${tab}`).click();
    await expect(page.getByTestId(`queue-tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
    await english(`queue, tab ${tab}`);
  }

  await page.getByTestId('filter-sla').selectOption('breached');
  await page.getByTestId('filter-status').selectOption('open');
  await expect(page.locator('.queue-footer')).toContainText(/correspond/);
  await english('queue, filtered');
  await screenshot(page, 'fr-queue-filtered');

  await searchFor(page, 'zzzz-nothing');
  await expect(page.locator('.queue-empty')).toContainText('Aucune demande ne correspond à ces filtres');
  await english('queue, empty result');
  await screenshot(page, 'fr-queue-empty');
  await page.getByTestId('clear-filters').click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();

  await page.locator('body').press('?');
  await expect(page.getByTestId('shortcut-help')).toContainText('Rechercher dans le document');
  await expect(page.getByTestId('shortcut-help')).toContainText('Échap');
  await english('keyboard shortcuts');
  await screenshot(page, 'fr-shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcut-help')).toBeHidden();
  expect(errors).toEqual([]);
});

test('a claim at the desk in French: details, checklist, viewer, comments, history, dialogs, a notice', async ({ page, host, english }) => {
  test.slow();
  const errors = watchConsole(page);
  const claim = claimsIn(host, 'submitted')[0]!;
  await page.goto(host.url);
  await openClaim(page, claim.id);
  await expect(page.getByTestId('claim-status')).toHaveText('Soumise');

  // A decision key the status does not allow says so, in French.
  await page.keyboard.press('a');
  await expect(page.getByTestId('notice')).toContainText(`Approuver${NBSP}: impossible`);
  await english('claim, notice');
  await screenshot(page, 'fr-notice');

  await expect(page.locator('.doc-list__meta').first()).toContainText(/\d(,\d)?\u00a0(o|Ko|Mo)/);
  await english('claim, details');
  await screenshot(page, 'fr-claim-details');

  const evidence = page.locator('.evidence__item:not([disabled])').first();
  if (await evidence.count()) {
    await evidence.click();
    await expect(page.getByTestId('evidence-bar')).toBeVisible();
    await english('claim, evidence shown');
    await screenshot(page, 'fr-claim-evidence');
  }

  await page.keyboard.press('f');
  await page.getByTestId('find-input').fill('e');
  await expect(page.getByTestId('find-status')).toHaveText(/^\d+ sur \d+\+?$/);
  await english('viewer, find');
  await screenshot(page, 'fr-viewer-find');
  await page.getByTestId('find-input').fill('zzqqzz');
  await expect(page.getByTestId('find-status')).toHaveText(/Aucun/);
  await english('viewer, find without a match');
  await page.keyboard.press('Escape');

  await page.getByTestId('tab-comments').click();
  await expect(page.getByTestId('comment-composer')).toBeVisible();
  await page.getByTestId('comment-internal').click();
  await english('claim, comments');
  await screenshot(page, 'fr-claim-comments');

  await page.getByTestId('tab-history').click();
  await expect(page.getByTestId('chain-state')).toHaveText('Chaîne vérifiée');
  await page.getByTestId('verify-store').click();
  await expect(page.getByTestId('store-check')).toContainText('Base vérifiée');
  await english('claim, history');
  await screenshot(page, 'fr-claim-history');

  await page.keyboard.press('s');
  await expect(page.getByTestId('claim-status')).toHaveText('En revue');

  // Another desk ticks a deficiency meanwhile (a tick does not change the version): the service
  // refuses the approval, and the dialog says why in French.
  await callApi(host, 'claim.checklist', { claimId: claim.id, code: 'missing-products', open: true });
  await page.getByTestId('action-approve').click();
  const refused = page.getByTestId('dialog-approve');
  await refused.getByTestId('confirm-approve').click();
  await expect(refused.getByTestId('dialog-error')).toHaveText(
    `La lacune «${NBSP}Produits manquants${NBSP}» est toujours ouverte${NBSP}: donnez le motif de la dérogation pour approuver.`,
  );
  await expect(refused.getByTestId('dialog-error').locator('[lang="en"]')).toHaveCount(0);
  await english('dialog, an approval the service refuses');
  await screenshot(page, 'fr-dialog-approve-refused');
  await page.keyboard.press('Escape');
  await expect(refused).toBeHidden();

  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(page.getByTestId('checklist')).toContainText('3 cochées');

  await page.getByTestId('action-approve').click();
  const approve = page.getByTestId('dialog-approve');
  await expect(approve).toContainText('Approuver par dérogation');
  await approve.getByTestId('confirm-approve').click();
  await expect(approve.getByTestId('dialog-error')).toContainText('Expliquez pourquoi');
  await english('dialog, approve with override');
  await screenshot(page, 'fr-dialog-approve');
  await page.keyboard.press('Escape');
  await expect(approve).toBeHidden();

  await page.keyboard.press('r');
  await expect(page.getByTestId('dialog-reject')).toBeVisible();
  await english('dialog, reject');
  await screenshot(page, 'fr-dialog-reject');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('dialog-reject')).toBeHidden();

  await page.keyboard.press('i');
  const request = page.getByTestId('dialog-request-info');
  await expect(request.getByTestId('request-info-message')).toHaveValue(/^Bonjour/);
  await english('dialog, request information');
  await screenshot(page, 'fr-dialog-request-info');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('decision-recorded')).toContainText('Infos demandées · enregistré');
  await expect(page.getByTestId('no-decision')).toContainText('En attente du partenaire');
  await english('claim, decision recorded');
  await screenshot(page, 'fr-claim-decided');
  // The refused approval is a 409 the browser logs; nothing else may be.
  expect(errors.filter((e) => !/status of 409/.test(e))).toEqual([]);
});

test('disputes, competing claims and closed claims in French', async ({ page, host, english }) => {
  test.slow();
  const errors = watchConsole(page);
  await page.goto(host.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();

  const disputed = claimsIn(host, 'disputed')[0]!;
  await openClaim(page, disputed.id);
  await page.keyboard.press('r');
  await expect(page.getByTestId('dialog-uphold-rejection')).toContainText('Maintenir le rejet');
  await english('dialog, uphold the rejection');
  await screenshot(page, 'fr-dialog-uphold');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('dialog-uphold-rejection')).toBeHidden();
  await page.keyboard.press('a');
  await expect(page.getByTestId('dialog-overturn-rejection')).toBeVisible();
  await english('dialog, overturn the rejection');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('dialog-overturn-rejection')).toBeHidden();
  await backToQueue(page);

  const rows = JSON.parse(host.cpor('queue', '--limit', '1000', '--json')) as { id: string; competing: number }[];
  const rival = rows.find((r) => r.competing > 0);
  expect(rival, 'the demo has competing claims').toBeDefined();
  await openClaim(page, rival!.id);
  await expect(page.getByTestId('competing-claims')).toContainText('Demandes concurrentes');
  await english('claim with competing claims');
  await screenshot(page, 'fr-claim-competing');
  await backToQueue(page);

  for (const status of ['approved', 'rejected', 'partner-action-required', 'sent-for-assessment']) {
    const closed = claimsIn(host, status)[0];
    if (!closed) continue;
    await openClaim(page, closed.id);
    await page.getByTestId('tab-history').click();
    await expect(page.getByTestId('claim-history')).toBeVisible();
    await english(`claim ${status}, history`);
    if (status === 'rejected') await screenshot(page, 'fr-claim-rejected');
    await backToQueue(page);
  }
  expect(errors).toEqual([]);
});

const viewerTest = test.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  bundle: async ({}, use) => {
    const dir = await writeExplainedFilesBundle();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

viewerTest('the viewer in French: toolbar, page rail, a picture, a file it cannot show, a locked PDF', async ({ page, host, english }) => {
  test.slow();
  const errors = watchConsole(page);
  await page.goto(host.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await openClaim(page, EXPLAINED_CLAIM);

  const tab = (name: string) => page.getByRole('tablist', { name: 'Documents' }).getByRole('tab', { name });
  await tab(EXPLAINED_DOCS.sow).click();
  await expect(page.locator('.pdf-page[data-rendered-page="1"]')).toBeVisible();
  await expect(page.getByTestId('page-count')).toHaveText(/^sur \d+$/);
  await expect(page.getByTestId('zoom-select').locator('option:checked')).toHaveText(new RegExp(`^Pleine largeur \\(\\d+${NBSP}%\\)$`));
  await english('viewer, a PDF with its page rail');
  await screenshot(page, 'fr-viewer');

  await tab(EXPLAINED_DOCS.scan).click();
  await expect(page.getByTestId('image-viewer').locator('img')).toBeVisible();
  await english('viewer, a picture');

  await tab(EXPLAINED_DOCS.sheet).click();
  await expect(page.getByTestId('no-preview')).toContainText('Aperçu impossible pour ce type de fichier');
  await expect(page.getByTestId('no-preview')).toContainText('Classeur Excel');
  await english('viewer, a file it cannot preview');
  await screenshot(page, 'fr-viewer-no-preview');

  await tab(EXPLAINED_DOCS.locked).click();
  await expect(page.locator('.viewer-message')).toContainText('protégé par un mot de passe');
  await english('viewer, a locked PDF');
  await screenshot(page, 'fr-viewer-locked');
  expect(errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
});

async function openSettings(page: Page): Promise<void> {
  await page.getByTestId('screen-settings').click();
  await expect(page.getByTestId('settings-identity')).toBeVisible();
}

/** One section of Settings on screen, photographed: the view scrolls, not the page. */
async function showSection(page: Page, section: string, name: string): Promise<void> {
  await page.getByTestId(`settings-${section}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, name);
}

test('Settings in French: every section, refused and saved values, backup and restore, an auditor', async ({ page, host, english }) => {
  test.slow();
  const errors = watchConsole(page);
  await page.goto(host.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await openSettings(page);
  await expect(page.locator('.settings-view__title')).toHaveText('Réglages');
  await expect(page.getByTestId('settings-role-team-lead')).toContainText('Chef d’équipe');
  await expect(page.getByTestId('settings-region-country').locator('option:checked')).toHaveText('États-Unis');
  // The policy section and its list share a test id: the list is the select.
  const policy = page.locator('select[data-testid="settings-policy"]');
  await expect(policy.locator('option:checked')).toHaveText('2020 · Associations client, édition 2020');
  await english('settings');
  await screenshot(page, 'fr-settings');
  await showSection(page, 'calendar', 'fr-settings-calendar');
  await showSection(page, 'data', 'fr-settings-data');

  // Refused values, worded in French under their field.
  const calendar = page.getByTestId('settings-calendar');
  await page.getByTestId('settings-closing').fill('25:00');
  await calendar.getByTestId('save-calendar').click();
  await expect(calendar.getByTestId('error-calendar.closing')).toHaveText('Écrivez l’heure de fermeture sous la forme 17:30, de 00:00 à 23:59.');
  await page.getByTestId('settings-closing').fill('18:00');
  await page.getByTestId('settings-time-zone').fill('Mars/Olympus');
  await calendar.getByTestId('save-calendar').click();
  await expect(calendar.getByTestId('error-calendar.timeZone')).toHaveText(/^Fuseau horaire inconnu \(«\u00a0Mars\/Olympus\u00a0»\)\u00a0: tapez une zone IANA/);
  await page.getByTestId('settings-identity-name').fill('   ');
  await page.getByTestId('save-identity').click();
  await expect(page.getByTestId('error-identity')).toHaveText('Votre nom ne peut pas être vide.');
  await english('settings, refused values');
  await showSection(page, 'calendar', 'fr-settings-refused');

  // Saved values say so in French.
  await page.getByTestId('settings-region-country').selectOption('FR');
  await page.getByTestId('settings-time-zone').fill('Europe/Paris');
  await calendar.getByTestId('save-calendar').click();
  await expect(calendar.getByTestId('saved-calendar')).toHaveText(/^Enregistré\. \d+\u00a0échéances recalculées selon le nouveau calendrier \(sur 30 demandes\)\.$/);
  const policyFrom = page.getByTestId('settings-policy-from');
  await policy.selectOption('2023');
  await policyFrom.fill('2022-06-01');
  await page.getByTestId('save-policy').click();
  await expect(page.getByTestId('error-policy.from')).toHaveText(
    `La politique 2023 est entrée en vigueur le 1 janv. 2023${NBSP}: elle ne peut pas s’appliquer à partir du 1 juin 2022.`,
  );
  await policyFrom.fill('2027-03-01');
  await page.getByTestId('save-policy').click();
  await expect(page.getByTestId('saved-policy')).toHaveText('Enregistré. Les nouvelles demandes soumises à partir du 1 mars 2027 sont jugées selon la politique 2023.');
  await page.getByTestId('settings-theme-light').click();
  await expect(page.getByTestId('saved-appearance')).toHaveText(`Enregistré${NBSP}: thème clair.`);
  await english('settings, saved values');
  await showSection(page, 'calendar', 'fr-settings-saved');

  // Backup, and a damaged backup refused: the reason is worded in French from the refusal's key.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('settings-backup').click();
  const download = await downloading;
  mkdirSync(join(host.dataDir, 'downloads'));
  const saved = join(host.dataDir, 'downloads', download.suggestedFilename());
  await download.saveAs(saved);
  await expect(page.getByTestId('settings-backup-status')).toHaveText(/^La sauvegarde se télécharge sous le nom cpor-backup-[\d-]+\.cporbackup\.$/);
  const damaged = Buffer.from(readFileSync(saved));
  damaged.fill(0, Math.floor(damaged.length / 2), Math.floor(damaged.length / 2) + 64);
  writeFileSync(`${saved}.damaged.cporbackup`, damaged);
  await page.getByTestId('settings-restore-file').setInputFiles(`${saved}.damaged.cporbackup`);
  await expect(page.getByTestId('dialog-restore')).toContainText('Restaurer une sauvegarde');
  await english('settings, restore dialog');
  await screenshot(page, 'fr-settings-restore-dialog');
  await page.getByTestId('confirm-restore').click();
  await expect(page.getByTestId('settings-restore-status')).toContainText(`Restauration refusée, rien n’a changé${NBSP}: la sauvegarde est endommagée`);
  await expect(page.getByTestId('settings-restore-status').locator('[lang="en"]')).toHaveCount(0);
  await english('settings, backup and a refused restore');
  await showSection(page, 'data', 'fr-settings-backup');

  // An auditor: the team's settings locked and said why, in French.
  await page.getByTestId('settings-identity-name').fill('Dana Okafor');
  await page.getByTestId('settings-role-auditor').click();
  await page.getByTestId('save-identity').click();
  await expect(page.getByTestId('saved-identity')).toHaveText('Enregistré. Vous agissez en tant que Dana Okafor, auditeur.');
  await expect(page.getByTestId('current-role')).toHaveText('Auditeur');
  await expect(calendar.getByTestId('settings-team-role-note')).toHaveText(
    `Le rôle auditeur ne permet pas de modifier le calendrier ouvré de l’équipe${NBSP}: seul le rôle chef d’équipe le permet.`,
  );
  await expect(page.getByTestId('settings-restore-role-note')).toContainText('Le rôle auditeur ne permet pas de restaurer une sauvegarde');
  await english('settings, an auditor');
  await screenshot(page, 'fr-settings-auditor');
  await showSection(page, 'data', 'fr-settings-auditor-data');

  // The auditor's desk: read only, and the role notes in French.
  await page.getByTestId('screen-desk').click();
  await expect(page.getByTestId('queue-read-only')).toHaveText('Lecture seule');
  await expect(page.getByTestId('queue-read-only')).toHaveAttribute('title', /^Le rôle auditeur ne permet pas de prendre la demande suivante/);
  await english('desk, an auditor, queue');
  await screenshot(page, 'fr-settings-auditor-queue');
  const claim = claimsIn(host, 'under-review')[0]!;
  await openClaim(page, claim.id);
  await expect(page.getByTestId('claim-actions').getByTestId('role-note')).toHaveText(
    `Le rôle auditeur ne permet pas de décider des demandes${NBSP}: seuls les rôles réviseur et chef d’équipe le permettent. Réglages du rôle`,
  );
  await expect(page.getByTestId('checklist-read-only')).toHaveText('Lecture seule');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('r');
  await expect(page.getByTestId('notice')).toHaveText(`Le rôle auditeur ne permet pas de décider des demandes${NBSP}: seuls les rôles réviseur et chef d’équipe le permettent.`);
  await english('desk, an auditor, a claim');
  await screenshot(page, 'fr-settings-auditor-desk');
  await page.getByTestId('tab-comments').click();
  await expect(page.getByTestId('comment-role-note')).toContainText('Le rôle auditeur ne permet pas d’écrire des commentaires');
  await english('desk, an auditor, comments');
  await screenshot(page, 'fr-settings-auditor-comments');
  expect(errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
});

test('the scan itself finds English on an English screen', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  const found = await englishLeft(page);
  expect(found).toContain('text: "My queue" (my, queue)');
  expect(found.length).toBeGreaterThan(20);
});

test.describe('with a French browser and no saved choice', () => {
  test.use({ locale: 'fr-FR' });

  test('the desk starts in French', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByTestId('queue-tab-mine')).toHaveText('Ma file');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});
