// Signature evidence: digital signatures (checked in main for integrity: `signed` when the
// file is unchanged since signing, `changed-after-signing` when it is not), signature form
// fields no signature was checked for ("present, not verified"), ink annotations (drawn
// signatures), and printed signature blocks ("Signature:", "Signed by", "Accepted by", "Signé
// par", "Lu et approuvé"...). A printed block is `present` only when someone filled it: a name
// on its "Signature:" row, a "/s/" signature, a name under an empty "Signature:" line, a name
// after "Name:" or "Accepted by:" in a block with no signing row, or a signature drawn in its area
// (freehand strokes, a pasted picture, or on a scan the shape OCR could not read as type). A block
// of labels and blank lines ("Name: ____", "Signature: ____", "Date: ____") is `blank`, and so is
// one whose name and title were typed in beforehand but whose signing row is empty: the unsigned
// PoE a reviewer must catch. A filled block that its heading or labels give to the partner
// ("For the contractor", "Pour le titulaire"), or that stands beside a block given to the
// customer, is `other-party`: the partner signing its own sheet acknowledges nothing for the customer.
import type { Box, SignatureFinding } from '../precheck';
import { nameVariants } from './customer';
import { tableFindings } from './signature-table';
import { boxOf, type DigitalSignatureInput, type MarkInput, type PageText } from './text';

export const FIELD_UNVERIFIED_NOTE = 'a digital signature field is present, not verified';
export const EMPTY_FIELD_NOTE = 'a signature field left empty: the file holds no digital signature';
const TRUST_NOTE = 'certificate not checked against a trust list';

/** What a digital signature's check means, in the words people read (CLI, notes). */
export function digitalSignatureNote(sig: Pick<DigitalSignatureInput, 'integrity' | 'signer' | 'reason'>): string {
  const by = sig.signer ? `signed by ${sig.signer}` : 'signed (the certificate names no one)';
  switch (sig.integrity) {
    case 'intact':
      return `${by}, document unchanged since signing, ${TRUST_NOTE}`;
    case 'later-changes':
      return `${by}; document changed after signing: revisions were added after this signature, which does not cover them`;
    case 'altered':
      return `${by}; document changed after signing: the signed bytes no longer match the signature`;
    case 'signature-invalid':
      return `${by}; the signature does not verify with its own certificate: treat the document as changed after signing`;
    case 'unverifiable':
      return `a digital signature that could not be checked: ${sig.reason ?? 'unknown format'}`;
  }
}

/**
 * A digital signature as a finding. Only an intact one acknowledges the document; one that
 * could not be checked stays "present, not verified" as a signature field does.
 */
function digitalFinding(sig: DigitalSignatureInput, place: MarkInput | undefined): SignatureFinding {
  const status = sig.integrity === 'intact' ? 'signed' : sig.integrity === 'unverifiable' ? 'field-unverified' : 'changed-after-signing';
  return {
    kind: 'signature',
    status,
    page: place?.page ?? null,
    text: sig.signer ?? place?.name ?? null,
    box: place?.box ?? null,
    detail: {
      source: 'digital',
      ...(place?.name ? { field: place.name } : {}),
      note: digitalSignatureNote(sig),
      integrity: sig.integrity,
      signer: sig.signer,
      signedAt: sig.signedAt,
    },
  };
}

