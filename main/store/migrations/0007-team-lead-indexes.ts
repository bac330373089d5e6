import type { Migration } from '../migrate';

// The team lead's dashboard reads the whole store at every refresh; these let it answer from
// indexes alone at 100,000 claims.
// - claims_by_status_submitted: the ageing histogram counts open claims by submission time,
//   reading only the open statuses' ranges (open claims are a small part of a store's history).
// - claims_by_tenant gains status and partner: the tenants where two partners' claims still
//   compete are found without reading a row; the tenant prefix still serves the rival lookups.
// - A decision keeps its claim's submission time as it stood when it was taken, and
//   decisions_by_at carries it with what and who: decisions per day and the time from submission
//   to each decision are one range of one index (a lookup of every claim was half the time).
// - decisions_by_actor: everyone who ever decided, one index step per person.
export const teamLeadIndexes: Migration = {
  version: 7,
  name: '0007-team-lead-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX claims_by_status_submitted ON claims (status, submitted_at);
      DROP INDEX claims_by_tenant;
      CREATE INDEX claims_by_tenant ON claims (customer_tenant_id, status, partner_mpn_id);
      ALTER TABLE decisions ADD COLUMN claim_submitted_at TEXT NOT NULL DEFAULT '';
      UPDATE decisions SET claim_submitted_at = (SELECT submitted_at FROM claims WHERE claims.id = decisions.claim_id);
      DROP INDEX decisions_by_at;
      CREATE INDEX decisions_by_at ON decisions (at, action, actor, claim_submitted_at);
      CREATE INDEX decisions_by_actor ON decisions (actor, action);
    `);
  },
};
