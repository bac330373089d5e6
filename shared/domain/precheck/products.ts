// Claimed products in a PoE, under any spelling of the catalog (shared/domain/products.ts):
// "D365 Sales" counts for "Dynamics 365 Sales". One finding per claimed product.
import type { ProductFinding } from '../precheck';
import { productSpellings } from '../products';
import { dropOverlaps, evidenceAt, matchAll, phrasePattern, type PageText, type TextMatch } from './text';

/**
 * A one-word spelling ("Teams", "SharePoint") is also an ordinary word in some documents
 * ("project teams"): it counts only as written, or in capitals. Longer phrases ignore case.
 */
function spellingMatches(pages: readonly PageText[], spelling: string): TextMatch[] {
  if (/\s/.test(spelling.trim())) return matchAll(pages, phrasePattern(spelling));
  const exact = [...new Set([spelling, spelling.toUpperCase()])];
  return exact.flatMap((s) => matchAll(pages, phrasePattern(s, 'gu')));
}

/** Matches of all spellings, without the shorter ones inside longer ones ("Intune" in "Microsoft Intune"). */
function productMatches(pages: readonly PageText[], product: string): TextMatch[] {
  return dropOverlaps(productSpellings(product).flatMap((s) => spellingMatches(pages, s)), (m) => m);
}

export function productFindings(pages: readonly PageText[], claimed: readonly string[]): ProductFinding[] {
  return claimed.map((product): ProductFinding => {
    const matches = productMatches(pages, product);
    const first = matches[0];
    if (!first) {
      return { kind: 'product', status: 'missing', page: null, text: null, box: null, detail: { product, as: null, occurrences: 0 } };
    }
    const evidence = evidenceAt(first.page, first.start, first.end);
    return { kind: 'product', status: 'found', ...evidence, detail: { product, as: evidence.text, occurrences: matches.length } };
  });
}
