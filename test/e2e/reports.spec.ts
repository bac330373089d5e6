// The Reports screen: a preview the store answers for the period and filters, the same figures as
// `cpor export`, and the three files saved from the screen (a download in the browser host).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { pdfPageTexts } from '../fixtures/pdf-pages';
import { screenshot, watchConsole } from './desk';
import { englishLeft } from './french';
import { callApi, expect, test } from './host-fixture';

interface Exported {
  rows: number;
  format: string;
}

test('preview, filters and the three files match cpor export', async ({ page, host }) => {
  const errors = watchConsole(page);
  await page.goto(host.url);
  // The default period is the browser's days until the session names the team calendar's zone,
  // then the calendar's. With the session known before the screen opens, the first rows shown
  // are already the calendar period's, and the period read below is theirs.
  await expect(page.getByTestId('current-user')).toBeVisible();
  await page.getByTestId('screen-reports').click();
  await expect(page.getByTestId('reports-view')).toBeVisible();
  await expect(page.getByTestId('report-row').first()).toBeVisible();

  const from = (await page.getByTestId('report-from').getAttribute('data-iso')) ?? '';
  const to = (await page.getByTestId('report-to').getAttribute('data-iso')) ?? '';
  const cli = (...args: string[]) =>
    JSON.parse(host.cpor('export', '--format', 'csv', '--from', from, '--to', to, '--out', `${host.dataDir}/check.csv`, '--json', ...args)) as Exported;
  const all = cli();
  expect(all.rows, 'the demo has decisions in the last 30 days').toBeGreaterThan(5);
  await expect(page.getByTestId('report-total')).toHaveText(all.rows.toLocaleString('en'));
  await screenshot(page, 'reports');

  // A filter narrows the preview to what the CLI finds with the same filter.
  await page.getByTestId('report-action').selectOption('start-review');
  const started = cli('--action', 'start-review');
  await expect(page.getByTestId('report-total')).toHaveText(started.rows.toLocaleString('en'));
  await expect(page.getByTestId('report-row')).toHaveCount(started.rows);
  await page.getByTestId('report-action').selectOption('');
  await expect(page.getByTestId('report-total')).toHaveText(all.rows.toLocaleString('en'));

  // CSV: UTF-8 with a BOM, a header row and one row per decision.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csv.suggestedFilename()).toBe(`decision-report_${from}_${to}.csv`);
  const csvBytes = readFileSync((await csv.path())!);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parse(csvBytes.subarray(3).toString('utf8')) as string[][];
  expect(records.length - 1).toBe(all.rows);
  // Every time in a column reads alike: milliseconds and the calendar's offset, imported or live.
  const decidedAt = records[0]?.indexOf('Decided at') ?? -1;
  for (const r of records.slice(1)) expect(r[decidedAt]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d)$/);
  await expect(page.getByTestId('export-status')).toContainText(`decision-report_${from}_${to}.csv`);

  // XLSX is a zip (a workbook), PDF a PDF.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString('latin1')).toBe('PK');
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pdf').click()]);
  const pdfBytes = readFileSync((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The PDF words actions, reasons and deficiencies as the screen does; no code is printed.
  const pdfText = (await pdfPageTexts(pdfBytes)).join('\n');
  expect(pdfText).toContain('Start review');
  expect(pdfText).not.toMatch(/\b(start-review|request-info|insufficient-poe|missing-customer-acknowledgment|missing-or-old-dates|missing-partner-service|missing-products|partner-request)\b/);

  // A claim in the report opens at the desk.
  const firstId = await page.getByTestId('report-row').first().locator('button').textContent();
  await page.getByTestId('report-row').first().locator('button').click();
  await expect(page.getByTestId('claim-view')).toHaveAttribute('aria-label', `Claim ${firstId}`);
  expect(errors).toEqual([]);
});

test('the Reports screen in French: no English outside the data, French numbers and dates', async ({ page, host }) => {
  const errors = watchConsole(page);
  await page.addInitScript(() => localStorage.setItem('cpor.language', 'fr'));
  await page.goto(host.url);
  await page.getByTestId('screen-reports').click();
  await expect(page.getByTestId('report-row').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rapport des décisions' })).toBeVisible();
  await expect(page.getByTestId('report-summary')).toContainText(/\d{1,2} (oct|nov|déc)\. 2026/);
  await page.getByTestId('report-action').selectOption('reject');
  // The rows of the previous answer stay on screen while the filtered one is on its way.
  await expect(page.locator('.reports-view__body')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('report-row').first()).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
  await page.getByTestId('export-csv').click();
  await expect(page.getByTestId('export-status')).toContainText('Enregistré');
  expect(await englishLeft(page)).toEqual([]);
  await screenshot(page, 'fr-reports');
  // Date fields in French order whatever the browser's own language (issue 18, item 6).
  const from = page.getByTestId('report-from');
  const iso = (await from.getAttribute('data-iso')) ?? '';
  await expect(from).toHaveValue(`${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`);
  await expect(from).toHaveAttribute('placeholder', 'jj/mm/aaaa');
  await from.fill('02/11/2026');
  await expect(from).toHaveAttribute('data-iso', '2026-11-02');
  await from.fill('31/11/2026');
  await from.blur();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveAttribute('data-iso', '2026-11-02');
  await screenshot(page, 'fr-reports-date-field');
  expect(errors).toEqual([]);
});

test('the Reports screen in the dark theme', async ({ page, host }) => {
  await callApi(host, 'settings.update', { theme: 'dark' });
  await page.goto(host.url);
  await page.getByTestId('screen-reports').click();
  await expect(page.getByTestId('report-row').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'reports-dark');
});
