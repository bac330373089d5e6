// claims.json to validated rows, collecting every problem instead of stopping at the first.
import { BundleClaimSchema, BundleFileSchema, type BundleClaim } from '../../../shared/api/bundle';
import type { BundleProblem } from './errors';

export interface ParsedRows {
  readonly claims: BundleClaim[];
  readonly problems: BundleProblem[];
}

function pathOf(path: readonly PropertyKey[]): string | undefined {
  return path.length ? path.map(String).join('.') : undefined;
}

export function parseClaimsJson(text: string): ParsedRows {
  const problems: BundleProblem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { claims: [], problems: [{ row: null, problem: `claims.json is not valid JSON (${(err as Error).message})` }] };
  }
  const file = BundleFileSchema.safeParse(json);
  if (!file.success) {
    return { claims: [], problems: [{ row: null, problem: 'claims.json must be an array of claims or an object with a "claims" array' }] };
  }
  const rawRows = Array.isArray(file.data) ? file.data : file.data.claims;
  const claims: BundleClaim[] = [];
  const seen = new Map<string, number>();
  rawRows.forEach((raw, i) => {
    const row = i + 1;
    const claimId =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    const parsed = BundleClaimSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ row, claimId, field: pathOf(issue.path), problem: issue.message });
      }
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      problems.push({ row, claimId, field: 'id', problem: `duplicate claim id, already used by row ${first}` });
      return;
    }
    seen.set(parsed.data.id, row);
    claims.push(parsed.data);
  });
  if (rawRows.length === 0) problems.push({ row: null, problem: 'claims.json holds no claims' });
  return { claims, problems };
}
