import type { Migration } from '../migrate';

// Comments and the deficiency checklist become rows of their own; a decision keeps a snapshot of
// the checklist it was taken on; every change a workstation makes is queued in the outbox for the
// team hub; a rejected claim keeps its reason code. The queue gets the indexes its filters need at
// 100,000 claims, and a trigram full-text index for substring search on ids and names.
export const commentsChecklistOutbox: Migration = {
  version: 2,
  name: '0002-comments-checklist-outbox',
  up(db) {
    db.exec(`
      ALTER TABLE claims ADD COLUMN rejection_reason TEXT;
      ALTER TABLE decisions ADD COLUMN checklist TEXT NOT NULL DEFAULT '[]';

      CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims (id),
        at TEXT NOT NULL,
        author TEXT NOT NULL,
        side TEXT NOT NULL,
        internal INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        history_seq INTEGER NOT NULL,
        FOREIGN KEY (claim_id, history_seq) REFERENCES history (claim_id, seq)
      ) STRICT;
      CREATE INDEX comments_by_claim ON comments (claim_id, id);

      CREATE TABLE checklist (
        claim_id TEXT NOT NULL REFERENCES claims (id),
        code TEXT NOT NULL,
        open INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (claim_id, code)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims (id),
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        base_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT
      ) STRICT;
      CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;

      CREATE INDEX claims_by_assignee_status_sla ON claims (assignee, status, sla_sort_ms, id);
      CREATE INDEX claims_by_waiting_sla ON claims (sla_waiting, sla_sort_ms, id, sla_at_risk_ms);
      CREATE INDEX claims_by_mpn ON claims (partner_mpn_id);
      CREATE INDEX claims_by_subscription ON claims (customer_subscription_id);

      CREATE VIRTUAL TABLE claims_search USING fts5 (
        id, partner_mpn_id, partner_name, customer_tenant_id, customer_name,
        content = 'claims', content_rowid = 'rowid', tokenize = 'trigram'
      );
      INSERT INTO claims_search (claims_search) VALUES ('rebuild');
      CREATE TRIGGER claims_search_insert AFTER INSERT ON claims BEGIN
        INSERT INTO claims_search (rowid, id, partner_mpn_id, partner_name, customer_tenant_id, customer_name)
        VALUES (new.rowid, new.id, new.partner_mpn_id, new.partner_name, new.customer_tenant_id, new.customer_name);
      END;
      CREATE TRIGGER claims_search_delete AFTER DELETE ON claims BEGIN
        INSERT INTO claims_search (claims_search, rowid, id, partner_mpn_id, partner_name, customer_tenant_id, customer_name)
        VALUES ('delete', old.rowid, old.id, old.partner_mpn_id, old.partner_name, old.customer_tenant_id, old.customer_name);
      END;
      CREATE TRIGGER claims_search_update AFTER UPDATE OF id, partner_mpn_id, partner_name, customer_tenant_id, customer_name ON claims BEGIN
        INSERT INTO claims_search (claims_search, rowid, id, partner_mpn_id, partner_name, customer_tenant_id, customer_name)
        VALUES ('delete', old.rowid, old.id, old.partner_mpn_id, old.partner_name, old.customer_tenant_id, old.customer_name);
        INSERT INTO claims_search (rowid, id, partner_mpn_id, partner_name, customer_tenant_id, customer_name)
        VALUES (new.rowid, new.id, new.partner_mpn_id, new.partner_name, new.customer_tenant_id, new.customer_name);
      END;
    `);
  },
};
