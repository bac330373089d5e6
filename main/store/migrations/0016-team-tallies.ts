import type { Migration } from '../migrate';

// The team lead's counts kept as the claims and decisions are written, so the dashboard reads a
// few hundred tally rows instead of every claim and decision (100,000 of each cost it 250 ms on a
// busy laptop). Triggers keep them: every writer (the services, an import, a pulled claim, the
// command line) moves them in the same transaction as the row, and none can forget to.
//
// Days are the business calendar's local days, numbered from 1970-01-01: a decision belongs to
// the day it was taken on in the calendar's zone. The zone's offsets are a table of spans
// (calendar_offsets, from an instant on) that the application fills for the zone in force
// (main/store/team-tallies.ts); it re-counts the day tallies whenever the zone changes, and
// tally_zone says which zone they are in. An instant that cannot be read counts as day -1.
//
// Competing customers (who competes is a domain rule, applied by the application) are kept as
// groups per customer: the triggers mark a customer whose claims or products changed in a way the
// rule reads (contest_dirty), and the application works out those customers' groups again before
// it reads them (main/store/contest-groups.ts), so a decision costs one customer, not every one.
//
// Frozen: this is the SQL the tallies had when written. The first opening after it runs fills
// every tally from the rows already stored.
const ms = (col: string) => `(unixepoch(${col}) * 1000)`;
const localDay = (col: string) =>
  `coalesce((${ms(col)} + coalesce((SELECT offset_ms FROM calendar_offsets WHERE from_ms <= ${ms(col)} ORDER BY from_ms DESC LIMIT 1), 0)) / 86400000, -1)`;

function counted(table: string, keys: Record<string, string>, delta: '+' | '-'): string {
  const cols = Object.keys(keys);
  const values = Object.values(keys);
  if (delta === '+') {
    return `INSERT INTO ${table} (${cols.join(', ')}, n) VALUES (${values.join(', ')}, 1)
        ON CONFLICT (${cols.join(', ')}) DO UPDATE SET n = n + 1;`;
  }
  const where = cols.map((c, i) => `${c} = ${values[i]}`).join(' AND ');
  return `UPDATE ${table} SET n = n - 1 WHERE ${where};
      DELETE FROM ${table} WHERE ${where} AND n <= 0;`;
}

const claimKeys = (row: 'new' | 'old') => ({ status: `${row}.status`, assignee: `coalesce(${row}.assignee, '')` });
const slaKeys = (row: 'new' | 'old') => ({ waiting: `${row}.sla_waiting`, day: `${row}.sla_sort_ms / 86400000`, assignee: `coalesce(${row}.assignee, '')` });
const tenantKeys = (row: 'new' | 'old') => ({ tenant: `${row}.customer_tenant_id` });
const submittedKeys = (row: 'new' | 'old') => ({ status: `${row}.status`, day: localDay(`${row}.submitted_at`) });
const decisionKeys = (row: 'new' | 'old') => ({
  day: localDay(`${row}.at`),
  action: `${row}.action`,
  actor: `${row}.actor`,
  submitted_day: localDay(`${row}.claim_submitted_at`),
});

/** Triggers that move one tally with its table's inserts, deletes and updates of the columns it counts by. */
function tallyTriggers(name: string, on: string, table: string, keys: (row: 'new' | 'old') => Record<string, string>, columns: readonly string[]): string {
  const changed = columns.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
  return `
    CREATE TRIGGER ${name}_on_insert AFTER INSERT ON ${on} BEGIN
      ${counted(table, keys('new'), '+')}
    END;
    CREATE TRIGGER ${name}_on_delete AFTER DELETE ON ${on} BEGIN
      ${counted(table, keys('old'), '-')}
    END;
    CREATE TRIGGER ${name}_on_update AFTER UPDATE OF ${columns.join(', ')} ON ${on} WHEN ${changed} BEGIN
      ${counted(table, keys('old'), '-')}
      ${counted(table, keys('new'), '+')}
    END;`;
}

