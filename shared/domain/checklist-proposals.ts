// From per-document pre-check results to the checklist: which deficiencies the pre-check proposes
// for the claim as a whole, which files propose each, and the evidence behind each item. An item
// is proposed only when no file that was read and belongs to the claim satisfies it (one good PoE
// is enough). A file without text says nothing either way, so it never cancels another file's
// proposal; an unrelated file proposes missing-poe and nothing else. The reviewer decides.
import type { Deficiency } from './codes';
import { DEFICIENCIES } from './codes';
import type { Box, Finding, FindingKind, PrecheckResult, SignatureIntegrity } from './precheck';

/** What a digital signature's check found, for the words under its evidence. */
export interface DigitalSignatureEvidence {
  readonly integrity: SignatureIntegrity;
  readonly signer: string | null;
  readonly signedAt: string | null;
}

export interface Evidence {
  readonly documentId: string;
  readonly kind: FindingKind;
  readonly status: string;
  readonly page: number | null;
  readonly text: string | null;
  readonly signature?: DigitalSignatureEvidence;
  /** Read by OCR (a scan), with the engine's confidence, 0-100. */
  readonly ocr?: number;
  /** Where the words are on the page (PDF points, or an image's pixels, from the bottom-left). */
  readonly box?: Box | null;
}

function digitalSignature(f: Finding): { signature?: DigitalSignatureEvidence } {
  if (f.kind !== 'signature' || f.detail.source !== 'digital' || !f.detail.integrity) return {};
  return { signature: { integrity: f.detail.integrity, signer: f.detail.signer ?? null, signedAt: f.detail.signedAt ?? null } };
}

export interface ChecklistProposal {
  readonly code: Deficiency;
  readonly proposed: boolean;
  /** The files whose own pre-check proposes it, when the claim's proposal stands on them. */
  readonly proposedBy: readonly string[];
  readonly evidence: readonly Evidence[];
}

/** Which findings speak to which checklist item. */
export const EVIDENCE_KINDS: Readonly<Record<Deficiency, readonly FindingKind[]>> = {
  'missing-poe': [],
  'missing-customer-acknowledgment': ['signature', 'customer', 'public-sector-disclosure'],
  'missing-or-old-dates': ['date'],
  'missing-partner-service': ['service'],
  'missing-products': ['product'],
};

export function checklistProposals(docs: readonly { documentId: string; result: PrecheckResult }[]): ChecklistProposal[] {
  // Read (a text layer) and about this association: the files that can satisfy an item.
  const read = docs.filter((d) => d.result.ok && (d.result.textPages ?? 0) > 0);
  const relevant = read.filter((d) => !d.result.proposed.includes('missing-poe'));
  return DEFICIENCIES.map((code) => {
    // missing-poe needs every file to be unrelated: a file nobody could read may be the PoE.
    const judged = code === 'missing-poe' ? docs : relevant;
    const proposed = judged.length > 0 && judged.every((d) => d.result.proposed.includes(code));
    const proposedBy = proposed ? judged.map((d) => d.documentId) : [];
    const evidence = docs.flatMap((d) =>
      d.result.findings
        .filter((f) => EVIDENCE_KINDS[code].includes(f.kind))
        .map((f) => ({ documentId: d.documentId, kind: f.kind, status: f.status, page: f.page, text: f.text, ...digitalSignature(f), ...(f.ocr === undefined ? {} : { ocr: f.ocr }), box: f.box })),
    );
    return { code, proposed, proposedBy, evidence };
  });
}
