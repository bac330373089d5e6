// Stored pre-check results, one per document, with the hash of what they were computed from.
import type { PrecheckResult } from '../../shared/domain/precheck';
import type { Db } from './db';
import { stmt } from './statements';

export interface StoredPrecheck {
  readonly documentId: string;
  readonly inputHash: string;
  readonly checkedAt: string;
  readonly result: PrecheckResult;
}

export function savePrecheck(db: Db, documentId: string, inputHash: string, checkedAt: string, result: PrecheckResult): void {
  stmt(
    db,
    `INSERT INTO prechecks (document_id, input_hash, checked_at, ok, result) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET input_hash = excluded.input_hash, checked_at = excluded.checked_at, ok = excluded.ok, result = excluded.result`,
  ).run(documentId, inputHash, checkedAt, result.ok ? 1 : 0, JSON.stringify(result));
  if (result.pages !== null) stmt(db, 'UPDATE documents SET pages = ? WHERE id = ?').run(result.pages, documentId);
}

export function prechecksOfClaim(db: Db, claimId: string): StoredPrecheck[] {
  return stmt<[string], { document_id: string; input_hash: string; checked_at: string; result: string }>(
    db,
    `SELECT p.document_id, p.input_hash, p.checked_at, p.result FROM prechecks p
     JOIN documents d ON d.id = p.document_id WHERE d.claim_id = ? ORDER BY d.position`,
  )
    .all(claimId)
    .map((r) => ({ documentId: r.document_id, inputHash: r.input_hash, checkedAt: r.checked_at, result: JSON.parse(r.result) as PrecheckResult }));
}

/**
 * Claims with at least one document never pre-checked, or whose file has no text print yet (a
 * store from before prints, pre-checked once more in the background), oldest import first.
 */
export function claimsWithUncheckedDocuments(db: Db, limit: number): string[] {
  return stmt<[number], { claim_id: string }>(
    db,
    `SELECT DISTINCT d.claim_id FROM documents d
     LEFT JOIN prechecks p ON p.document_id = d.id
     LEFT JOIN text_prints t ON t.sha256 = d.sha256
     WHERE p.document_id IS NULL OR t.sha256 IS NULL ORDER BY d.added_at, d.claim_id LIMIT ?`,
  )
    .all(limit)
    .map((r) => r.claim_id);
}