export const teamTallies: Migration = {
  version: 16,
  name: '0016-team-tallies',
  up(db) {
    db.exec(`
      CREATE TABLE calendar_offsets (
        from_ms INTEGER PRIMARY KEY,
        offset_ms INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE tally_zone (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        time_zone TEXT NOT NULL
      ) STRICT;
      CREATE TABLE claim_tally (
        status TEXT NOT NULL,
        assignee TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (status, assignee)
      ) STRICT, WITHOUT ROWID;
      -- Claims by clock state and UTC day of their deadline (sla_sort_ms): the SLA counts move with
      -- the clock, so only today's part is counted from the claims when asked.
      CREATE TABLE sla_day_tally (
        waiting INTEGER NOT NULL,
        day INTEGER NOT NULL,
        assignee TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (waiting, day, assignee)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE tenant_tally (
        tenant TEXT PRIMARY KEY,
        n INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      -- Customers with two claims or more: the only places a claim can have a rival.
      CREATE INDEX tenants_shared ON tenant_tally (tenant, n) WHERE n > 1;
      CREATE TABLE submitted_day_tally (
        status TEXT NOT NULL,
        day INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (status, day)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE decision_day_tally (
        day INTEGER NOT NULL,
        action TEXT NOT NULL,
        actor TEXT NOT NULL,
        submitted_day INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (day, action, actor, submitted_day)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE contest_dirty (
        tenant TEXT PRIMARY KEY
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE contest_groups (
        tenant TEXT PRIMARY KEY,
        -- The soonest deadline among the group's claims (ms), and its first claim's id: the order shown.
        due INTEGER NOT NULL,
        first_id TEXT NOT NULL,
        -- JSON: [{ id, claimProducts, products, sameSubscription }], one per claim with a rival.
        members TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX contest_groups_by_due ON contest_groups (due, first_id);
      CREATE TRIGGER contest_on_claim_insert AFTER INSERT ON claims BEGIN
        INSERT OR IGNORE INTO contest_dirty (tenant) VALUES (new.customer_tenant_id);
      END;
      CREATE TRIGGER contest_on_claim_delete AFTER DELETE ON claims BEGIN
        INSERT OR IGNORE INTO contest_dirty (tenant) VALUES (old.customer_tenant_id);
      END;
      CREATE TRIGGER contest_on_claim_update
        AFTER UPDATE OF status, customer_tenant_id, partner_mpn_id, product_family, customer_subscription_id, sla_sort_ms ON claims
        WHEN old.status IS NOT new.status OR old.customer_tenant_id IS NOT new.customer_tenant_id OR old.partner_mpn_id IS NOT new.partner_mpn_id
          OR old.product_family IS NOT new.product_family OR old.customer_subscription_id IS NOT new.customer_subscription_id
          OR old.sla_sort_ms IS NOT new.sla_sort_ms
      BEGIN
        INSERT OR IGNORE INTO contest_dirty (tenant) VALUES (old.customer_tenant_id), (new.customer_tenant_id);
      END;
      CREATE TRIGGER contest_on_product_insert AFTER INSERT ON claim_products BEGIN
        INSERT OR IGNORE INTO contest_dirty (tenant) SELECT customer_tenant_id FROM claims WHERE id = new.claim_id;
      END;
      CREATE TRIGGER contest_on_product_delete AFTER DELETE ON claim_products BEGIN
        INSERT OR IGNORE INTO contest_dirty (tenant) SELECT customer_tenant_id FROM claims WHERE id = old.claim_id;
      END;
      CREATE TRIGGER contest_on_product_update AFTER UPDATE ON claim_products BEGIN
        INSERT OR IGNORE INTO contest_dirty (tenant) SELECT customer_tenant_id FROM claims WHERE id IN (old.claim_id, new.claim_id);
      END;
      ${tallyTriggers('claim_tally', 'claims', 'claim_tally', claimKeys, ['status', 'assignee'])}
      ${tallyTriggers('sla_day_tally', 'claims', 'sla_day_tally', slaKeys, ['sla_waiting', 'sla_sort_ms', 'assignee'])}
      ${tallyTriggers('tenant_tally', 'claims', 'tenant_tally', tenantKeys, ['customer_tenant_id'])}
      ${tallyTriggers('submitted_day_tally', 'claims', 'submitted_day_tally', submittedKeys, ['status', 'submitted_at'])}
      ${tallyTriggers('decision_day_tally', 'decisions', 'decision_day_tally', decisionKeys, ['at', 'action', 'actor', 'claim_submitted_at'])}
    `);
  },
};
