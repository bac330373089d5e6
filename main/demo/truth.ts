// What each generated PoE file really contains, written beside the bundle as truth.json so a
// pre-check accuracy test can score findings against it. Not part of the bundle contract.
import type { DocumentPlan } from './claims';
import { isoDate } from './dates';

export interface DocumentTruth {
  mediaType: 'application/pdf' | 'image/png';
  /** A customer acceptance block with a signature line and ink. */
  signature: boolean;
  dated: boolean;
  /** Every date printed in the document, ISO yyyy-mm-dd, ascending. */
  dates: string[];
  /** The dates are more than 12 months before the claim's submission. */
  oldDate: boolean;
  /** Claimed products the document names (under any spelling), by canonical name. */
  productsNamed: string[];
  /** The document describes the partner's work. */
  services: boolean;
  /** null when the customer is not public sector. */
  publicSectorDisclosure: boolean | null;
  pages: number;
}

export type BundleTruth = Record<string, DocumentTruth>;

export function truthOf(plan: DocumentPlan, written: { pages: number; dates: readonly Date[] }): DocumentTruth {
  const dates = [...new Set(written.dates.map(isoDate))].sort();
  return {
    mediaType: plan.kind === 'scan' ? 'image/png' : 'application/pdf',
    signature: plan.signature,
    dated: dates.length > 0,
    dates,
    oldDate: plan.oldDate,
    productsNamed: plan.named.map((n) => n.product),
    services: plan.services,
    publicSectorDisclosure: plan.publicSectorDisclosure,
    pages: written.pages,
  };
}
