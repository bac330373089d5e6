import type { Migration } from '../migrate';

// A claim's search entry is written by the store's claim insert (claims-table insertClaim), not by an
// AFTER INSERT trigger. A trigger's statement opens a savepoint, and FTS5 writes its pending terms
// to disk at every savepoint: each claim became its own index segment, merged again and again.
// Inserting 20,000 claims took 7 s with the trigger and 2 s without; a first pull of a team's
// 100,000 claims spent half its time there. The update and delete triggers stay: one claim at a time.
export const searchIndexWrittenByInsert: Migration = {
  version: 13,
  name: '0013-search-index-written-by-insert',
  up(db) {
    db.exec('DROP TRIGGER claims_search_insert');
  },
};
