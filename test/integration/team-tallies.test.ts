// The team lead's tallies (migration 16) stay equal to a count made afresh from the rows, whoever
// writes: the services (decisions, assignments, an import), a change of the calendar's zone, a
// reopening, and another program's plain SQL. The fresh count below is made in JavaScript with
// luxon's zones, not with the SQL the store uses, so a wrong offset or day boundary shows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoBundle } from '../../main/demo';
import { assignMany } from '../../main/services/assignment';
import { decide } from '../../main/services/decisions';
import { importBundle } from '../../main/services/import/import-bundle';
import { changeCalendar } from '../../main/services/sla-recompute';
import { AT_RISK_HORIZON_MS, queryQueue } from '../../main/store/claims-table';
import { competingGroups, refreshContestGroups } from '../../main/store/contest-groups';
import { migrate } from '../../main/store/migrate';
import { MIGRATIONS } from '../../main/store/migrations';
import { type Db, openStore } from '../../main/store/open';
import { readCalendar } from '../../main/store/settings-table';
import { slaCounts, urgentSlaTotal } from '../../main/store/team-counts';
import { tallyZone } from '../../main/store/team-tallies';
import { localDateOf, localDayNumber } from '../../shared/domain/local-days';
import { type TempStore, tempStore } from '../fixtures/store';

const NOW = '2026-11-24T18:00:00Z';

type Row = Record<string, string | number | null | undefined>;
const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();

/** Days since 1970 in the zone, as the tallies number them; -1 for a time that cannot be read. */
function dayOf(iso: string | null, timeZone: string): number {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? -1 : localDayNumber(localDateOf(ms, timeZone));
}

function countBy(rows: Row[], key: (r: Row) => Row): Row[] {
  const counts = new Map<string, { key: Row; n: number }>();
  for (const r of rows) {
    const k = key(r);
    const id = JSON.stringify(k);
    const seen = counts.get(id) ?? { key: k, n: 0 };
    seen.n += 1;
    counts.set(id, seen);
  }
  return [...counts.values()].map(({ key: k, n }) => ({ ...k, n }));
}

/** Every tally against a count made afresh from the claims and decisions. */
function expectTalliesTrue(db: Db): void {
  const zone = readCalendar(db).timeZone;
  expect(tallyZone(db)).toBe(zone);
  const claims = db.prepare('SELECT status, assignee, customer_tenant_id, submitted_at, sla_waiting, sla_sort_ms, sla_at_risk_ms FROM claims').all() as Row[];
  const decisions = db.prepare('SELECT at, action, actor, claim_submitted_at FROM decisions').all() as Row[];
  const all = (sql: string) => sorted(db.prepare(sql).all() as Row[]);

  expect(all('SELECT status, assignee, n FROM claim_tally')).toEqual(sorted(countBy(claims, (c) => ({ status: c.status, assignee: c.assignee ?? '' }))));
  expect(all('SELECT waiting, day, assignee, n FROM sla_day_tally')).toEqual(
    sorted(countBy(claims, (c) => ({ waiting: c.sla_waiting, day: Math.floor((c.sla_sort_ms as number) / 86_400_000), assignee: c.assignee ?? '' }))),
  );
  // The SLA counts, by the queue's rule, at instants either side of deadlines and of midnight UTC.
  const deadlines = claims.map((c) => c.sla_sort_ms as number).filter((ms) => ms < 4e12);
  for (const now of [Date.parse(NOW), Date.parse('2026-11-25T00:00:00Z'), Date.parse('2026-11-24T23:59:59.999Z'), ...deadlines.slice(0, 5), ...deadlines.slice(0, 5).map((ms) => ms + 1)]) {
    expect(sorted(slaCounts(db, now) as unknown as Row[]), new Date(now).toISOString()).toEqual(sorted(slaByHand(claims, now)));
    // The queue's total for urgent states is read the same way: it equals its own count of the rows.
    for (const sla of [['breached'], ['at-risk'], ['at-risk', 'breached']] as const) {
      const byHand = slaByHand(claims, now).filter((r) => (sla as readonly unknown[]).includes(r.state)).reduce((n, r) => n + (r.n as number), 0);
      expect(urgentSlaTotal(db, { sla }, now), `${sla.join('+')} at ${new Date(now).toISOString()}`).toBe(byHand);
      expect(queryQueue(db, { sla }, 'sla', 1, 0, now).total).toBe(byHand);
    }
  }
  expect(all('SELECT tenant, n FROM tenant_tally')).toEqual(sorted(countBy(claims, (c) => ({ tenant: c.customer_tenant_id }))));
  expect(all('SELECT status, day, n FROM submitted_day_tally')).toEqual(
    sorted(countBy(claims, (c) => ({ status: c.status, day: dayOf(c.submitted_at as string, zone) }))),
  );
  expect(all('SELECT day, action, actor, submitted_day, n FROM decision_day_tally')).toEqual(
    sorted(
      countBy(decisions, (d) => ({
        day: dayOf(d.at as string, zone),
        action: d.action,
        actor: d.actor,
        submitted_day: dayOf(d.claim_submitted_at as string, zone),
      })),
    ),
  );
  // The kept competing groups are the ones worked out from scratch.
  expect(refreshContestGroups(db)).toBe(true);
  expect(competingGroups(db, 10_000, { kept: true })).toEqual(competingGroups(db, 10_000, { kept: false }));
}

