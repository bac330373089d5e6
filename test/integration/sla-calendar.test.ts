// The store's business calendar: kept in the settings table, read by every service context, and
// a change of it recomputes every stored deadline in one transaction (services and `cpor sla`).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decide } from '../../main/services/decisions';
import { importBundle } from '../../main/services/import/import-bundle';
import { changeCalendar, recomputeDeadlines } from '../../main/services/sla-recompute';
import { readCalendar, setSetting, storedCalendar } from '../../main/store/settings-table';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import { clockDeadline } from '../../shared/domain/sla';
import { insertSyntheticClaims } from '../bench/synthetic-claims';
import { claimRow, writeBundle } from '../fixtures/bundle';
import { cpor } from '../fixtures/cli';
import { type TempStore, tempStore } from '../fixtures/store';

let t: TempStore;

/** Review-start windows (5 business days): over 14 July, a plain week, over Thanksgiving. */
const SINCE = {
  BASTILLE: '2026-07-13T08:00:00.000Z', // Monday: 01:00 in Los Angeles, 10:00 in Paris
  PLAIN: '2026-09-14T16:00:00.000Z', // Monday 09:00 in Los Angeles
  THANKSGIVING: '2026-11-24T17:00:00.000Z', // Tuesday 09:00 in Los Angeles
} as const;
type Id = keyof typeof SINCE;

beforeEach(async () => {
  t = tempStore();
  const claims = (Object.keys(SINCE) as Id[]).map((id) => claimRow({ id, submittedAt: SINCE[id] }));
  await importBundle(t.ctx(), await writeBundle(claims));
});
afterEach(() => t.dispose());

function dueAt(): Record<Id, string> {
  const rows = t.store.db.prepare('SELECT id, sla_due_at FROM claims ORDER BY id').all() as { id: Id; sla_due_at: string }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.sla_due_at])) as Record<Id, string>;
}

/** Everything a calendar change may touch: the settings and every claim row. */
function snapshot(): string {
  const settings = t.store.db.prepare('SELECT * FROM settings ORDER BY key').all();
  const claims = t.store.db.prepare('SELECT * FROM claims ORDER BY id').all();
  return JSON.stringify({ settings, claims });
}

const US_DUE = {
  BASTILLE: '2026-07-20T17:00:00-07:00',
  PLAIN: '2026-09-21T17:00:00-07:00',
  THANKSGIVING: '2026-12-02T17:00:00-08:00',
};

describe('the store\'s business calendar', () => {
  it('is the default until set, and every service context reads it', () => {
    expect(storedCalendar(t.store.db)).toEqual({ calendar: DEFAULT_CALENDAR, isDefault: true });
    expect(t.ctx().calendar).toEqual(DEFAULT_CALENDAR);
    expect(dueAt()).toEqual(US_DUE);
    changeCalendar(t.store, { region: 'FR', timeZone: 'Europe/Paris', closing: '18:00' });
    expect(storedCalendar(t.store.db)).toEqual({ calendar: { region: 'FR', timeZone: 'Europe/Paris', closing: '18:00' }, isDefault: false });
    expect(t.ctx().calendar).toEqual({ region: 'FR', timeZone: 'Europe/Paris', closing: '18:00' });
    t.reopen();
    expect(t.ctx().calendar.region).toBe('FR');
    // A decision after the change runs its next clock on the French calendar.
    const after = decide(t.ctx({ now: '2026-09-15T08:00:00Z' }), { claimId: 'PLAIN', action: 'start-review', actor: 'Alex Martin' });
    expect(after.sla?.dueAt).toBe('2026-09-22T18:00:00+02:00');
  });

  it('moves a deadline over a French holiday to FR and leaves the others as the US calendar had them', () => {
    const result = changeCalendar(t.store, { region: 'FR' });
    expect(result).toMatchObject({ calendar: { region: 'FR', timeZone: 'America/Los_Angeles', closing: '17:00' }, claims: 3, changed: 2 });
    expect(dueAt()).toEqual({
      BASTILLE: '2026-07-21T17:00:00-07:00', // 14 July is not a business day in France
      PLAIN: US_DUE.PLAIN, // no holiday either side: unchanged
      THANKSGIVING: '2026-12-01T17:00:00-08:00', // Thanksgiving is a business day in France
    });
    changeCalendar(t.store, { timeZone: 'Europe/Paris' });
    const fr = { region: 'FR', timeZone: 'Europe/Paris', closing: '17:00' };
    expect(dueAt()).toEqual(Object.fromEntries((Object.keys(SINCE) as Id[]).map((id) => [id, clockDeadline('review-start', '2020', SINCE[id], fr).dueAt])));
    expect(dueAt().BASTILLE).toBe('2026-07-21T17:00:00+02:00');
    // Back to the US calendar: the rows are as the import wrote them.
    changeCalendar(t.store, { region: 'US', timeZone: 'America/Los_Angeles' });
    expect(dueAt()).toEqual(US_DUE);
  });

  it('refuses a bad region, zone or closing time and changes nothing', () => {
    changeCalendar(t.store, { region: 'DE' });
    const before = snapshot();
    expect(() => changeCalendar(t.store, { region: 'XX' })).toThrow('unknown holiday region "XX"');
    expect(() => changeCalendar(t.store, { region: 'FR', timeZone: 'Mars/Olympus' })).toThrow('unknown time zone "Mars/Olympus"');
    expect(() => changeCalendar(t.store, { closing: '25:00' })).toThrow('closing time must be HH:MM');
    expect(() => changeCalendar(t.store, { closing: '5pm' })).toThrow('closing time must be HH:MM');
    expect(snapshot()).toBe(before);
  });

  it('recomputes idempotently, mending only the rows that differ', () => {
    expect(recomputeDeadlines(t.store)).toMatchObject({ claims: 3, changed: 0 });
    t.store.db.prepare("UPDATE claims SET sla_due_at = '2030-01-01T00:00:00Z', sla_sort_ms = 0 WHERE id = 'PLAIN'").run();
    const versions = t.store.db.prepare('SELECT id, version, updated_at FROM claims ORDER BY id').all();
    expect(recomputeDeadlines(t.store)).toMatchObject({ claims: 3, changed: 1 });
    expect(dueAt()).toEqual(US_DUE);
    expect(recomputeDeadlines(t.store)).toMatchObject({ changed: 0 });
    // Derived columns only: versions and update times are not touched.
    expect(t.store.db.prepare('SELECT id, version, updated_at FROM claims ORDER BY id').all()).toEqual(versions);
  });

  it('names a damaged stored calendar, and can be mended', () => {
    setSetting(t.store.db, 'calendar.time-zone', 'Nowhere/Land');
    expect(() => readCalendar(t.store.db)).toThrow(/business calendar cannot be used: unknown time zone "Nowhere\/Land"/);
    expect(() => recomputeDeadlines(t.store)).toThrow(/cpor sla calendar/);
    expect(changeCalendar(t.store, { timeZone: 'America/Los_Angeles' })).toMatchObject({ changed: 0 });
  });
});

