// claims.csv columns: flat names for the BundleClaimSchema fields, and how a cell becomes
// the same value claims.json would hold, so both formats go through one validation.
import type { BundleProblem } from './errors';
import type { FieldNamer } from './validate-rows';

type CellKind = 'text' | 'boolean' | 'list' | 'documents';

interface Column {
  readonly path: readonly string[]; // where the value goes in the claim object
  readonly required?: true;
  readonly kind?: CellKind; // default 'text'
}

export const CSV_COLUMNS: Readonly<Record<string, Column>> = {
  id: { path: ['id'], required: true },
  status: { path: ['status'] },
  policy: { path: ['policy'] },
  submittedAt: { path: ['submittedAt'], required: true },
  statusSince: { path: ['statusSince'] },
  partnerMpnId: { path: ['partner', 'mpnId'], required: true },
  partnerName: { path: ['partner', 'name'], required: true },
  partnerContactName: { path: ['partner', 'contact', 'name'] },
  partnerContactEmail: { path: ['partner', 'contact', 'email'] },
  partnerContactPhone: { path: ['partner', 'contact', 'phone'] },
  customerTenantId: { path: ['customer', 'tenantId'], required: true },
  customerSubscriptionId: { path: ['customer', 'subscriptionId'] },
  customerName: { path: ['customer', 'name'], required: true },
  customerDomain: { path: ['customer', 'domain'] },
  customerCountry: { path: ['customer', 'country'] },
  customerPublicSector: { path: ['customer', 'publicSector'], kind: 'boolean' },
  customerContactName: { path: ['customer', 'contact', 'name'] },
  customerContactEmail: { path: ['customer', 'contact', 'email'] },
  customerContactPhone: { path: ['customer', 'contact', 'phone'] },
  activity: { path: ['activity'], required: true },
  productFamily: { path: ['productFamily'], required: true },
  products: { path: ['products'], required: true, kind: 'list' },
  documents: { path: ['documents'], kind: 'documents' },
  assignee: { path: ['assignee'] },
};

export const REQUIRED_COLUMNS = Object.keys(CSV_COLUMNS).filter((name) => CSV_COLUMNS[name]?.required);

/** "a | b||c" -> ["a", "b", "c"]: the separator is "|", blanks around it are not part of a name. */
function listOf(cell: string): string[] {
  return cell.split('|').map((s) => s.trim()).filter((s) => s !== '');
}

const TRUE = ['true', 'yes', '1'];
const FALSE = ['false', 'no', '0'];

type CellValue = { value: unknown } | { problem: string };

function cellValue(kind: CellKind, cell: string): CellValue {
  switch (kind) {
    case 'text':
      return { value: cell };
    case 'list':
      return { value: listOf(cell) };
    case 'documents':
      // No display name: the importer then shows the file name, as it does for claims.json.
      return { value: listOf(cell).map((path) => ({ path })) };
    case 'boolean': {
      const word = cell.trim().toLowerCase();
      if (TRUE.includes(word)) return { value: true };
      if (FALSE.includes(word)) return { value: false };
      return { problem: `must be true/false, yes/no or 1/0 (got "${cell}")` };
    }
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    const next = node[key];
    if (next && typeof next === 'object') node = next as Record<string, unknown>;
    else node = (node[key] = {}) as Record<string, unknown>;
  });
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
}

/**
 * One CSV record as the object claims.json would hold. `columns[i]` names cell i (already
 * checked against CSV_COLUMNS). An empty cell means "absent", so defaults apply as in JSON.
 */
export function claimFromCells(
  columns: readonly string[],
  cells: readonly string[],
  row: number,
): { raw: Record<string, unknown>; problems: BundleProblem[] } {
  // partner and customer always exist, so an empty required cell reads "partnerName: ..."
  // rather than "partner: expected object".
  const raw: Record<string, unknown> = { partner: {}, customer: {} };
  const problems: BundleProblem[] = [];
  const idCell = cells[columns.indexOf('id')];
  const claimId = idCell !== undefined && idCell.trim() !== '' ? idCell : undefined;
  if (cells.length !== columns.length) {
    problems.push({ row, claimId, problem: `has ${cells.length} cells but the header names ${columns.length} columns` });
  }
  columns.forEach((name, i) => {
    const column = CSV_COLUMNS[name];
    const cell = cells[i] ?? '';
    if (!column || cell.trim() === '') return;
    const parsed = cellValue(column.kind ?? 'text', cell);
    if ('problem' in parsed) problems.push({ row, claimId, field: name, problem: parsed.problem });
    else setPath(raw, column.path, parsed.value);
  });
  return { raw, problems };
}

/** Names a schema path by its CSV column: ["partner", "mpnId"] -> "partnerMpnId", ["products", 2] -> "products.2". */
export const csvFieldName: FieldNamer = (path) => {
  const keys = path.map(String);
  let best: { name: string; length: number } | undefined;
  for (const [name, column] of Object.entries(CSV_COLUMNS)) {
    const matches = column.path.every((key, i) => keys[i] === key);
    if (matches && column.path.length > (best?.length ?? 0)) best = { name, length: column.path.length };
  }
  if (!best) return keys.length ? keys.join('.') : undefined;
  return [best.name, ...keys.slice(best.length)].join('.');
};
