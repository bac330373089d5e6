// The checklist's slot for the pre-check (built elsewhere): each deficiency may come with the
// pre-check's proposal and the evidence it found. Clicking evidence asks the viewer to show it.
import type { ClaimDetail } from '../../../shared/api/schemas';
import type { DigitalSignatureEvidence } from '../../../shared/domain/checklist-proposals';
import type { Deficiency } from '../../../shared/domain/codes';
import type { Box } from '../../../shared/domain/precheck';
import { useViewerStore } from '../../state/viewerStore';

/** A place in a PoE: the document, the page (1-based), the words to highlight and where they are. */
export interface EvidenceTarget {
  readonly documentId: string;
  readonly page: number;
  readonly text: string;
  /** The words' box on the page (a scan has no text to find them in): PDF points, or an image's pixels, from the bottom-left. */
  readonly box?: Box | null;
}

/**
 * One finding behind a proposal; `status` is the pre-check's word for it (found, missing, old…).
 * No page: it is about the whole file (a digital signature with no box drawn on any page).
 */
export interface Evidence extends Omit<EvidenceTarget, 'page'> {
  readonly page: number | null;
  readonly status: string;
  /** A digital signature's check, said in words under the evidence. */
  readonly signature?: DigitalSignatureEvidence;
  /** Read by OCR from a scan, with the engine's confidence (0-100). */
  readonly ocr?: number;
}

/** What the pre-check proposes for one deficiency: open (`proposed`) or not, and why. */
export interface Proposal {
  readonly proposed: boolean;
  readonly proposedBy: readonly string[];
  readonly evidence: readonly Evidence[];
}

type ViewerWithEvidence = { readonly showEvidence?: (target: EvidenceTarget) => void };

/** Asks the viewer to jump to the evidence and highlight it; false when no viewer is there to. */
export function showEvidenceInViewer(target: EvidenceTarget): boolean {
  const viewer = useViewerStore.getState() as ViewerWithEvidence;
  if (typeof viewer.showEvidence !== 'function') return false;
  viewer.showEvidence({ documentId: target.documentId, page: target.page, text: target.text, box: target.box ?? null });
  return true;
}

/** The claim's stored proposals as the checklist shows them. */
export function proposalsOf(claim: Pick<ClaimDetail, 'proposals'>): Partial<Record<Deficiency, Proposal>> {
  const out: Partial<Record<Deficiency, Proposal>> = {};
  for (const p of claim.proposals) {
    out[p.code] = {
      proposed: p.proposed,
      proposedBy: p.proposedBy,
      // Evidence without a page is a "missing" finding (nothing to show), or a digital signature
      // drawn on no page, which is about the whole file and is shown.
      evidence: p.evidence.filter((e) => e.page !== null || e.signature).map((e) => ({
        documentId: e.documentId,
        page: e.page,
        text: e.text ?? '',
        status: e.status,
        ...(e.signature ? { signature: e.signature } : {}),
        ...(e.ocr === undefined ? {} : { ocr: e.ocr }),
        box: e.box ?? null,
      })),
    };
  }
  return out;
}

/** Whether the pre-check should be run (again) for this claim: never run, or run on other facts. */
export function precheckDue(claim: Pick<ClaimDetail, 'documents' | 'prechecks'>): boolean {
  if (claim.documents.length === 0) return false;
  const fresh = new Set(claim.prechecks.filter((p) => !p.stale).map((p) => p.documentId));
  return claim.documents.some((d) => !fresh.has(d.id));
}
