// One time zone for every time on screen (issue 18, item 5): decision times, deadlines and dates in
// the business calendar's zone with the zone named, as the exported reports write them, in a
// window whose own zone is another; the person's own zone when they choose it in Settings.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { claimsIn, openClaim, screenshot, watchConsole } from './desk';
import { callApi, expect, test } from './host-fixture';

// The reviewer sits in Tokyo; the store's calendar is Los Angeles (the demo's default).
test.use({ timezoneId: 'Asia/Tokyo' });

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Nov 6, 08:57 UTC−8" from the CSV's "2026-11-06T08:57:00.000-08:00": the same wall time and zone. */
function shown(iso: string): string {
  const m = /^\d{4}-(\d\d)-(\d\d)T(\d\d:\d\d):\d\d(?:\.\d+)?([+-])(\d\d):(\d\d)$/.exec(iso);
  if (!m) throw new Error(`not a calendar time: ${iso}`);
  const [, month, day, time, sign, hh, mm] = m;
  const zone = `UTC${sign === '-' ? '\u2212' : '+'}${Number(hh)}${mm === '00' ? '' : `:${mm}`}`;
  return `${MONTHS[Number(month) - 1]} ${Number(day)}, ${time} ${zone}`;
}

test('the report preview says the same time as the CSV, and a deadline keeps its day after a decision', async ({ page, host }) => {
  const errors = watchConsole(page);
  await page.goto(host.url);
  // Until the session names the calendar's zone, the default period is Tokyo's days (a day ahead
  // of Los Angeles's for most of the day). With the session known before the screen opens, the
  // first rows shown are the calendar period's, and the period read below is theirs.
  await expect(page.getByTestId('current-user')).toBeVisible();
  await page.getByTestId('screen-reports').click();
  const first = page.getByTestId('report-row').first();
  await expect(first).toBeVisible();
  const from = (await page.getByTestId('report-from').getAttribute('data-iso')) ?? '';
  const to = (await page.getByTestId('report-to').getAttribute('data-iso')) ?? '';
  host.cpor('export', '--format', 'csv', '--from', from, '--to', to, '--out', `${host.dataDir}/times.csv`);
  const records = parse(readFileSync(`${host.dataDir}/times.csv`, 'utf8').replace(/^\uFEFF/, '')) as string[][];
  const at = records[0]!.indexOf('Decided at');
  await expect(first.getByTestId('report-decided-at')).toHaveText(shown(records[1]![at]!));

  await page.getByTestId('screen-desk').click();
  const claim = claimsIn(host, 'submitted')[0]!;
  await openClaim(page, claim.id);
  const target = page.getByTestId('reviewer-target');
  const before = (await target.textContent())?.match(/[A-Z][a-z]{2} \d{1,2}, \d\d:\d\d UTC[−+]\d+/)?.[0];
  expect(before, 'the target names its day, time and zone').toBeTruthy();
  await page.getByTestId('action-start-review').click();
  await expect(page.getByTestId('claim-status')).toHaveText('Under review');
  await expect(target).toContainText(before!);
  await screenshot(page, 'time-zones-claim');
  expect(errors).toEqual([]);
});

test('the person may show times in their own zone instead', async ({ page, host }) => {
  await callApi(host, 'settings.update', { timeZoneDisplay: 'own' });
  await page.goto(host.url);
  await page.getByTestId('screen-reports').click();
  await expect(page.getByTestId('report-decided-at').first()).toContainText('UTC+9');
  await page.getByTestId('screen-settings').click();
  await expect(page.getByTestId('settings-times-own')).toContainText('Asia/Tokyo');
  await page.getByTestId('settings-times-calendar').click();
  await expect(page.getByTestId('saved-appearance')).toHaveText('Saved: times in the calendar’s zone.');
  await page.getByTestId('screen-reports').click();
  await expect(page.getByTestId('report-decided-at').first()).toContainText('UTC−8');
});