/** Breached, at risk and paused as the queue's filter defines them, counted claim by claim. */
function slaByHand(claims: Row[], now: number): Row[] {
  const state = (c: Row): string | null => {
    if (c.sla_waiting === 1) return 'paused';
    const due = c.sla_sort_ms as number;
    if (due < now) return 'breached';
    if (due < now + AT_RISK_HORIZON_MS && c.sla_at_risk_ms !== null && (c.sla_at_risk_ms as number) <= now) return 'at-risk';
    return null;
  };
  const urgent = claims.filter((c) => state(c) === 'breached' || state(c) === 'at-risk');
  const paused = claims.filter((c) => state(c) === 'paused').length;
  return [...countBy(urgent, (c) => ({ state: state(c), assignee: c.assignee ?? null })), { state: 'paused', assignee: null, n: paused }];
}

let t: TempStore;
let bundleDir: string;
const ctx = (now = NOW) => t.ctx({ now });
const ids = (status: string, n: number) => t.store.db.prepare('SELECT id FROM claims WHERE status = ? ORDER BY id LIMIT ?').pluck().all(status, n) as string[];

beforeAll(async () => {
  t = tempStore();
  bundleDir = mkdtempSync(join(tmpdir(), 'cpor-tallies-'));
  await writeDemoBundle({ claims: 120, seed: 7, now: new Date(NOW), outDir: bundleDir });
  await importBundle(ctx(), bundleDir);
}, 120_000);

afterAll(() => {
  t.dispose();
  rmSync(bundleDir, { recursive: true, force: true });
});

describe('team tallies', () => {
  it('hold after an import, with competing customers among them', () => {
    expectTalliesTrue(t.store.db);
    expect(competingGroups(t.store.db, 100, { kept: true }).total).toBeGreaterThan(0);
  });

  it('hold after decisions and assignments made by the services', () => {
    const submitted = ids('submitted', 6);
    expect(submitted.length).toBeGreaterThanOrEqual(4);
    for (const claimId of submitted) decide(ctx(), { claimId, action: 'start-review', actor: 'Priya Shah' });
    decide(ctx(), { claimId: submitted[0]!, action: 'approve', actor: 'Priya Shah' });
    decide(ctx(), { claimId: submitted[1]!, action: 'reject', actor: 'Priya Shah', reason: 'insufficient-poe', message: 'The PoE names no product.' });
    decide(ctx(), { claimId: submitted[2]!, action: 'request-info', actor: 'Priya Shah', deficiencies: ['missing-products'], message: 'Which products?' });
    // 22:30 in Los Angeles is already the next day in UTC: the tallies count the calendar's day.
    decide(ctx('2026-11-25T06:30:00Z'), { claimId: submitted[3]!, action: 'approve', actor: 'Priya Shah' });
    t.store.db.prepare("UPDATE claims SET submitted_at = '2026-11-20T07:30:00.000Z' WHERE id = ?").run(submitted[4]);
    assignMany(ctx(), { claimIds: ids('under-review', 5), to: 'Jonas Weber', by: 'Alex Martin' });
    assignMany(ctx(), { claimIds: ids('under-review', 2), to: null, by: 'Alex Martin' });
    expectTalliesTrue(t.store.db);
  });

  it('are counted again in the new zone when the calendar moves (Kathmandu is UTC+5:45), and back', () => {
    changeCalendar(t.store, { timeZone: 'Asia/Kathmandu' });
    expectTalliesTrue(t.store.db);
    // Five minutes either side of midnight in Kathmandu (18:15 UTC).
    const [before, after] = ids('submitted', 2);
    decide(ctx('2026-11-24T18:10:00Z'), { claimId: before!, action: 'start-review', actor: 'Ana Silva' });
    decide(ctx('2026-11-24T18:20:00Z'), { claimId: after!, action: 'start-review', actor: 'Ana Silva' });
    const days = t.store.db.prepare("SELECT day FROM decision_day_tally WHERE actor = 'Ana Silva' ORDER BY day").pluck().all();
    expect(days).toEqual([localDayNumber({ year: 2026, month: 11, day: 24 }), localDayNumber({ year: 2026, month: 11, day: 25 })]);
    changeCalendar(t.store, { timeZone: 'America/Los_Angeles' });
    expectTalliesTrue(t.store.db);
  });

  it('hold after another program edits the rows with plain SQL, and after reopening', () => {
    const db = t.store.db;
    const [a, b, c] = ids('under-review', 3);
    // Two claims moved onto a third's customer: a competition the groups must now show.
    db.prepare('UPDATE claims SET customer_tenant_id = (SELECT customer_tenant_id FROM claims WHERE id = ?) WHERE id IN (?, ?)').run(a, b, c);
    db.prepare("UPDATE claims SET status = 'disputed', assignee = 'Someone Else', submitted_at = 'not a time' WHERE id = ?").run(b);
    db.prepare('DELETE FROM claim_products WHERE claim_id = ?').run(c);
    db.prepare("UPDATE decisions SET actor = 'Renamed Reviewer', claim_submitted_at = '' WHERE id = (SELECT max(id) FROM decisions)").run();
    db.prepare('DELETE FROM decisions WHERE id = (SELECT min(id) FROM decisions)').run();
    expectTalliesTrue(db);
    // One change at a time to a claim of the least urgent competing customer: its deadline, now
    // the soonest of all (the customer moves first), then its products.
    const { groups } = competingGroups(db, 10_000, { kept: true });
    expect(groups.length).toBeGreaterThan(1);
    const member = groups.at(-1)![0]!.claim.row.id;
    db.prepare('UPDATE claims SET sla_sort_ms = (SELECT min(sla_sort_ms) FROM claims) - 1 WHERE id = ?').run(member);
    expectTalliesTrue(db);
    db.prepare('DELETE FROM claim_products WHERE claim_id = ?').run(member);
    expectTalliesTrue(db);
    t.reopen();
    expectTalliesTrue(t.store.db);
  });
});

