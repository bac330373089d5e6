import type { Migration } from '../migrate';

// Changes the team hub refused (issue 15): the hub judges every change under the pusher's identity
// and may refuse one (a forbidden transition, a rule broken, a decision the token may not take).
// The refused change is kept here with the hub's reason and what it did, so the person sees it;
// the claim itself goes back to what the hub holds. A refusal is never resent.
export const syncRefusals: Migration = {
  version: 11,
  name: '0011-sync-refusals',
  up(db) {
    db.exec(`
      CREATE TABLE sync_refusals (
        change_id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL,
        refused_at TEXT NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        entries TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sync_refusals_by_claim ON sync_refusals (claim_id, refused_at);
    `);
  },
};
