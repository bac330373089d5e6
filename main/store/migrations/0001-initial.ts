import type { Migration } from '../migrate';

// Timestamps are ISO-8601 text; SLA instants are also kept as epoch milliseconds so the queue
// can filter and sort on an index. sla_sort_ms is the due time, or a far-future value when no
// clock runs, so "sort by SLA" never needs an expression that defeats the index.
export const initial: Migration = {
  version: 1,
  name: '0001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        policy TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        partner_mpn_id TEXT NOT NULL,
        partner_name TEXT NOT NULL,
        partner_contact TEXT,
        customer_tenant_id TEXT NOT NULL,
        customer_subscription_id TEXT,
        customer_name TEXT NOT NULL,
        customer_domain TEXT,
        customer_country TEXT,
        customer_public_sector INTEGER NOT NULL DEFAULT 0,
        customer_contact TEXT,
        activity TEXT NOT NULL,
        product_family TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        status_since TEXT NOT NULL,
        assignee TEXT,
        sla_clock TEXT,
        sla_due_at TEXT,
        sla_due_ms INTEGER,
        sla_at_risk_ms INTEGER,
        sla_waiting INTEGER NOT NULL DEFAULT 0,
        sla_sort_ms INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX claims_by_sla ON claims (sla_sort_ms, id);
      CREATE INDEX claims_by_status_sla ON claims (status, sla_sort_ms, id);
      CREATE INDEX claims_by_assignee_sla ON claims (assignee, sla_sort_ms, id);
      CREATE INDEX claims_by_submitted ON claims (submitted_at, id);
      CREATE INDEX claims_by_partner ON claims (partner_name, id);
      CREATE INDEX claims_by_tenant ON claims (customer_tenant_id);

      CREATE TABLE claim_products (
        claim_id TEXT NOT NULL REFERENCES claims (id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (claim_id, position)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX claim_products_by_name ON claim_products (name);

      CREATE TABLE files (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        media_type TEXT NOT NULL,
        stored_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims (id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES files (sha256),
        pages INTEGER,
        added_at TEXT NOT NULL,
        UNIQUE (claim_id, position)
      ) STRICT;

      CREATE TABLE history (
        claim_id TEXT NOT NULL REFERENCES claims (id),
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        side TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (claim_id, seq)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE decisions (
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
        FOREIGN KEY (claim_id, history_seq) REFERENCES history (claim_id, seq)
      ) STRICT;
      CREATE INDEX decisions_by_claim ON decisions (claim_id);
      CREATE INDEX decisions_by_at ON decisions (at);
    `);
  },
};
