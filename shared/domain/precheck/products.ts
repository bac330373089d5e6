// Claimed products in a PoE, under any spelling of the catalog (shared/domain/products.ts):
// "D365 Sales" counts for "Dynamics 365 Sales". One finding per claimed product. A product named
// only to leave it out ("Out of scope: Microsoft 365 E5", a bullet under "Exclusions", "hors
// périmètre", "non inclus") is `excluded`: the document does not support it, and says so.
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

/** Words that leave what follows them out of the work, in English and French. */
const EXCLUSION =
  /(?:out[- ]of[- ]scope|not in scope|outside (?:the |of )?scope|excluded|exclusions?|not included|is not part of|are not part of|excludes?|excluding|except(?:ion)?s?|hors(?: du)? (?:périmètre|champ)|hors[- ]périmètre|non inclus(?:es?)?|exclus?(?:es?)?|à l[’']exclusion de|sauf)/iu;
/** A heading: a short line, numbered or ending in ":", that starts a new part of the document. */
const HEADING = /^\s*(?:(?:\d+(?:\.\d+)*|[A-Z]|[IVX]+)[.)]\s+\S.{0,58}|[^.!?]{2,60}:)\s*$/u;
/** How far back a heading still rules a list under it, in lines. */
const SECTION_REACH = 12;

/** Whether the mention at `start` is one that leaves the product out. */
function excludedAt(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // In its own sentence: "Out of scope: Microsoft 365 E5", "Microsoft 365 E5 is excluded".
  const sentenceStart = Math.max(lineStart, text.slice(0, start).search(/[.!?;](?=[^.!?;]*$)/u) + 1);
  const lineEnd = text.indexOf('\n', start);
  const rest = text.slice(start, lineEnd === -1 ? undefined : lineEnd);
  const sentenceEnd = rest.search(/[.!?;]/u);
  const sentence = text.slice(sentenceStart, start) + (sentenceEnd === -1 ? rest : rest.slice(0, sentenceEnd));
  if (EXCLUSION.test(sentence)) return true;
  // Under a heading that excludes: the nearest heading above, within reach.
  const above = text.slice(0, lineStart).split('\n').slice(0, -1).reverse().slice(0, SECTION_REACH);
  for (const line of above) {
    if (HEADING.test(line) || /^\s*(?:out of scope|exclusions?|hors périmètre|non inclus)\s*:?\s*$/iu.test(line)) return EXCLUSION.test(line);
  }
  return false;
}

export function productFindings(pages: readonly PageText[], claimed: readonly string[]): ProductFinding[] {
  return claimed.map((product): ProductFinding => {
    const matches = productMatches(pages, product);
    const first = matches[0];
    if (!first) {
      return { kind: 'product', status: 'missing', page: null, text: null, box: null, detail: { product, as: null, occurrences: 0 } };
    }
    const included = matches.find((m) => !excludedAt(m.page.text, m.start));
    const shown = included ?? first;
    const evidence = evidenceAt(shown.page, shown.start, shown.end);
    return { kind: 'product', status: included ? 'found' : 'excluded', ...evidence, detail: { product, as: evidence.text, occurrences: matches.length } };
  });
}