describe("the queue's total for urgent SLA states", () => {
  it('is read from the tallies only when nothing but breached or at risk is asked', () => {
    const now = Date.parse(NOW);
    const db = t.store.db;
    expect(urgentSlaTotal(db, { sla: ['breached'], search: '  ', status: [] }, now)).toBe(queryQueue(db, { sla: ['breached'] }, 'sla', 1, 0, now).total);
    for (const filter of [{}, { sla: [] }, { sla: ['paused'] }, { sla: ['breached', 'on-track'] }, { sla: ['breached'], assignee: null }, { sla: ['breached'], assignee: 'Priya Shah' }, { sla: ['at-risk'], status: ['submitted'] }, { sla: ['breached'], search: 'Contoso' }, { sla: ['breached'], productFamily: 'microsoft-365' }, { sla: ['breached'], activity: 'Deployment' }] as const) {
      expect(urgentSlaTotal(db, filter, now), JSON.stringify(filter)).toBeUndefined();
    }
  });
});

describe('a store from before the tallies', () => {
  it('gets them counted at its first opening', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpor-tallies-v15-'));
    try {
      const raw = new Database(join(dir, 'cpor.db'));
      migrate(raw, MIGRATIONS, 15);
      raw.exec(`
        INSERT INTO claims (id, status, policy, partner_mpn_id, partner_name, customer_tenant_id, customer_name, activity, product_family,
                            submitted_at, status_since, sla_sort_ms, created_at, updated_at, assignee)
        VALUES ('M1', 'approved', '2020', '1234567', 'P', 't', 'C', 'Pre-sales', 'microsoft-365',
                '2026-11-02T17:00:00.000Z', '2026-11-10T18:00:00.000Z', 0, '2026-11-02T17:00:00.000Z', '2026-11-10T18:00:00.000Z', 'A'),
               ('M2', 'under-review', '2020', '7654321', 'Q', 't', 'C', 'Pre-sales', 'microsoft-365',
                '2026-11-03T07:30:00.000Z', '2026-11-03T07:30:00.000Z', 0, '2026-11-03T07:30:00.000Z', '2026-11-03T07:30:00.000Z', NULL);
        INSERT INTO claim_products (claim_id, position, name) VALUES ('M1', 0, 'Microsoft 365 E3'), ('M2', 0, 'Microsoft 365 E3');
        INSERT INTO history (claim_id, seq, at, actor, side, kind, detail, prev_hash, hash) VALUES ('M1', 1, '2026-11-10T07:59:00.000Z', 'A', 'reviewer', 'decision', '{}', '', '');
        INSERT INTO decisions (claim_id, action, from_status, to_status, actor, at, history_seq, claim_submitted_at)
          VALUES ('M1', 'approve', 'under-review', 'approved', 'A', '2026-11-10T07:59:00.000Z', 1, '2026-11-02T17:00:00.000Z');
      `);
      raw.close();
      const store = openStore(dir);
      try {
        expectTalliesTrue(store.db);
        // 07:59 UTC on the 10th is the evening of the 9th in Los Angeles.
        expect(store.db.prepare('SELECT day FROM decision_day_tally').pluck().get()).toBe(localDayNumber({ year: 2026, month: 11, day: 9 }));
        expect(competingGroups(store.db, 10, { kept: true }).total).toBe(1);
      } finally {
        store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
