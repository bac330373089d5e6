// Competing claims (docs/domain.md "Competing claims": one partner per workload for
// Microsoft 365, per subscription for Business Applications; competing claims are reviewed
// against each other and the most recent PoE counts). Pure: the store supplies the facts.
import type { ProductFamily, Status } from './codes';

export interface CompetitionFacts {
  readonly id: string;
  /** Lower-case, as the store keeps it. */
  readonly tenantId: string;
  readonly mpnId: string;
  readonly productFamily: ProductFamily;
  readonly subscriptionId: string | null;
  readonly products: readonly string[];
}

export interface Competition {
  /** The products both claim, in the order of the first claim. */
  readonly products: readonly string[];
  /** Both are Business Applications claims on the same subscription. */
  readonly sameSubscription: boolean;
}

/**
 * Rivals that still contest the customer: in review, or approved and inside the consent window.
 * Not yet submitted (draft), rejected (until disputed), rejected final and sent for assessment
 * (out of the review process) do not count in the queue; the claim detail still lists them.
 */
export const COMPETING_STATUSES: readonly Status[] = [
  'submitted',
  'under-review',
  'partner-action-required',
  'approved',
  'disputed',
];

export function countsAsCompeting(status: Status): boolean {
  return COMPETING_STATUSES.includes(status);
}

/** Shared product names (case aside), in `a`'s order and spelling, each once. */
export function sharedProducts(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b.map((p) => p.toLowerCase()));
  const seen = new Set<string>();
  return a.filter((p) => {
    const key = p.toLowerCase();
    if (!other.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * How `b` competes with `a`, or null when it does not: same customer tenant, another partner
 * (MPN ID; the same partner twice is a duplicate, not a rival), and a shared workload.
 */
export function competition(a: CompetitionFacts, b: CompetitionFacts): Competition | null {
  if (a.id === b.id || a.tenantId !== b.tenantId || a.mpnId === b.mpnId) return null;
  const products = sharedProducts(a.products, b.products);
  const sameSubscription =
    a.productFamily === 'business-applications' &&
    b.productFamily === 'business-applications' &&
    a.subscriptionId !== null &&
    a.subscriptionId === b.subscriptionId;
  // Either unit makes rivals: a missed conflict costs a wrong association, a false one a glance.
  return products.length > 0 || sameSubscription ? { products, sameSubscription } : null;
}