describe('cpor sla calendar and cpor sla recompute', () => {
  it('show, set with a recompute, refuse bad values unchanged, and recompute to no change', () => {
    const data = t.dir;
    expect(JSON.parse(cpor('--data', data, 'sla', 'calendar', '--json').out)).toEqual({ ...DEFAULT_CALENDAR, isDefault: true, teamHub: null });
    const set = cpor('--data', data, 'sla', 'calendar', '--region', 'FR', '--tz', 'Europe/Paris', '--json');
    expect(set.code, set.err).toBe(0);
    expect(JSON.parse(set.out)).toEqual({ region: 'FR', timeZone: 'Europe/Paris', closing: '17:00', claims: 3, changed: 3 });
    expect(dueAt().BASTILLE).toBe('2026-07-21T17:00:00+02:00');
    const before = snapshot();
    for (const bad of [['--region', 'XX'], ['--tz', 'Mars/Olympus'], ['--closing', '5pm'], ['--region', 'US', '--closing', '24:00']]) {
      const r = cpor('--data', data, 'sla', 'calendar', ...bad);
      expect(r.code, bad.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect(cpor('--data', data, 'sla', 'calendar', '--clock', 'decision').code).toBe(2);
    expect(cpor('--data', data, 'sla', 'recompute', '--region', 'US').code).toBe(2);
    expect(snapshot()).toBe(before);
    expect(cpor('--data', data, 'sla', 'calendar').out.trim()).toBe('business calendar: FR, Europe/Paris, closing 17:00');
    const again = cpor('--data', data, 'sla', 'recompute', '--json');
    expect(again.code, again.err).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ region: 'FR', claims: 3, changed: 0 });
    const queue = JSON.parse(cpor('--data', data, 'queue', '--json').out) as { id: string; sla: { dueAt: string } }[];
    expect(queue.find((r) => r.id === 'BASTILLE')?.sla.dueAt).toBe('2026-07-21T17:00:00+02:00');
    // `sla due` keeps the defaults of docs/cli.md "sla due" whatever the store holds.
    const due = cpor('--data', data, 'sla', 'due', '--clock', 'review-start', '--from', SINCE.BASTILLE, '--json');
    expect(JSON.parse(due.out)).toMatchObject({ dueAt: US_DUE.BASTILLE, region: 'US' });
  });
});

describe('a calendar change over many claims', () => {
  it('rebuilds the deadline indexes it set aside, and the queue reads them as before', () => {
    const { db } = t.store;
    insertSyntheticClaims(db, 6_000, Date.parse('2026-11-24T17:00:00Z'));
    const indexes = () => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' ORDER BY name").all();
    const before = indexes();
    const result = changeCalendar(t.store, { region: 'FR', timeZone: 'Europe/Paris' });
    expect(result.changed).toBeGreaterThan(5_000);
    expect(indexes()).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Every stored deadline is what a fresh computation gives, and the queue's index agrees with the rows.
    expect(recomputeDeadlines(t.store).changed).toBe(0);
    const byIndex = db.prepare('SELECT id FROM claims INDEXED BY claims_queue_scan ORDER BY sla_sort_ms, id LIMIT 100').pluck().all();
    const byTable = db.prepare('SELECT id FROM claims NOT INDEXED ORDER BY sla_sort_ms, id LIMIT 100').pluck().all();
    expect(byIndex).toEqual(byTable);
  });
});
