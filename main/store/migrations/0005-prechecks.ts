import type { Migration } from '../migrate';

// A pre-check result per document. Keyed by the document id (claim + content), with the hash of
// what it was checked against (engine version and the claim's facts): an edit of the claim's
// products or customer makes the stored result stale, to be run again, never silently reused.
export const prechecks: Migration = {
  version: 5,
  name: '0005-prechecks',
  up(db) {
    db.exec(`
      CREATE TABLE prechecks (
        document_id TEXT PRIMARY KEY,
        input_hash TEXT NOT NULL,
        checked_at TEXT NOT NULL,
        ok INTEGER NOT NULL,
        result TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
