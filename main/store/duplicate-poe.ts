// The same file (SHA-256) used as PoE on another claim for a different customer or partner: one
// query per call (a queue page or one claim), answered by documents_by_file. A partner that
// resubmits its own claim for the same customer is not a duplicate.
import type { Db } from './db';
import { stmt } from './statements';

export interface DuplicatePoeRow {
  readonly claimId: string;
  readonly documentId: string;
  readonly documentName: string;
  readonly otherClaimId: string;
  readonly otherStatus: string;
  readonly otherPartner: string;
  readonly otherCustomer: string;
}

/** At most this many other claims are listed per claim: enough to see the pattern. */
const MAX_PER_CLAIM = 20;

const SQL = `
  SELECT d.claim_id AS claimId, d.id AS documentId, d.name AS documentName, o.claim_id AS otherClaimId,
         c2.status AS otherStatus, c2.partner_name AS otherPartner, c2.customer_name AS otherCustomer
  FROM json_each(@claims) AS given
  JOIN documents d ON d.claim_id = given.value
  JOIN claims c ON c.id = d.claim_id
  JOIN documents o ON o.sha256 = d.sha256 AND o.claim_id <> d.claim_id
  JOIN claims c2 ON c2.id = o.claim_id
  WHERE c2.partner_mpn_id <> c.partner_mpn_id OR c2.customer_tenant_id <> c.customer_tenant_id
  ORDER BY d.claim_id, d.position, o.claim_id`;

/** For each claim given, the other claims that hold one of its files as PoE, grouped by claim. */
export function duplicatePoe(db: Db, claimIds: readonly string[]): Map<string, DuplicatePoeRow[]> {
  const out = new Map<string, DuplicatePoeRow[]>();
  if (claimIds.length === 0) return out;
  for (const row of stmt<[{ claims: string }], DuplicatePoeRow>(db, SQL).all({ claims: JSON.stringify(claimIds) })) {
    const list = out.get(row.claimId) ?? [];
    if (list.length < MAX_PER_CLAIM) list.push(row);
    out.set(row.claimId, list);
  }
  return out;
}

/** How many distinct other claims hold one of a claim's files: the queue's marker count. */
export function otherClaimCount(rows: readonly DuplicatePoeRow[] | undefined): number {
  return new Set((rows ?? []).map((d) => d.otherClaimId)).size;
}