/** Labels that open a signature block, at the start of a line and capitalised as labels are. */
const LABELS = [
  'Signature', 'Signatures', 'Signed', 'Signed by', 'Signed for', 'Accepted by', 'Accepted and agreed', 'Approved by',
  'Acknowledged by', 'Agreed by', 'Agreed and accepted', 'Authorized signature', 'Authorised signature',
  'Customer signature', 'Client signature', 'For and on behalf of', 'Accepted', 'Acceptance signature',
  'Signé', 'Signé par', 'Signature du client', 'Accepté par', 'Approuvé par', 'Lu et approuvé', 'Bon pour accord',
  'Pour accord', 'Pour le client', 'Digitally signed by', 'Électroniquement signé par', 'Signé électroniquement par', 'Electronically signed by', 'Signed electronically by', 'E-signed by', 'Visa', 'Visa du client', 'Paraphe',
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
/**
 * A heading that opens a block of fields in words of its own ("Client acceptance - Trey Research",
 * "Approved on behalf of Tailspin Toys", "Receipt confirmed by Fabrikam", "Validation du client",
 * "Compte rendu validé pour ...", "Cachet et signature du client"): a short line that speaks of
 * approving or of a party, with the fields of who signs right under it.
 */
const APPROVAL_WORDS =
  /(?<![\p{L}])(?:accept(?:ed|ance)?|approv(?:ed|al)|confirm(?:ed|ation)?|acknowledg(?:ed|ement|ment)|agreed|sign[- ]?off|signed off|validat(?:ed|ion)|valid[ée]e?s?|validation|accept[ée]e?s?|approuv[ée]e?s?|bon pour accord|pour accord|lu et approuv[ée]|pris connaissance|r[ée]ception|receipt|completed by|filled (?:in|out) by|rempli par|compl[ée]t[ée] par|renseign[ée] par|cachet|signatures?|signed|sign[ée]e?|visa|on behalf of|au nom d[eu]|pour le compte d[eu])(?![\p{L}])/iu;
const HEADING_MAX = 72;
/** A heading may end in a company's abbreviation: "Approved on behalf of Fabrikam Inc." */
const COMPANY_END = /(?<![\p{L}])(?:Inc|Ltd|Co|Corp|Cie|LLC|GmbH|plc|S\.A|SA|SAS|SARL)\.$/u;
/** The rows under such a heading that say who signs: a name, "... by", a signing row (a role alone, "Consultant:", may be a letterhead's). */
const WHO_ROW =
  /^(?:(?:full |printed )?name|nom(?: et prénom)?|prénom et nom|chair|président(?:e)?|représenté(?:e)? par|représentant(?:e)?|signataire|[\p{L} ]{0,30}(?<![\p{L}])(?:by|par)|signatures?|signed|sign[ée]e?|visa|paraphe|cachet et signature)$/iu;
/** How many field rows a heading's block holds at most. */
const HEADED_ROWS = 8;
/**
 * Any field whose label names a signature, however it is worded ("Customer representative
 * signature:", "Signature du représentant :", "Signed for Contoso:"): a block line, whatever
 * its length. A date's label is no signature's ("Date signed:").
 */
const SIGNATURE_FIELD = /^\s*(?!(?:date|dated|le|fait|lieu|place)(?![\p{L}\p{N}]))[\p{L}'’ -]{0,40}?(?<![\p{L}\p{N}])(?:signatures?|signed|sign[ée]e?|signataire|visa|paraphe)(?![\p{L}\p{N}])[\p{L}'’ -]{0,30}?(?:\s*\([^)\n]{0,60}\))?\s*:/iu;
const FILLED = /^\s*[^\p{L}\p{N}]*(?::|_{3,}|\.{5,})/u;
/**
 * A label naming the party before its colon ("Signed for Tailspin Toys: Ana Silva, IT director",
 * "For and on behalf of Contoso Ltd: ____"): a block line however long what follows is.
 */
const PARTY_FIELD = /^\s*(?:Signed for|Signed by|For and on behalf of|Accepted by|Approved by|Acknowledged by|Agreed by|Signé par|Accepté par|Approuvé par)\s+[^:\n.;]{1,40}:/u;

