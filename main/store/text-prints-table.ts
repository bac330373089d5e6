// Each file's text print (a MinHash over its words), the band keys that index it, and the pairs of
// files found near-identical. A print is derived from the file's bytes alone, so it is stored once
// per SHA-256, whichever claims hold it; the comparison with every stored file happens once, when
// the print is stored, through the band index, not on every queue page.
import { NEAR_IDENTICAL, printBands, printSimilarity } from '../../shared/domain/precheck/text-print';
import type { Db } from './db';
import { stmt } from './statements';

/**
 * Stores a file's print (null: read, too little text to judge), finds the stored files that share a whole band with it and keeps those
 * near-identical to it as pairs, both ways round.
 * The caller's transaction makes the three writes one.
 */
export function saveTextPrint(db: Db, sha256: string, print: string | null): void {
  // A file that could not be read once (a time limit on a busy machine) gets its print when a
  // later pre-check reads it; a print once made is kept.
  const added = stmt(
    db,
    `INSERT INTO text_prints (sha256, print) VALUES (?, ?)
     ON CONFLICT (sha256) DO UPDATE SET print = excluded.print WHERE text_prints.print IS NULL AND excluded.print IS NOT NULL`,
  ).run(sha256, print);
  if (added.changes === 0 || print === null) return;
  const bands = printBands(print);
  const candidates = stmt<[{ bands: string; sha256: string }], { sha256: string; print: string }>(
    db,
    `SELECT DISTINCT p.sha256, p.print FROM json_each(@bands) AS k
     JOIN text_bands b ON b.band = k.value
     JOIN text_prints p ON p.sha256 = b.sha256
     WHERE b.sha256 <> @sha256`,
  ).all({ bands: JSON.stringify(bands), sha256 });
  const pair = stmt(db, 'INSERT INTO similar_files (sha256, other, similarity) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  for (const c of candidates) {
    const similarity = printSimilarity(print, c.print);
    if (similarity < NEAR_IDENTICAL) continue;
    pair.run(sha256, c.sha256, similarity);
    pair.run(c.sha256, sha256, similarity);
  }
  const band = stmt(db, 'INSERT INTO text_bands (band, sha256) VALUES (?, ?) ON CONFLICT DO NOTHING');
  for (const key of bands) band.run(key, sha256);
}
