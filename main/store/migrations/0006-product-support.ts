import type { Migration } from '../migrate';

// The reviewer's judgement per claimed product: does the PoE support it? One row per product the
// reviewer has judged (1 supported, 0 not); no row means not judged yet. Keyed by the product's
// name as claimed, so a partner edit that drops a product leaves its old mark unused, not wrong.
export const productSupport: Migration = {
  version: 6,
  name: '0006-product-support',
  up(db) {
    db.exec(`
      CREATE TABLE product_support (
        claim_id TEXT NOT NULL REFERENCES claims(id),
        product TEXT NOT NULL,
        supported INTEGER NOT NULL CHECK (supported IN (0, 1)),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (claim_id, product)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
