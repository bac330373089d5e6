// The checklist's slot for the pre-check (built elsewhere): each deficiency may come with the
// pre-check's proposal and the evidence it found. Clicking evidence asks the viewer to show it.
import { useViewerStore } from '../../state/viewerStore';

/** A place in a PoE: the document, the page (1-based) and the words to highlight. */
export interface EvidenceTarget {
  readonly documentId: string;
  readonly page: number;
  readonly text: string;
}

/** One finding behind a proposal; `status` is the pre-check's word for it (found, missing, old…). */
export interface Evidence extends EvidenceTarget {
  readonly status: string;
}

/** What the pre-check proposes for one deficiency: open (`proposed`) or not, and why. */
export interface Proposal {
  readonly proposed: boolean;
  readonly evidence: readonly Evidence[];
}

type ViewerWithEvidence = { readonly showEvidence?: (target: EvidenceTarget) => void };

/**
 * Asks the viewer to jump to the evidence and highlight it. The viewer store gains
 * `showEvidence` in the viewer's own work; until then this reports that nothing was shown.
 */
export function showEvidenceInViewer(target: EvidenceTarget): boolean {
  const viewer = useViewerStore.getState() as ViewerWithEvidence;
  if (typeof viewer.showEvidence !== 'function') return false;
  viewer.showEvidence({ documentId: target.documentId, page: target.page, text: target.text });
  return true;
}