/** "Label: value" on a line of a block. */
const FIELD_LINE = /^\s*(\p{L}[\p{L} .'’/-]{0,40}?(?:\s*\([^)\n]{0,60}\))?)\s*:\s*(.*)$/u;
/** Where a second field starts on the same line: a wide gap, then "Label:". */
const FIELD_GAP = /\s{2,}(?=\p{L}[\p{L} .'’/-]{0,40}?\s*:)/u;
/** Lines to fill in: underscores, dots, dashes, or nothing. */
const BLANK_VALUE = /^[\s_.…\-–—|]*$/u;
/** Labels whose value is no one's name or mark: a date, a title, a place, contact details. */
const NOT_WHO = /^(?:date|dated|le|fait le|fait à|date de signature|title|titre|job title|position|poste|fonction|qualité|role|rôle|department|département|service|company|société|entreprise|organisation|organization|email|e-mail|courriel|phone|téléphone|tel|tél|address|adresse|place|lieu)$/iu;
/** "/s/ Jane Doe", the typed electronic signature of US practice. */
const SLASH_S = /\/s\/\s*\p{L}/u;
/** "Signed by Jane Doe" written out, without a colon. */
const SIGNED_STATEMENT = /^\s*(?:[Ss]igned(?:\s+electronically)?(?:\s+by)?|[Ss]igné(?:\s+électroniquement)?(?:\s+par)?|[Dd]igitally signed by|[Ee]lectronically signed by|E-signed by|[Éé]lectroniquement signé par)\s+\p{Lu}/u;
/** A person's name on a line of its own: two to four capitalised words. */
const NAME_LINE = /^\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*$/u;
/** How far around a label a block reaches, in lines; a longer line is prose and ends it. */
const BLOCK_REACH = 3;
const BLOCK_LINE_MAX = 60;

const hasLetters = (value: string) => (value.match(/\p{L}/gu) ?? []).length >= 2;

/** The row people sign on ("Signature:", "Signé :"), as against the rows that say who signs. */
const SIGNING_WORD = /(?<![\p{L}\p{N}])(?:signatures?|signed|sign here|sign[ée]e?|visa|paraphe)(?![\p{L}\p{N}])/iu;
/** Labels that say when or where, even with "signed" in them ("Date signed", "Fait le"). */
const WHEN_OR_WHERE = /^(?:date|dated|le|fait|lieu|place|on)(?![\p{L}\p{N}])/iu;
const isSigningRow = (label: string): boolean => SIGNING_WORD.test(label) && !WHEN_OR_WHERE.test(label);

/**
 * The number of field rows right under line `i` when it heads a block of its own ("Client
 * acceptance - Trey Research" over "Name: ...", "Title: ...", "Date: ..."), else 0. The rows must
 * say who signs or be a signing row: a heading over "Date:" alone heads nothing.
 */
function headedRows(lines: readonly string[], i: number): number {
  const t = (lines[i] ?? '').trim();
  if (!t || t.length > HEADING_MAX || (/[.;,]$/.test(t) && !COMPANY_END.test(t)) || t.includes('|') || FIELD_LINE.test(t)) return 0;
  if (!APPROVAL_WORDS.test(t) && !isPartyHeading(t)) return 0;
  let rows = 0;
  let who = false;
  for (let k = i + 1; k < lines.length && rows < HEADED_ROWS; k++) {
    // "/s/ Jane Doe" or "Signed electronically by Jane Doe" right under the heading signs it.
    if (k === i + 1 && (SLASH_S.test(lines[k] ?? '') || SIGNED_STATEMENT.test(lines[k] ?? ''))) {
      rows++;
      who = true;
      continue;
    }
    const field = FIELD_LINE.exec(lines[k] ?? '');
    if (!field) break;
    rows++;
    if (WHO_ROW.test((field[1] ?? '').trim())) who = true;
  }
  return who ? rows : 0;
}

/**
 * Whether someone filled the block around line `at`: a "/s/", a name written on its signing row,
 * or, in a block without such a row, a name after "Name:" / "Accepted by:". A name typed beside an
 * empty signing row was typed by whoever prepared the form: the row is still to sign (what is drawn
 * on it is looked at by the caller).
 */
function blockFilled(lines: readonly string[], at: number, floor = 0, reach = BLOCK_REACH): boolean {
  let first = at;
  while (first > floor && at - first < BLOCK_REACH && (lines[first - 1] ?? '').trim().length <= BLOCK_LINE_MAX && (lines[first - 1] ?? '').trim() !== '') first--;
  let emptyWho = false;
  let named = false;
  let signingRowEmpty = false;
  for (let i = first; i < lines.length && i <= at + reach; i++) {
    const line = lines[i] ?? '';
    if (i > at && line.trim().length > BLOCK_LINE_MAX) break;
    if (SLASH_S.test(line) || SIGNED_STATEMENT.test(line)) return true;
    // Fields side by side on one line ("Signature: ......    Date: ......") are read one by one.
    const fields = line.split(FIELD_GAP).map((part) => FIELD_LINE.exec(part));
    if (fields[0]) {
      for (const field of fields) {
        if (!field) continue;
        const label = (field[1] ?? '').trim();
        const value = field[2] ?? '';
        const who = !NOT_WHO.test(label);
        const filled = !BLANK_VALUE.test(value) && hasLetters(value.replace(/[_.…]+/g, ''));
        const signingRow = isSigningRow(label);
        if (signingRow && filled) return true;
        if (signingRow) signingRowEmpty = true;
        else if (who && filled) named = true;
        emptyWho = who && BLANK_VALUE.test(value);
      }
      continue;
    }
    // "Signature:" left empty with the name typed on the next line.
    if (emptyWho && NAME_LINE.test(line)) return true;
    emptyWho = false;
  }
  return named && !signingRowEmpty;
}

/** Whether a page has a line that opens a signature block: only such pages are searched for drawings. */
export function hasSignatureLabel(page: PageText): boolean {
  const lines = page.text.split('\n');
  return lines.some((line, i) => LABEL_RE.test(line) || SIGNATURE_FIELD.test(line) || headedRows(lines, i) > 0);
}

/** Around a label line, where a signature is drawn: on its line, above it, below it, to its right. */
function signingArea(line: Box): Box {
  return [line[0] - 20, line[1] - 60, line[0] + 320, line[3] + 45];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** Freehand segments that make a drawn signature, at least; fewer is a tick or a flourish. */
const MIN_DRAWN_SEGMENTS = 8;

/** What is drawn in a block's area: handwriting strokes or a picture (a pasted signature, a stamp). */
function drawnIn(areas: readonly Box[], drawn: readonly MarkInput[]): 'strokes' | 'image' | null {
  const inside = drawn.filter((m) => m.box && areas.some((a) => overlaps(a, m.box!)));
  if (inside.some((m) => m.kind === 'image')) return 'image';
  const strokes = inside.filter((m) => m.kind === 'strokes');
  const segments = strokes.reduce((n, m) => n + (m.segments ?? 0), 0);
  if (segments < MIN_DRAWN_SEGMENTS) return null;
  // Together the strokes have a body both ways: a signature, not a row of slanted hatching.
  const width = Math.max(...strokes.map((m) => m.box![2])) - Math.min(...strokes.map((m) => m.box![0]));
  const height = Math.max(...strokes.map((m) => m.box![3])) - Math.min(...strokes.map((m) => m.box![1]));
  return width >= 12 && height >= 4 ? 'strokes' : null;
}

function blockFindings(page: PageText, drawn: readonly MarkInput[], customerNames: readonly string[]): SignatureFinding[] {
  const out: SignatureFinding[] = [];
  const blockLines: number[][] = [];
  const blockBoxes: Box[][] = [];
  let offset = 0;
  let lastLine = -10;
  let blockParty: 'customer' | 'partner' | null = null;
  const lines = page.text.split('\n');
  /** Heading lines and how many field rows their block holds. */
  const reaches = new Map<number, number>();
  lines.forEach((line, i) => {
    const start = offset;
    offset += line.length + 1;
    const m = LABEL_RE.exec(line);
    const field = SIGNATURE_FIELD.test(line);
    const headed = field ? 0 : headedRows(lines, i);
    if (!m && !field && !headed) return;
    const rest = m ? line.slice(m[0].length) : ':';
    const trimmed = line.trim();
    if (!headed && !field && !FILLED.test(rest) && !PARTY_FIELD.test(line) && !SIGNED_STATEMENT.test(line) && (trimmed.length > LABEL_LINE_MAX || /[.;,]$/.test(trimmed))) return;
    if (headed) reaches.set(i, headed);
    const lead = line.length - line.trimStart().length;
    const box = boxOf(page, start + lead, start + line.trimEnd().length);
    // Lines of one block ("Accepted by", then "Signature: ____") are one piece of evidence, unless
    // a heading between them opens another party's block ("Pour le maître d’ouvrage").
    const own = sideOf(line.split(':')[0] ?? '', customerNames);
    const otherParty = own !== null && blockParty !== null && own !== blockParty;
    if (!headed && i - lastLine <= 4 && out.length > 0 && !otherParty && !lines.slice(lastLine + 1, i).some(isPartyHeading)) {
      lastLine = i;
      blockLines.at(-1)?.push(i);
      if (box && !headed) blockBoxes.at(-1)?.push(box);
      return;
    }
    blockLines.push([i]);
    // A heading is not where anyone signs: drawings count around the block's signing rows only.
    blockBoxes.push(box && !headed ? [box] : []);
    blockParty = partyOf(lines, [i], customerNames, reaches);
    lastLine = i;
    // A heading's block is shown whole, heading and rows, so the evidence says who signed or that no one did.
    const shown = headed ? lines.slice(i, i + headed + 1).join(' ') : trimmed;
    const text = shown.replace(/\s+/g, ' ').trim().slice(0, headed ? 120 : 80);
    const evidenceBox = headed ? (boxOf(page, start + lead, start + lines.slice(i, i + headed + 1).join('\n').trimEnd().length) ?? box) : box;
    out.push({ kind: 'signature', status: 'blank', page: page.page, text, box: evidenceBox, detail: { source: 'block' } });
  });
  // A block is filled when any of its label lines has a name or mark around it, or someone drew
  // in it: handwriting strokes or a pasted picture of a signature.
  const filled = out.map((finding, k): SignatureFinding => {
    const party = partyOf(lines, blockLines[k] ?? [], customerNames, reaches);
    const detail = { source: 'block' as const, ...(party ? { party } : {}) };
    // A block does not reach up into the block before it (the partner's "/s/" above the customer's empty row).
    const floor = k > 0 ? (blockLines[k - 1]?.at(-1) ?? -1) + 1 : 0;
    if ((blockLines[k] ?? []).some((line) => blockFilled(lines, line, Math.max(floor, reaches.has(line) ? line : 0), Math.max(BLOCK_REACH, reaches.get(line) ?? 0)))) return { ...finding, status: 'present', detail };
    const how = drawnIn((blockBoxes[k] ?? []).map(signingArea), drawn);
    return how ? { ...finding, status: 'present', detail: { ...detail, drawn: how } } : { ...finding, detail };
  });
  return filled;
}

/**
 * The customer's acknowledgment is the customer's block: where one block of the document says it
 * is the customer's, the others are someone else's (the partner's, a witness's); a block that says
 * it is the partner's never is.
 */
function byParty(blocks: readonly SignatureFinding[]): SignatureFinding[] {
  const customerBlock = blocks.some((f) => f.detail.party === 'customer');
  return blocks.map((f) =>
    f.status === 'present' && (f.detail.party === 'partner' || (customerBlock && f.detail.party !== 'customer')) ? { ...f, status: 'other-party' } : f,
  );
}

/** Words that say whose a block is, in its heading or its labels. */
const CUSTOMER_SIDE =
  /(?<![\p{L}])(?:customers?|clients?|ma[îi]tre\s+d['’]ouvrage|b[ée]n[ée]ficiaire|acheteur|purchaser|buyer|donneur\s+d['’]ordre)(?![\p{L}])/iu;
const PARTNER_SIDE =
  /(?<![\p{L}])(?:partners?|partenaire|supplier|vendor|contractor|consultant|consultancy|service\s+provider|integrator|titulaire|prestataire|fournisseur|int[ée]grateur|sous-traitant|reseller|revendeur|intervenant)(?![\p{L}])/iu;
/** A short line that says whose block follows: "For Contoso Ltd", "Pour le titulaire", "Customer approval". */
function isPartyHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= HEADING_LINE_MAX && !t.includes(':') && (/^(?:for|pour|on behalf of|au nom (?:de|du))\s/iu.test(t) || CUSTOMER_SIDE.test(t) || PARTNER_SIDE.test(t));
}
/** How far above its first label a block's heading may be ("For Contoso Ltd", "Pour le titulaire"), in short lines. */
const HEADING_REACH = 2;
const HEADING_LINE_MAX = 50;

/** Whose block it is: the customer's, the partner's, or not said. */
function partyOf(lines: readonly string[], labelLines: readonly number[], customerNames: readonly string[], headed: ReadonlyMap<number, number>): 'customer' | 'partner' | null {
  const first = labelLines[0];
  if (first === undefined) return null;
  const context: string[] = [];
  // A block that opens with its own heading says whose it is there: the lines above belong to
  // the block before it ("Project sponsor - ..." over the sponsor's rows, then "Delivery partner - ...").
  if (headed.has(first)) {
    const heading = labelLines.map((i) => (lines[i] ?? '').split(/:/u)[0] ?? '').join('\n');
    return sideOf(heading, customerNames) ?? (forAnother(lines[first] ?? '', customerNames) ? 'partner' : null);
  }
  // Up over the block's own fields ("Name: ..."), to the short lines that head it.
  let headings = 0;
  for (let i = first - 1; i >= 0 && first - i <= BLOCK_REACH + HEADING_REACH && headings < HEADING_REACH; i--) {
    const line = (lines[i] ?? '').trim();
    if (!line) break;
    if (FIELD_LINE.test(line)) continue;
    if (line.length > HEADING_LINE_MAX) break;
    context.push(line);
    headings++;
  }
  // A label's own words: "Customer signature:", "Signed for Contoso:", not the name written after it.
  for (const i of labelLines) context.push((lines[i] ?? '').split(/:/u)[0] ?? '');
  return sideOf(context.join('\n'), customerNames);
}

/** "For Stratus Digital LLC", "Pour Nuageo Conseil": a block headed for a company. */
const FOR_COMPANY = /^\s*(?:[Ff]or|[Pp]our|[Oo]n behalf of|[Aa]u nom d[eu]|[Pp]our le compte d[eu])\s+(\p{Lu}[^\n]*)$/u;
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether a block's heading gives it to a company other than the customer: not one word of four
 * letters or more in common with the customer's name (so an OCR slip in one word still counts).
 */
function forAnother(heading: string, customerNames: readonly string[]): boolean {
  const company = FOR_COMPANY.exec(heading)?.[1];
  if (!company || customerNames.length === 0) return false;
  const words = new Set(fold(company).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));
  return !customerNames.some((n) => fold(n).split(/[^\p{L}\p{N}]+/u).some((w) => w.length >= 4 && words.has(w)));
}

function sideOf(said: string, customerNames: readonly string[]): 'customer' | 'partner' | null {
  const folded = said.toLowerCase();
  if (CUSTOMER_SIDE.test(said) || customerNames.some((n) => folded.includes(n))) return 'customer';
  return PARTNER_SIDE.test(said) ? 'partner' : null;
}

export function signatureFindings(
  pages: readonly PageText[],
  marks: readonly MarkInput[],
  signatures?: readonly DigitalSignatureInput[],
  customerName?: string,
): SignatureFinding[] {
  const customerNames = customerName ? nameVariants(customerName).map((n) => n.toLowerCase()) : [];
  const out: SignatureFinding[] = [];
  // Each signature lends the page and box of the field whose value it is (the file names it; a
  // form's full names end with the field's own), else of the next field left, in order. When the
  // file was searched and holds no digital signature at all, its signature fields are empty:
  // `blank`, like an unsigned printed block. Otherwise a field left over stays "present, not verified".
  const fields = marks.filter((m) => m.kind === 'signature-field');
  const left = new Set(fields);
  const checked = signatures ?? [];
  const named = checked.map((sig) => {
    const field = sig.field ? fields.find((f) => left.has(f) && (f.name === sig.field || f.name?.endsWith(`.${sig.field}`))) : undefined;
    if (field) left.delete(field);
    return field;
  });
  checked.forEach((sig, i) => {
    let place = named[i];
    if (!place) {
      place = fields.find((f) => left.has(f));
      if (place) left.delete(place);
    }
    out.push(digitalFinding(sig, place));
  });
  const noneInFile = signatures !== undefined && signatures.length === 0;
  for (const m of fields.filter((f) => left.has(f))) {
    out.push({
      kind: 'signature',
      status: noneInFile ? 'blank' : 'field-unverified',
      page: m.page,
      text: m.name || null,
      box: m.box,
      detail: { source: 'form-field', field: m.name ?? '', note: noneInFile ? EMPTY_FIELD_NOTE : FIELD_UNVERIFIED_NOTE },
    });
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
  const side = (said: string) => sideOf(said, customerNames);
  out.push(
    ...byParty(
      pages.flatMap((page) => [
        ...blockFindings(page, marks.filter((m) => (m.kind === 'strokes' || m.kind === 'image') && m.page === page.page), customerNames),
        ...tableFindings(page, side),
      ]),
    ),
  );
  if (out.length === 0) out.push({ kind: 'signature', status: 'missing', page: null, text: null, box: null, detail: { source: null } });
  return out;
}
