import type { Migration } from '../migrate';

// The queue filters by status, product family, activity and assignee on top of the SLA state.
// Covering indexes keep every combination cheap at 100,000 claims: one in SLA order carrying the
// filter columns, so a page is read in order with no table lookups for rows that do not match
// (it replaces claims_by_sla, its prefix); the SLA-state ranges' index gains the same columns; and
// one led by status, one by family and one by activity carry the rest, so counts never touch the
// table whichever filter is the narrowest.
export const queueFilterIndexes: Migration = {
  version: 4,
  name: '0004-queue-filter-indexes',
  up(db) {
    db.exec(`
      DROP INDEX claims_by_sla;
      DROP INDEX claims_by_waiting_sla;
      CREATE INDEX claims_by_waiting_sla ON claims
        (sla_waiting, sla_sort_ms, id, sla_at_risk_ms, status, product_family, activity, assignee);
      CREATE INDEX claims_queue_scan ON claims
        (sla_sort_ms, id, status, product_family, activity, assignee, sla_waiting, sla_at_risk_ms);
      CREATE INDEX claims_queue_count ON claims
        (status, product_family, activity, assignee, sla_waiting, sla_sort_ms, sla_at_risk_ms);
      CREATE INDEX claims_by_family_activity ON claims
        (product_family, activity, status, assignee, sla_waiting, sla_sort_ms, sla_at_risk_ms);
      CREATE INDEX claims_by_activity ON claims
        (activity, status, assignee, sla_waiting, sla_sort_ms, sla_at_risk_ms);
    `);
  },
};
