// Signature evidence: signature form fields (a digital signature is "present, not verified":
// nothing here checks it), ink annotations (drawn signatures), and printed signature blocks
// ("Signature:", "Signed by", "Accepted by", "Signé par", "Lu et approuvé"...).
import type { SignatureFinding } from '../precheck';
import { boxOf, type MarkInput, type PageText } from './text';

export const FIELD_UNVERIFIED_NOTE = 'a digital signature field is present, not verified';

/** Labels that open a signature block, at the start of a line and capitalised as labels are. */
const LABELS = [
  'Signature', 'Signatures', 'Signed', 'Signed by', 'Signed for', 'Accepted by', 'Accepted and agreed', 'Approved by',
  'Acknowledged by', 'Agreed by', 'Agreed and accepted', 'Authorized signature', 'Authorised signature',
  'Customer signature', 'Client signature', 'For and on behalf of', 'Accepted', 'Acceptance signature',
  'Signé', 'Signé par', 'Signature du client', 'Accepté par', 'Approuvé par', 'Lu et approuvé', 'Bon pour accord',
  'Pour accord', 'Pour le client',
];
const LABEL_RE = new RegExp(
  `^\\s*(?:${LABELS.sort((a, b) => b.length - a.length).map((l) => l.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
/**
 * A label line is followed by ":" or a line to sign on, or is short and no sentence
 * ("Accepted by the customer", not the last line of a paragraph: "Signed copies are kept.").
 */
const LABEL_LINE_MAX = 48;
const FILLED = /^\s*[^\p{L}\p{N}]*(?::|_{3,}|\.{5,})/u;

function blockFindings(page: PageText): SignatureFinding[] {
  const out: SignatureFinding[] = [];
  let offset = 0;
  let lastLine = -10;
  const lines = page.text.split('\n');
  lines.forEach((line, i) => {
    const start = offset;
    offset += line.length + 1;
    const m = LABEL_RE.exec(line);
    if (!m) return;
    const rest = line.slice(m[0].length);
    const trimmed = line.trim();
    if (!FILLED.test(rest) && (trimmed.length > LABEL_LINE_MAX || /[.;,]$/.test(trimmed))) return;
    // Lines of one block ("Accepted by", then "Signature: ____") are one piece of evidence.
    if (i - lastLine <= 4 && out.length > 0) {
      lastLine = i;
      return;
    }
    lastLine = i;
    const lead = line.length - line.trimStart().length;
    const text = trimmed.replace(/\s+/g, ' ').slice(0, 80);
    out.push({ kind: 'signature', status: 'present', page: page.page, text, box: boxOf(page, start + lead, start + line.trimEnd().length), detail: { source: 'block' } });
  });
  return out;
}

export function signatureFindings(pages: readonly PageText[], marks: readonly MarkInput[]): SignatureFinding[] {
  const out: SignatureFinding[] = [];
  for (const m of marks) {
    if (m.kind === 'signature-field') {
      out.push({
        kind: 'signature',
        status: 'field-unverified',
        page: m.page,
        text: m.name || null,
        box: m.box,
        detail: { source: 'form-field', field: m.name ?? '', note: FIELD_UNVERIFIED_NOTE },
      });
    }
  }
  // Ink: one finding per page, around all of its strokes.
  const inkPages = [...new Set(marks.filter((m) => m.kind === 'ink').map((m) => m.page))];
  for (const page of inkPages) {
    const boxes = marks.filter((m) => m.kind === 'ink' && m.page === page).flatMap((m) => (m.box ? [m.box] : []));
    const box = boxes.length
      ? ([Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))] as const)
      : null;
    out.push({ kind: 'signature', status: 'present', page, text: null, box, detail: { source: 'ink' } });
  }
  out.push(...pages.flatMap(blockFindings));
  if (out.length === 0) out.push({ kind: 'signature', status: 'missing', page: null, text: null, box: null, detail: { source: null } });
  return out;
}
