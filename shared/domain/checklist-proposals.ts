// From per-document pre-check results to the checklist: which deficiencies the pre-check proposes
// for the claim as a whole, and the evidence behind each item. A deficiency is proposed only when
// no readable document satisfies it (one good PoE is enough); the reviewer decides.
import type { Deficiency } from './codes';
import { DEFICIENCIES } from './codes';
import type { FindingKind, PrecheckResult } from './precheck';

export interface Evidence {
  readonly documentId: string;
  readonly kind: FindingKind;
  readonly status: string;
  readonly page: number | null;
  readonly text: string | null;
}

export interface ChecklistProposal {
  readonly code: Deficiency;
  readonly proposed: boolean;
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
  const readable = docs.filter((d) => d.result.ok);
  return DEFICIENCIES.map((code) => {
    const proposed =
      code === 'missing-poe'
        ? docs.length > 0 && docs.every((d) => d.result.proposed.includes('missing-poe'))
        : readable.length > 0 && readable.every((d) => d.result.proposed.includes(code));
    const evidence = docs.flatMap((d) =>
      d.result.findings
        .filter((f) => EVIDENCE_KINDS[code].includes(f.kind))
        .map((f) => ({ documentId: d.documentId, kind: f.kind, status: f.status, page: f.page, text: f.text })),
    );
    return { code, proposed, evidence };
  });
}
