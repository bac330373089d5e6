// claims.csv: UTF-8 (BOM or not), "," or ";" separated (Excel uses ";" where "," is the decimal
// mark), a header row naming CSV_COLUMNS (in any order and letter case), one claim per record.
// Quoted cells may hold the delimiter, doubled quotes and line breaks.
import { CsvError, parse } from 'csv-parse/sync';
import type { BundleProblem } from './errors';
import { claimFromCells, CSV_COLUMNS, csvFieldName, REQUIRED_COLUMNS } from './csv-columns';
import { type ParsedRows, validateRows } from './validate-rows';

const FILE = 'claims.csv';

/** Whichever of "," and ";" occurs more often in the header line, outside quotes; "," on a tie. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted; // a doubled quote flips twice: still inside
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas += 1;
    else if (!quoted && ch === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // fatal: a file saved as Windows-1252 is refused rather than imported with mangled names.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a leading BOM
  } catch {
    return undefined;
  }
}

function bundleProblem(problem: string): ParsedRows {
  return { claims: [], rows: [], problems: [{ row: null, problem }] };
}

/** Header names to column keys; every unknown, unnamed, repeated or missing column is a problem. */
function checkHeader(header: readonly string[]): { columns: string[]; problems: BundleProblem[] } {
  const known = new Map(Object.keys(CSV_COLUMNS).map((name) => [name.toLowerCase(), name]));
  const problems: BundleProblem[] = [];
  const columns = header.map((cell, i) => {
    const label = cell.trim();
    const name = known.get(label.toLowerCase());
    if (label === '') problems.push({ row: null, problem: `${FILE} column ${i + 1} has no name in the header` });
    else if (!name) problems.push({ row: null, problem: `${FILE} has an unknown column "${label}"` });
    return name ?? '';
  });
  for (const name of new Set(columns)) {
    if (name !== '' && columns.filter((c) => c === name).length > 1) {
      problems.push({ row: null, problem: `${FILE} has the column "${name}" more than once` });
    }
  }
  for (const name of REQUIRED_COLUMNS) {
    if (!columns.includes(name)) problems.push({ row: null, problem: `${FILE} has no "${name}" column, which is required` });
  }
  return { columns, problems };
}

export function parseClaimsCsv(bytes: Uint8Array): ParsedRows {
  const text = decodeUtf8(bytes);
  if (text === undefined) return bundleProblem(`${FILE} is not UTF-8 text; save it as "CSV UTF-8"`);
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (err) {
    // csv-parse's messages name the line: "Quote Not Closed: ... at line 4".
    if (err instanceof CsvError) return bundleProblem(`${FILE} is not valid CSV: ${err.message}`);
    throw err;
  }
  const [header, ...body] = records;
  if (!header) return bundleProblem(`${FILE} is empty; it needs a header row naming the columns`);
  const { columns, problems } = checkHeader(header);
  if (problems.length) return { claims: [], rows: [], problems };

  // Row N is the N-th claim record after the header, the numbering claims.json uses too: for a
  // file without blank lines or line breaks inside quotes, that is the CSV line number minus 1.
  // Records of nothing but empty cells (";;;" lines spreadsheets leave behind) are not claims.
  const rows = body.filter((cells) => cells.some((cell) => cell.trim() !== ''));
  const cellProblems: BundleProblem[] = [];
  const raws = rows.map((cells, i) => {
    const built = claimFromCells(columns, cells, i + 1);
    cellProblems.push(...built.problems);
    return built.raw;
  });
  const validated = validateRows(raws, FILE, csvFieldName);
  // Keep the file's order: row 2's problems before row 3's, whichever check found them.
  const all = [...cellProblems, ...validated.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { ...validated, problems: all };
}
