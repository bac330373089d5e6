import type { Migration } from '../migrate';

// The team lead's dashboard reads the whole store at every refresh; these indexes let it answer
// from indexes alone at 100,000 claims.
// - claims_by_status_submitted: the ageing histogram counts open claims by submission time,
//   reading only the open statuses' ranges (open claims are a small part of a store's history).
// - claims_by_tenant gains status and partner: the tenants where two partners' claims still
//   compete are found without reading a row; the tenant prefix still serves the rival lookups.
// - decisions_by_at carries what, who and which claim, and claims_submission_by_id each claim's
//   submission time: decisions per day and the time to decide cost one index step per decision.
// - decisions_by_actor: everyone who ever decided, one index step per person.
export const teamLeadIndexes: Migration = {
  version: 7,
  name: '0007-team-lead-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX claims_by_status_submitted ON claims (status, submitted_at);
      DROP INDEX claims_by_tenant;
      CREATE INDEX claims_by_tenant ON claims (customer_tenant_id, status, partner_mpn_id);
      CREATE INDEX claims_submission_by_id ON claims (id, submitted_at);
      DROP INDEX decisions_by_at;
      CREATE INDEX decisions_by_at ON decisions (at, action, actor, claim_id);
      CREATE INDEX decisions_by_actor ON decisions (actor, action);
    `);
  },
};
