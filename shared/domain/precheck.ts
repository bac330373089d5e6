// The pre-check's vocabulary (docs/cli.md "precheck --json"): what a finding is,
// what it may say, and which deficiencies a file's findings propose. Proposals only: the
// reviewer always has the last word. Names and values here are a contract: extend, never rename.
import type { Deficiency } from './codes';

export const FINDING_KINDS = ['date', 'product', 'signature', 'service', 'customer', 'public-sector-disclosure'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_STATUSES = {
  date: ['ok', 'old', 'future'],
  product: ['found', 'excluded', 'missing'],
  signature: ['present', 'signed', 'changed-after-signing', 'field-unverified', 'blank', 'missing', 'other-party'],
  service: ['found', 'missing'],
  customer: ['match', 'mismatch', 'missing'],
  'public-sector-disclosure': ['found', 'missing'],
} as const satisfies Record<FindingKind, readonly string[]>;
export type FindingStatus<K extends FindingKind = FindingKind> = (typeof FINDING_STATUSES)[K][number];

/** A rectangle in PDF user space (points, origin bottom-left of the page): left, bottom, right, top. */
export type Box = readonly [number, number, number, number];

/** Where the evidence is: a 1-based page and, when known, the words' box on it. */
export interface Evidence {
  readonly page: number | null;
  /** The words found, as the document spells them; null for a "missing" finding. */
  readonly text: string | null;
  /** Extension to the contract: the words' box, for highlighting; null when not located. */
  readonly box: Box | null;
  /** Extension: the words were read by OCR (the page has no text layer), with the engine's confidence, 0-100. */
  readonly ocr?: number;
}

export type DateFormat = 'iso' | 'numeric-dmy' | 'numeric-mdy' | 'long-en' | 'long-fr';

export interface DateDetail {
  /** yyyy-mm-dd */
  readonly date: string;
  /** Whole days from the date to the reference day; negative when the date is later. */
  readonly ageDays: number;
  /** The day ages are counted against: the claim's submission, else the day of the run. */
  readonly reference: string;
  readonly referenceIs: 'submission' | 'today';
  readonly format: DateFormat;
}

export interface ProductDetail {
  /** The claimed name, as the claim spells it. */
  readonly product: string;
  /** The spelling the document uses ("D365 Sales"), when found. */
  readonly as: string | null;
  /** How many times the document names it, under any spelling. */
  readonly occurrences: number;
}

/**
 * How a digital signature's check ended. `intact`: the signed bytes are the file, unchanged.
 * `later-changes`: what was signed is unchanged, but the file has revisions added after it.
 * `altered`: the signed bytes no longer match their digest. `signature-invalid`: the digest
 * matches but the signature over it does not verify with the signer's certificate.
 * `unverifiable`: the signature could not be checked (format, algorithm, damage).
 */
export type SignatureIntegrity = 'intact' | 'later-changes' | 'altered' | 'signature-invalid' | 'unverifiable';

export type SignatureSource = 'form-field' | 'ink' | 'block' | 'digital';
export interface SignatureDetail {
  readonly source: SignatureSource | null;
  /** A signature form field's name. */
  readonly field?: string;
  /** Shown to people: what a form field or a digital signature's check says. */
  readonly note?: string;
  /** A digital signature's check: 'intact', 'later-changes', 'altered', 'signature-invalid', 'unverifiable'. */
  readonly integrity?: SignatureIntegrity;
  /** Who the signer's certificate names (never checked against a trust list). */
  readonly signer?: string | null;
  /** ISO instant the signature says it was made. */
  readonly signedAt?: string | null;
  /** A printed block filled by drawing rather than typing: handwriting strokes or a pasted picture. */
  readonly drawn?: 'strokes' | 'image';
  /** Whose a printed block says it is, by its heading or labels ("Customer approval", "Pour le titulaire"). */
  readonly party?: 'customer' | 'partner';
}

export interface ServiceDetail {
  /** The phrases that describe the partner's work, at most a few. */
  readonly evidence: readonly string[];
}

export type CustomerField = 'name' | 'tenant' | 'domain';
export interface CustomerDetail {
  readonly field: CustomerField;
  /** What the claim says. */
  readonly expected: string;
  /** For a mismatch: what the document says instead. */
  readonly found?: string;
}

export interface PublicSectorDetail {
  /** The claim's customer is a US public-sector customer, so the disclosure is required. */
  readonly required: boolean;
}

interface FindingOf<K extends FindingKind, D> extends Evidence {
  readonly kind: K;
  readonly status: FindingStatus<K>;
  readonly detail: D;
}

export type DateFinding = FindingOf<'date', DateDetail>;
export type ProductFinding = FindingOf<'product', ProductDetail>;
export type SignatureFinding = FindingOf<'signature', SignatureDetail>;
export type ServiceFinding = FindingOf<'service', ServiceDetail>;
export type CustomerFinding = FindingOf<'customer', CustomerDetail>;
export type PublicSectorFinding = FindingOf<'public-sector-disclosure', PublicSectorDetail>;
export type Finding = DateFinding | ProductFinding | SignatureFinding | ServiceFinding | CustomerFinding | PublicSectorFinding;

/** What the pre-check checks a document against: the claim, as far as it is known. */
export interface PrecheckClaim {
  readonly products: readonly string[];
  /** ISO date or timestamp; ages are counted from its day. */
  readonly submittedAt?: string | null;
  readonly customer?: {
    readonly name?: string;
    readonly tenantId?: string;
    readonly domain?: string;
    /** A US (or Puerto Rico) public-sector customer: the PoE needs a Public Sector Disclosure. */
    readonly publicSector?: boolean;
    /** ISO 3166 code; decides how 03/04/2026 reads (month first in the US, day first elsewhere). */
    readonly country?: string;
  };
}

/** One file's pre-check, `cpor precheck --json`'s element. */
export interface PrecheckResult {
  readonly file: string;
  readonly ok: boolean;
  /** A sentence for people when ok is false; else null. */
  readonly error: string | null;
  readonly pages: number | null;
  /** Pages with text: a text layer, or words read by OCR. */
  readonly textPages: number | null;
  readonly findings: readonly Finding[];
  readonly proposed: readonly Deficiency[];
  /** Extension: what people should know about the file ("page 2: no text layer: check by eye"). */
  readonly notes: readonly string[];
  /** Extension: wall-clock time the pre-check of this file took. */
  readonly elapsedMs: number;
}

/** A claim's acknowledgment must be dated within this many months of submission (docs/domain.md "PoE content"). */
export const DATE_MAX_AGE_MONTHS = 12;

export const NO_TEXT_NOTE = 'no text layer: check by eye';
/** After "page 2: ", for a page whose words were read by OCR. */
export const OCR_NOTE = 'no text layer, read by OCR';

function hasFinding(findings: readonly Finding[], kind: FindingKind, statuses: readonly string[]): boolean {
  return findings.some((f) => f.kind === kind && statuses.includes(f.status));
}

/**
 * The deficiencies a file's findings propose: missing-poe alone when the file names neither the
 * customer nor a claimed product (work words alone tie it to nothing), or names another customer only (an
 * unrelated file is no PoE: listing what else it lacks would only bury that); else one per
 * missing element. A signature block left blank acknowledges nothing. A file with no text layer
 * proposes nothing: nothing could be read, so nothing can be said missing (its notes say "check
 * by eye").
 */
export function proposeDeficiencies(findings: readonly Finding[], textPages: number, claim: PrecheckClaim): Deficiency[] {
  if (textPages === 0) return [];
  // Dates, signatures and work words ("crates delivered", "furniture moved") are in every kind of
  // document: what ties a file to this association is its customer or a claimed product, named.
  const relevant =
    hasFinding(findings, 'product', ['found', 'excluded']) || hasFinding(findings, 'customer', ['match']);
  const otherCustomer = hasFinding(findings, 'customer', ['mismatch']) && !hasFinding(findings, 'customer', ['match']);
  if (!relevant || otherCustomer) return ['missing-poe'];
  const out: Deficiency[] = [];
  if (!hasFinding(findings, 'signature', ['present', 'signed', 'field-unverified'])) out.push('missing-customer-acknowledgment');
  if (!hasFinding(findings, 'date', ['ok'])) out.push('missing-or-old-dates');
  if (!hasFinding(findings, 'service', ['found'])) out.push('missing-partner-service');
  if (claim.products.length > 0 && hasFinding(findings, 'product', ['missing', 'excluded'])) out.push('missing-products');
  return out;
}
