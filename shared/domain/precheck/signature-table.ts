// A sign-off written as a table: a header row with a signature column ("Name | Role | Signature |
// Date", "Partie | Nom | Fonction | Date | Signature") and a row per party. The customer's row is
// the one that names the customer (its name, "Client", "Customer"); it is signed when its
// signature cell holds a name or "/s/", blank when that cell is empty. Text comes out of a table
// one cell after another, wrapped cells over several lines, so the cell is found by where it
// stands on the page: under the header's "Signature".
import type { Box, SignatureFinding } from '../precheck';
import { boxOf, type PageText } from './text';

type Side = (said: string) => 'customer' | 'partner' | null;

const SIGNATURE_COLUMN = /(?<![\p{L}])(?:signatures?|sign[ée]e?|visa|paraphe)(?![\p{L}])/iu;
const OTHER_COLUMN = /(?<![\p{L}])(?:name|nom|role|rôle|fonction|title|titre|date|partie|party|company|société|qualité|position)(?![\p{L}])/iu;
/** A header: three to eight capitalised column names, no sentence. */
const HEADER_WORDS = /^\s*\p{Lu}[\p{L}'’.()/-]*(?:\s+[\p{Lu}(][\p{L}'’.()/-]*){2,7}\s*$/u;
/** Lines of a table body read at most, and a line that long is prose, not a row. */
const BODY_LINES = 16;
const ROW_LINE_MAX = 110;
/** A row's first cell wrapped above the line that names the party: short lines, at most this many. */
const WRAPPED_ABOVE = 3;
const WRAPPED_LINE_MAX = 30;
/** Cells on one line this far apart (in points) are in different columns. */
const COLUMN_GAP = 24;

interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function linesOf(page: PageText): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text of page.text.split('\n')) {
    out.push({ text, start, end: start + text.length });
    start += text.length + 1;
  }
  return out;
}

/** The boxes of a line's cells: its spans, cut to the line. */
function cells(page: PageText, line: Line): { box: Box; text: string }[] {
  return page.spans
    .filter((s) => s.end > line.start && s.start < line.end)
    .map((s) => ({ box: s.box, text: page.text.slice(Math.max(s.start, line.start), Math.min(s.end, line.end)) }))
    .filter((c) => c.text.trim() !== '');
}

/** A line that starts a row of its own: cells in three columns or more. */
function fullRow(page: PageText, line: Line): boolean {
  const xs = cells(page, line)
    .map((c) => c.box[0])
    .sort((a, b) => a - b);
  let columns = xs.length ? 1 : 0;
  for (let i = 1; i < xs.length; i++) if (xs[i]! - xs[i - 1]! > COLUMN_GAP) columns++;
  return columns >= 3;
}

/** Where the signature column runs across the page: from its header word to the next header word. */
function signatureColumn(page: PageText, header: Line): [number, number] | null {
  const m = SIGNATURE_COLUMN.exec(header.text);
  if (!m) return null;
  const word = boxOf(page, header.start + m.index, header.start + m.index + m[0].length);
  if (!word) return null;
  const right = [...header.text.matchAll(/\S+/gu)]
    .map((w) => boxOf(page, header.start + w.index, header.start + w.index + w[0].length))
    .filter((b): b is Box => b !== null && b[0] > word[2] + 1)
    .map((b) => b[0]);
  return [word[0] - 6, right.length ? Math.min(...right) - 2 : word[2] + 140];
}

export function tableFindings(page: PageText, side: Side): SignatureFinding[] {
  const lines = linesOf(page);
  const out: SignatureFinding[] = [];
  lines.forEach((header, h) => {
    const t = header.text.trim();
    if (!HEADER_WORDS.test(t) || !SIGNATURE_COLUMN.test(t) || !OTHER_COLUMN.test(t) || t.includes(':')) return;
    const column = signatureColumn(page, header);
    if (!column) return;
    const body: Line[] = [];
    for (const line of lines.slice(h + 1, h + 1 + BODY_LINES)) {
      if (!line.text.trim() || line.text.length > ROW_LINE_MAX) break;
      body.push(line);
    }
    // The row that names the customer, on one line or wrapped over two lines of its cell ("(Wide
    // World" / "Importers)"); a line whose next one names the customer alone is not that row.
    const names = (k: number): boolean => k < body.length && side(body[k]!.text) === 'customer';
    const wrapsName = (k: number): boolean => !names(k + 1) && side(`${body[k]!.text} ${body[k + 1]?.text ?? ''}`) === 'customer';
    const at = body.findIndex((_, k) => names(k) || wrapsName(k));
    if (at < 0) return;
    // Up over the row's first cell wrapped above the party's name ("Accepted by" over "(Contoso)"):
    // short lines in the first column only (the cell before, in text order, may be another row's last).
    const firstColumn = boxOf(page, header.start + header.text.search(/\S/u), header.start + header.text.search(/\S/u) + 1)?.[0] ?? 0;
    const inFirstColumn = (line: Line) => cells(page, line).every((c) => Math.abs(c.box[0] - firstColumn) <= COLUMN_GAP);
    let first = at;
    while (first > 0 && at - first < WRAPPED_ABOVE && body[first - 1]!.text.trim().length <= WRAPPED_LINE_MAX && !fullRow(page, body[first - 1]!) && inFirstColumn(body[first - 1]!)) first--;
    const row: Line[] = [];
    let full = 0;
    for (const [k, line] of body.slice(first).entries()) {
      if (k > 0 && side(line.text) === 'partner') break;
      if (fullRow(page, line) && ++full > 1) break;
      row.push(line);
    }
    const signed = row.some((line) =>
      cells(page, line).some((c) => c.box[2] > column[0] && c.box[0] < column[1] && (c.text.match(/\p{L}/gu) ?? []).length >= 2),
    );
    const box = boxOf(page, row[0]!.start, row.at(-1)!.end);
    const text = row.map((l) => l.text.trim()).join(' ').replace(/\s+/g, ' ').slice(0, 80);
    out.push({ kind: 'signature', status: signed ? 'present' : 'blank', page: page.page, text, box, detail: { source: 'block', party: 'customer' } });
  });
  return out;
}
