// claims.json: an array of claims, or { format, version, claims: [...] }.
import { BundleFileSchema } from '../../../shared/api/bundle';
import { type ParsedRows, validateRows } from './validate-rows';

export function parseClaimsJson(text: string): ParsedRows {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { claims: [], rows: [], problems: [{ row: null, problem: `claims.json is not valid JSON (${(err as Error).message})` }] };
  }
  const file = BundleFileSchema.safeParse(json);
  if (!file.success) {
    return { claims: [], rows: [], problems: [{ row: null, problem: 'claims.json must be an array of claims or an object with a "claims" array' }] };
  }
  return validateRows(Array.isArray(file.data) ? file.data : file.data.claims, 'claims.json');
}
