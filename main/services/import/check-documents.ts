// Every PoE file a claim names, read and hashed before anything is written, so a missing,
// escaping or oversized file refuses the bundle with the row and document it belongs to.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { BundleClaim } from '../../../shared/api/bundle';
import type { BundleSource } from './bundle-source';
import type { BundleProblem } from './errors';
import { MAX_DOCUMENT_BYTES } from './limits';
import { sniffMediaType } from './media-type';

export interface CheckedDocument {
  readonly relPath: string;
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Claim id -> its checked documents, in claim order; problems are appended to `problems`.
 * rows[i] is claims[i]'s row in the claims file (rows before it may have been invalid).
 */
export async function checkDocuments(
  source: BundleSource,
  claims: readonly BundleClaim[],
  rows: readonly number[],
  problems: BundleProblem[],
): Promise<Map<string, CheckedDocument[]>> {
  const byClaim = new Map<string, CheckedDocument[]>();
  for (const [i, claim] of claims.entries()) {
    const row = rows[i] ?? i + 1;
    const docs: CheckedDocument[] = [];
    for (const [d, doc] of claim.documents.entries()) {
      const read = await source.read(doc.path, MAX_DOCUMENT_BYTES);
      if (!read.ok) {
        problems.push({ row, claimId: claim.id, field: `documents.${d}.path`, problem: read.problem });
        continue;
      }
      const name = doc.name ?? basename(doc.path);
      docs.push({ relPath: doc.path, name, sha256: sha256(read.bytes), size: read.bytes.length, mediaType: sniffMediaType(read.bytes, name) });
    }
    byClaim.set(claim.id, docs);
  }
  return byClaim;
}
