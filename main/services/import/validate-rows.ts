// The one place claim rows are validated, whatever file they came from: every row against
// BundleClaimSchema, then duplicate ids. Every problem is collected, not just the first.
import { BundleClaimSchema, type BundleClaim } from '../../../shared/api/bundle';
import type { BundleProblem } from './errors';

export interface ParsedRows {
  readonly claims: BundleClaim[];
  /** rows[i] is the row claims[i] came from, for messages about its documents. */
  readonly rows: number[];
  readonly problems: BundleProblem[];
}

/** Names a schema path for the message; JSON uses the dotted path ("partner.mpnId"). */
export type FieldNamer = (path: readonly PropertyKey[]) => string | undefined;

export const dottedPath: FieldNamer = (path) => (path.length ? path.map(String).join('.') : undefined);

function idOf(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string') return (raw as { id: string }).id;
  return undefined;
}

/**
 * rawRows[i] is reported as row i + 1: its 1-based position among the claims.
 * fileName is only for the "holds no claims" message.
 */
export function validateRows(rawRows: readonly unknown[], fileName: string, fieldName: FieldNamer = dottedPath): ParsedRows {
  const problems: BundleProblem[] = [];
  const claims: BundleClaim[] = [];
  const rows: number[] = [];
  const seen = new Map<string, number>();
  rawRows.forEach((raw, i) => {
    const row = i + 1;
    const claimId = idOf(raw);
    const parsed = BundleClaimSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ row, claimId, field: fieldName(issue.path), problem: issue.message });
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
    rows.push(row);
  });
  if (rawRows.length === 0) problems.push({ row: null, problem: `${fileName} holds no claims` });
  return { claims, rows, problems };
}
