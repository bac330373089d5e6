// The same file (SHA-256), or a near-identical text (similar_files, filled as prints are
// stored), used as PoE on another claim for a different customer or partner: one indexed query
// per call (a queue page or one claim), answered by documents_by_file and similar_files. A
// partner that resubmits its own claim for the same customer is not a duplicate.
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
  /** The same file, or another file with nearly the same wording. */
  readonly match: 'same-file' | 'near-identical';
  /** Estimated share of wording, 0 to 1 (1 for the same file). */
  readonly similarity: number;
}

/** At most this many other claims are listed per claim: enough to see the pattern. */
const MAX_PER_CLAIM = 20;

// Each of the given claims' files with the files that are the same (itself) or near-identical
// to it, then the documents on other claims that hold one of those.
const SQL = `
  WITH mine AS (
    SELECT d.claim_id, d.id, d.name, d.position, d.sha256, c.partner_mpn_id, c.customer_tenant_id
    FROM json_each(@claims) AS given
    JOIN documents d ON d.claim_id = given.value
    JOIN claims c ON c.id = d.claim_id
  ),
  alike AS (
    SELECT mine.*, mine.sha256 AS other_sha256, 'same-file' AS match, 1.0 AS similarity FROM mine
    UNION ALL
    SELECT mine.*, s.other, 'near-identical', s.similarity FROM mine JOIN similar_files s ON s.sha256 = mine.sha256
  )
  SELECT a.claim_id AS claimId, a.id AS documentId, a.name AS documentName, o.claim_id AS otherClaimId,
         c2.status AS otherStatus, c2.partner_name AS otherPartner, c2.customer_name AS otherCustomer,
         a.match AS match, a.similarity AS similarity
  FROM alike a
  JOIN documents o ON o.sha256 = a.other_sha256 AND o.claim_id <> a.claim_id
  JOIN claims c2 ON c2.id = o.claim_id
  WHERE c2.partner_mpn_id <> a.partner_mpn_id OR c2.customer_tenant_id <> a.customer_tenant_id
  ORDER BY a.claim_id, a.position, a.match DESC, o.claim_id`;

/** For each claim given, the other claims that hold one of its files as PoE, grouped by claim. */
export function duplicatePoe(db: Db, claimIds: readonly string[]): Map<string, DuplicatePoeRow[]> {
  const out = new Map<string, DuplicatePoeRow[]>();
  if (claimIds.length === 0) return out;
  // A claim holding a file and a near copy of it lists the other claim once, as the same file.
  const listed = new Set<string>();
  for (const row of stmt<[{ claims: string }], DuplicatePoeRow>(db, SQL).all({ claims: JSON.stringify(claimIds) })) {
    const pair = `${row.documentId} ${row.otherClaimId}`;
    if (listed.has(pair)) continue;
    listed.add(pair);
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
