import type { Db } from './db';
import { stmt } from './statements';

/** The reviewer's marks for one claim, by product name as claimed. */
export function readProductMarks(db: Db, claimId: string): Map<string, boolean> {
  const rows = stmt<[string], { product: string; supported: number }>(db, 'SELECT product, supported FROM product_support WHERE claim_id = ?').all(claimId);
  return new Map(rows.map((r) => [r.product, r.supported === 1]));
}

/** null clears the mark: the product is not judged. */
export function setProductMark(db: Db, claimId: string, product: string, supported: boolean | null, at: string, by: string): void {
  if (supported === null) {
    stmt(db, 'DELETE FROM product_support WHERE claim_id = ? AND product = ?').run(claimId, product);
    return;
  }
  stmt(
    db,
    `INSERT INTO product_support (claim_id, product, supported, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (claim_id, product) DO UPDATE SET supported = excluded.supported, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(claimId, product, supported ? 1 : 0, at, by);
}
