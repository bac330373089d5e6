// One PoE file per synthetic claim, each with a text print, so that the duplicate-PoE look-ups
// (same file and near-identical text) run against as many stored files as there are claims.
// Prints are random (unrelated texts share almost no MinHash value), except that every
// hundredth claim holds a copy of the previous claim's text with a few words changed.
import { replaceDocuments, upsertFile } from '../../main/store/documents-table';
import type { Db } from '../../main/store/db';
import { saveTextPrint } from '../../main/store/text-prints-table';
import { PRINT_HASHES } from '../../shared/domain/precheck/text-print';

/** A small seeded generator: the same store every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s;
  };
}

const hex = (n: number): string => n.toString(16).padStart(8, '0');

const prints: string[] = [];

/** Returns the ids of the claims that hold a near-identical copy. */
export function insertSyntheticPrints(db: Db, claimIds: readonly string[], at: string): string[] {
  const next = random(17);
  const copies: string[] = [];
  let previous: string[] = [];
  db.transaction(() => {
    claimIds.forEach((claimId, i) => {
      const sha256 = hex(i) + hex(next()) + hex(next()) + hex(next()) + hex(next()) + hex(next()) + hex(next()) + hex(next());
      let values = Array.from({ length: PRINT_HASHES }, () => hex(next()));
      if (i % 100 === 1) {
        // 52 of 60 values kept: about 87% of the wording shared.
        values = previous.map((v, k) => (k % 8 === 3 ? hex(next()) : v));
        copies.push(claimId);
      }
      previous = values;
      replaceDocuments(db, claimId, [{ id: `doc-${i}`, claimId, position: 0, name: 'PoE.pdf', sha256, size: 1000, mediaType: 'application/pdf', addedAt: at }]);
      saveTextPrint(db, sha256, values.join(''));
      if (i % 1000 === 0) prints.push(values.join(''));
    });
  }).immediate();
  return copies;
}

/**
 * A new file's print stored, as the pre-check stores it: compared with every stored file through
 * the band index. Every other one is a near copy of a stored file, so the comparison finds a pair.
 */
export function storeNewPrint(db: Db, n: number, at: string): void {
  const next = random(1000 + n);
  const sha256 = `ffff${hex(n)}${Array.from({ length: 7 }, () => hex(next())).join('')}`.slice(0, 64);
  const like = prints[n % prints.length];
  const print = n % 2 === 0 && like ? like.replace(/^.{8}/, hex(next())) : Array.from({ length: PRINT_HASHES }, () => hex(next())).join('');
  db.transaction(() => {
    upsertFile(db, sha256, 1000, 'application/pdf', at);
    saveTextPrint(db, sha256, print);
  }).immediate();
}
