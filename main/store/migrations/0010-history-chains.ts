import type { Migration } from '../migrate';

// History becomes strictly append-only. A claim the team shares can have more than one chain: the
// entries this workstation appended stay provisional until the hub answers, and when the hub's
// canonical chain orders them differently (a colleague's entry came first), the pulled chain is
// written as the claim's next chain instead of over the old one. Nothing is ever changed or
// deleted: the old chain stays, readable and checked, and current_history shows each claim's
// latest chain. Triggers refuse UPDATE and DELETE on history, so no code path can rewrite it.
//
// Comments and decisions are the claim's current records and point at an entry of its current
// chain by seq; a foreign key cannot name "the latest chain", so their tables are rebuilt without
// the key into history (`cpor verify` checks the link instead) and keep every column and index.
export const historyChains: Migration = {
  version: 10,
  name: '0010-history-chains',
  up(db) {
    db.exec(`
      CREATE TABLE decisions_v10 (
        id INTEGER PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims (id),
        action TEXT NOT NULL,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        reason TEXT,
        deficiencies TEXT NOT NULL DEFAULT '[]',
        message TEXT,
        override TEXT,
        history_seq INTEGER NOT NULL,
        checklist TEXT NOT NULL DEFAULT '[]',
        claim_submitted_at TEXT NOT NULL DEFAULT '',
        from_status_since TEXT
      ) STRICT;
      INSERT INTO decisions_v10 (id, claim_id, action, from_status, to_status, actor, at, reason, deficiencies, message, override, history_seq, checklist, claim_submitted_at, from_status_since)
        SELECT id, claim_id, action, from_status, to_status, actor, at, reason, deficiencies, message, override, history_seq, checklist, claim_submitted_at, from_status_since FROM decisions;
      DROP TABLE decisions;
      ALTER TABLE decisions_v10 RENAME TO decisions;
      CREATE INDEX decisions_by_claim ON decisions (claim_id);
      CREATE INDEX decisions_by_at ON decisions (at, action, actor, claim_submitted_at);
      CREATE INDEX decisions_by_actor ON decisions (actor, action);
      CREATE INDEX decisions_in_order ON decisions (at);

      CREATE TABLE comments_v10 (
        id INTEGER PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims (id),
        at TEXT NOT NULL,
        author TEXT NOT NULL,
        side TEXT NOT NULL,
        internal INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        history_seq INTEGER NOT NULL
      ) STRICT;
      INSERT INTO comments_v10 (id, claim_id, at, author, side, internal, text, history_seq)
        SELECT id, claim_id, at, author, side, internal, text, history_seq FROM comments;
      DROP TABLE comments;
      ALTER TABLE comments_v10 RENAME TO comments;
      CREATE INDEX comments_by_claim ON comments (claim_id, id);

      CREATE TABLE history_v10 (
        claim_id TEXT NOT NULL REFERENCES claims (id),
        chain INTEGER NOT NULL DEFAULT 0,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        side TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (claim_id, chain, seq)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO history_v10 (claim_id, chain, seq, at, actor, side, kind, detail, prev_hash, hash)
        SELECT claim_id, 0, seq, at, actor, side, kind, detail, prev_hash, hash FROM history;
      DROP TABLE history;
      ALTER TABLE history_v10 RENAME TO history;

      CREATE VIEW current_history AS
        SELECT h.claim_id, h.chain, h.seq, h.at, h.actor, h.side, h.kind, h.detail, h.prev_hash, h.hash
        FROM history h
        WHERE h.chain = (SELECT max(l.chain) FROM history l WHERE l.claim_id = h.claim_id);

      CREATE TRIGGER history_never_changes BEFORE UPDATE ON history
      BEGIN SELECT RAISE(ABORT, 'history is append-only: an entry is never changed'); END;
      CREATE TRIGGER history_never_deleted BEFORE DELETE ON history
      BEGIN SELECT RAISE(ABORT, 'history is append-only: an entry is never deleted'); END;
    `);
  },
};
