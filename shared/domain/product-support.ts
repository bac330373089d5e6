// "Missing products" is judged per claimed product (docs/domain.md "Product support"): the reviewer marks which
// products the PoE supports, beside what the pre-check found. A pure view of both, per product.
import type { PrecheckResult } from './precheck';

export interface ProductEvidence {
  readonly documentId: string;
  readonly page: number;
  readonly text: string | null;
}

export interface ProductSupport {
  readonly product: string;
  /** The reviewer's mark; null while not judged. */
  readonly supported: boolean | null;
  /** What the pre-check found across the readable documents; null when it has not run on one. */
  readonly found: boolean | null;
  /** Not found, but named only to be left out ("Out of scope: ..."); the evidence is where. */
  readonly excluded?: boolean;
  /** Where the product was found first (else where it was left out), for the evidence click. */
  readonly evidence: ProductEvidence | null;
}

const key = (product: string) => product.trim().toLowerCase();

/** One entry per claimed product, in the claim's order. */
export function productSupport(
  products: readonly string[],
  marks: ReadonlyMap<string, boolean>,
  docs: readonly { documentId: string; result: PrecheckResult }[],
): ProductSupport[] {
  const byKey = new Map([...marks].map(([product, supported]) => [key(product), supported]));
  const readable = docs.filter((d) => d.result.ok);
  return products.map((product) => {
    let evidence: ProductEvidence | null = null;
    let exclusion: ProductEvidence | null = null;
    let found = false;
    let excluded = false;
    for (const d of readable) {
      for (const f of d.result.findings) {
        if (f.kind !== 'product' || key(f.detail.product) !== key(product)) continue;
        const at = f.page !== null ? { documentId: d.documentId, page: f.page, text: f.text } : null;
        if (f.status === 'found') {
          found = true;
          evidence ??= at;
        } else if (f.status === 'excluded') {
          excluded = true;
          exclusion ??= at;
        }
      }
    }
    const supported = byKey.get(key(product)) ?? null;
    if (!found && excluded) return { product, supported, found: false, excluded: true, evidence: exclusion };
    return { product, supported, found: readable.length ? found : null, evidence };
  });
}

/** The products the reviewer marked as not supported by the PoE, for the message to the partner. */
export function unsupportedProducts(list: readonly Pick<ProductSupport, 'product' | 'supported'>[]): string[] {
  return list.filter((p) => p.supported === false).map((p) => p.product);
}
