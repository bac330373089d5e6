// Finds the bundle's claims file (claims.json or claims.csv, never both) and turns it into
// validated rows. Both formats end in validateRows, so the messages are the same.
import type { BundleSource } from './bundle-source';
import { MAX_CLAIMS_FILE_BYTES } from './limits';
import { parseClaimsCsv } from './parse-claims-csv';
import { parseClaimsJson } from './parse-claims-json';
import type { ParsedRows } from './validate-rows';

export { parseClaimsJson } from './parse-claims-json';
export { parseClaimsCsv } from './parse-claims-csv';
export type { ParsedRows } from './validate-rows';

function refused(problem: string): ParsedRows {
  return { claims: [], rows: [], problems: [{ row: null, problem }] };
}

export async function readClaims(source: BundleSource): Promise<ParsedRows> {
  const hasJson = source.exists('claims.json');
  const hasCsv = source.exists('claims.csv');
  // Two claims files would leave it to chance which one is meant; the sender must choose.
  if (hasJson && hasCsv) return refused('the bundle has both claims.json and claims.csv; keep only one');
  if (!hasJson && !hasCsv) return refused('the bundle has no claims.json or claims.csv at its top level');
  const fileName = hasJson ? 'claims.json' : 'claims.csv';
  const read = await source.read(fileName, MAX_CLAIMS_FILE_BYTES);
  if (!read.ok) return refused(read.problem);
  return hasJson ? parseClaimsJson(read.bytes.toString('utf8')) : parseClaimsCsv(read.bytes);
}
