import type { Migration } from '../migrate';

// Team sync (issue 6). sync_claims holds, per claim the hub knows, the hub version this store last
// had, how many history entries were handed over or pulled (seq), and the claim's shared image
// then: what the next push diffs against. sync_batches is the push journal: a batch is written
// before it is sent and resent word for word until answered, so a lost answer never applies twice.
// Conflicts the hub keeps are mirrored for the screens; sync_meta holds the cursor and the
// workstation's name.
export const sync: Migration = {
  version: 9,
  name: '0009-sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_claims (
        claim_id TEXT PRIMARY KEY REFERENCES claims (id),
        hub_version INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        image TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE sync_batches (
        id INTEGER PRIMARY KEY,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      ALTER TABLE outbox ADD COLUMN batch_id INTEGER REFERENCES sync_batches (id);
      CREATE INDEX outbox_unsent_by_claim ON outbox (claim_id) WHERE sent_at IS NULL;
      CREATE TABLE sync_conflicts (
        id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims (id),
        opened_at TEXT NOT NULL,
        resolved INTEGER NOT NULL,
        body TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sync_conflicts_open ON sync_conflicts (opened_at) WHERE resolved = 0;
      CREATE INDEX sync_conflicts_by_claim ON sync_conflicts (claim_id);
      CREATE TABLE sync_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT, WITHOUT ROWID;
    `);
  },
};
