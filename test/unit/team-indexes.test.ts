// The team lead's queries stay on their indexes on a new store, before any statistics exist (the
// planner's guesses then are what a first session gets): a wrong guess reads every claim.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../main/store/migrate';
import { MIGRATIONS } from '../../main/store/migrations';
import { CANDIDATES } from '../../main/store/competing-claims';
import { CONTEST_FACTS } from '../../main/store/contest-groups';
import { DECISION_ACTORS } from '../../main/store/decisions-table';
import { type Db, openDatabase } from '../../main/store/open';
import { SLA_COUNTS } from '../../main/store/team-counts';
import { DECISION_DAYS } from '../../main/store/team-tallies';

let dir: string;
let db: Db;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cpor-plan-'));
  db = openDatabase(join(dir, 'cpor.db'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const plan = (sql: string, params: Record<string, unknown> = {}) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((p) => p.detail).join(' | ');
const statuses = JSON.stringify(['submitted', 'under-review']);

describe('team lead indexes', () => {
  it('finds rivals of a queue page through the tenant index, never a status scan', () => {
    const p = plan(CANDIDATES, { claims: JSON.stringify([['t', 'm']]), statuses });
    expect(p).toMatch(/SEARCH c USING INDEX claims_by_tenant/);
    expect(p).not.toMatch(/claims_by_status/);
  });

  it('reads contested tenants, SLA counts and decisions from their tallies and covering indexes', () => {
    const contested = plan(CONTEST_FACTS, { tenants: '[]', statuses });
    expect(contested).toMatch(/SEARCH t USING (PRIMARY KEY|COVERING INDEX tenants_shared)/);
    expect(contested).toMatch(/SEARCH c USING INDEX claims_by_tenant/);
    expect(contested).not.toMatch(/SCAN (c|claims)\b/);
    const sla = plan(SLA_COUNTS, { now: 0, riskHorizon: 0, today: 0, todayStart: 0 });
    expect(sla).toMatch(/COVERING INDEX claims_by_waiting_sla/);
    expect(sla).not.toMatch(/SCAN claims/);
    expect(plan(DECISION_DAYS, { from: 0, actions: statuses })).toMatch(/SEARCH decision_day_tally USING PRIMARY KEY \(day>\?\)/);
    expect(plan(DECISION_ACTORS, { actions: statuses })).toMatch(/decisions_by_actor/);
  });

  it('gives the decisions already stored their claim\'s submission time when migrating to 7', () => {
    const raw = new Database(join(dir, 'old.db'));
    migrate(raw, MIGRATIONS, 6);
    raw.exec(`
      INSERT INTO claims (id, status, policy, partner_mpn_id, partner_name, customer_tenant_id, customer_name, activity, product_family,
                          submitted_at, status_since, sla_sort_ms, created_at, updated_at)
      VALUES ('M1', 'approved', '2020', '1234567', 'P', 't', 'C', 'Pre-sales', 'microsoft-365',
              '2026-11-02T17:00:00.000Z', '2026-11-10T18:00:00.000Z', 0, '2026-11-02T17:00:00.000Z', '2026-11-10T18:00:00.000Z');
      INSERT INTO history (claim_id, seq, at, actor, side, kind, detail, prev_hash, hash) VALUES ('M1', 1, '2026-11-10T18:00:00.000Z', 'A', 'reviewer', 'decision', '{}', '', '');
      INSERT INTO decisions (claim_id, action, from_status, to_status, actor, at, history_seq) VALUES ('M1', 'approve', 'under-review', 'approved', 'A', '2026-11-10T18:00:00.000Z', 1);
    `);
    migrate(raw, MIGRATIONS);
    expect(raw.prepare('SELECT claim_submitted_at FROM decisions').pluck().get()).toBe('2026-11-02T17:00:00.000Z');
    raw.close();
  });

  it('gives the decisions already stored their clock start when migrating to 8, as their history tells', () => {
    const raw = new Database(join(dir, 'old8.db'));
    migrate(raw, MIGRATIONS, 7);
    const history = (seq: number, at: string, kind: string, detail: object) =>
      raw.prepare("INSERT INTO history (claim_id, seq, at, actor, side, kind, detail, prev_hash, hash) VALUES ('M2', ?, ?, 'A', 'reviewer', ?, ?, '', '')").run(seq, at, kind, JSON.stringify(detail));
    const decision = (seq: number, action: string, from: string, to: string, at: string) =>
      raw.prepare("INSERT INTO decisions (claim_id, action, from_status, to_status, actor, at, history_seq) VALUES ('M2', ?, ?, ?, 'A', ?, ?)").run(action, from, to, at, seq);
    raw.exec(`
      INSERT INTO claims (id, status, policy, partner_mpn_id, partner_name, customer_tenant_id, customer_name, activity, product_family,
                          submitted_at, status_since, sla_sort_ms, created_at, updated_at)
      VALUES ('M2', 'approved', '2020', '1234567', 'P', 't', 'C', 'Pre-sales', 'microsoft-365',
              '2026-11-02T17:00:00.000Z', '2026-11-10T18:00:00.000Z', 0, '2026-11-02T17:00:00.000Z', '2026-11-10T18:00:00.000Z');
    `);
    history(1, '2026-11-02T17:05:00.000Z', 'imported', { status: 'submitted', statusSince: '2026-11-02T17:00:00.000Z' });
    history(2, '2026-11-03T09:00:00.000Z', 'comment', {});
    history(3, '2026-11-04T10:00:00.000Z', 'decision', { action: 'start-review', from: 'submitted', to: 'under-review' });
    history(4, '2026-11-10T18:00:00.000Z', 'decision', { action: 'approve', from: 'under-review', to: 'approved' });
    decision(3, 'start-review', 'submitted', 'under-review', '2026-11-04T10:00:00.000Z');
    decision(4, 'approve', 'under-review', 'approved', '2026-11-10T18:00:00.000Z');
    // A status the history never recorded (an import replaced it): no known start.
    decision(2, 'approve', 'in-dispute', 'approved', '2026-11-03T09:00:00.000Z');
    // An import that says no time, a time transition (counted from its effective time, not from
    // when the tick wrote it, or from when it was written when it says none), and entries that
    // change no status in between.
    history(5, '2026-11-11T08:00:00.000Z', 'imported', { status: 'under-review', statusSince: 42 });
    history(6, '2026-11-11T09:00:00.000Z', 'comment', {});
    decision(6, 'approve', 'under-review', 'approved', '2026-11-11T09:00:00.000Z');
    history(7, '2026-11-12T09:00:00.000Z', 'time-transition', { rule: 'r', from: 'under-review', to: 'rejected', effectiveAt: '2026-11-11T23:00:00.000Z' });
    history(8, '2026-11-13T09:00:00.000Z', 'updated', { changed: ['status'] });
    history(9, '2026-11-14T09:00:00.000Z', 'comment', {});
    decision(9, 'overturn-rejection', 'rejected', 'approved', '2026-11-14T09:00:00.000Z');
    history(10, '2026-11-14T10:00:00.000Z', 'comment', {});
    decision(10, 'approve', 'under-review', 'approved', '2026-11-14T10:00:00.000Z');
    history(11, '2026-11-15T09:00:00.000Z', 'time-transition', { to: 'rejected' });
    history(12, '2026-11-16T09:00:00.000Z', 'comment', {});
    decision(12, 'overturn-rejection', 'rejected', 'approved', '2026-11-16T09:00:00.000Z');
    migrate(raw, MIGRATIONS);
    expect(raw.prepare('SELECT from_status_since FROM decisions ORDER BY id').pluck().all()).toEqual([
      '2026-11-02T17:00:00.000Z',
      '2026-11-04T10:00:00.000Z',
      null,
      '2026-11-11T08:00:00.000Z',
      '2026-11-11T23:00:00.000Z',
      null,
      '2026-11-15T09:00:00.000Z',
    ]);
    raw.close();
  });

  it('streams the decision report in its order from an index, without sorting', () => {
    const p = plan('SELECT d.id FROM decisions d JOIN claims c ON c.id = d.claim_id WHERE d.at >= @from ORDER BY d.at, d.id', { from: '' });
    expect(p).toMatch(/decisions_in_order/);
    expect(p).not.toMatch(/TEMP B-TREE/);
  });
});
