// Claimed products in a PoE, under any spelling of the catalog (shared/domain/products.ts):
// "D365 Sales" counts for "Dynamics 365 Sales". One finding per claimed product. A product named
// only to leave it out ("Out of scope: Microsoft 365 E5", a bullet under "Exclusions", "hors
// périmètre", "non inclus") is `excluded`: the document does not support it, and says so.
import type { ProductFinding } from '../precheck';
import { productSpellings } from '../products';
import { dropOverlaps, evidenceAt, matchAll, type PageText, type TextMatch } from './text';

/** What OCR reads a letter or digit of a product code as: "E5" comes back "ES", "P2" "PZ", "Intune" "lntune". */
const OCR_LOOKALIKES: Readonly<Record<string, string>> = { '5': '[5S]', '2': '[2Z]', '0': '[0O]', '1': '[1lI]', '8': '[8B]', I: '[Il]' };
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A spelling as a whole-word pattern that also takes OCR's usual misreadings: inside a word that
 * mixes letters and digits ("E5", "P2"), and a capital I opening a word. Plain numbers ("365")
 * are read well by OCR and stay as written.
 */
function spellingPattern(spelling: string, flags: string): RegExp {
  const words = spelling
    .trim()
    .split(/\s+/)
    .map((w) => {
      const mixed = /\p{L}/u.test(w) && /\d/.test(w);
      return [...w]
        .map((c, i) => ((mixed && /\d/.test(c)) || (c === 'I' && i === 0 && /^\p{Ll}/u.test(w.slice(1))) ? OCR_LOOKALIKES[c] ?? escapeRegExp(c) : escapeRegExp(c).replace(/['\u2019]/g, "['\u2019]")))
        .join('');
    });
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, flags);
}

/**
 * A one-word spelling ("Teams", "SharePoint") is also an ordinary word in some documents
 * ("project teams"): it counts only as written, or in capitals. Longer phrases ignore case.
 */
function spellingMatches(pages: readonly PageText[], spelling: string): TextMatch[] {
  if (/\s/.test(spelling.trim())) return matchAll(pages, spellingPattern(spelling, 'giu'));
  const exact = [...new Set([spelling, spelling.toUpperCase()])];
  return exact.flatMap((s) => matchAll(pages, spellingPattern(s, 'gu')));
}

/** Matches of all spellings, without the shorter ones inside longer ones ("Intune" in "Microsoft Intune"). */
function productMatches(pages: readonly PageText[], product: string): TextMatch[] {
  return dropOverlaps(productSpellings(product).flatMap((s) => spellingMatches(pages, s)), (m) => m);
}

/** Words that leave what follows them out of the work, in English and French. */
const EXCLUSION =
  /(?:out[- ]of[- ]scope|not in scope|outside (?:the |of )?scope|excluded|exclusions?|not included|not part of|not covered|not delivered|does not include|do not include|deferred|postponed|(?:a |the )?later (?:phase|project|stage)|excludes?|excluding|except(?:ion)?s?|hors(?: du)? (?:périmètre|champ|mission|projet)|hors[- ]périmètre|non inclus(?:es?)?|non compris(?:es?)?|non couverts?|pas inclus(?:es?)?|ne comprend pas|report[ée]e?s? à|exclus?(?:es?)?|à l[’']exclusion de|sauf|not in this (?:go-live|phase|release|project|engagement|delivery|order|scope)|(?:is|was|are|were|falls?|fell) outside|kept out of|quoted separately|separate (?:quote|order|engagement)|not within (?:the )?scope|n[’']?(?:entr(?:e|ait|aient|ent)|[ée]tait|est|fait|faisait|font|faisaient) pas (?:dans|partie)|pas dans le (?:champ|périmètre)|[ée]cart[ée]e?s?|non (?:livr[ée]e?s?|d[ée]ploy[ée]e?s?|command[ée]e?s?)|(?:did|does|do|will) not (?:form|make) part|not (?:form|make) part|not (?:been |be )?ordered|(?:keep|kept|leave|left|leaving)\b[^.;\n]{0,60}\bout of\b|n[’']?(?:entr(?:e|ait|aient|ent)|est|[ée]tait|fait|faisait) (?:ni|plus) |ne figur(?:e|ait|aient|ent) (?:pas|plus)|ne rel[èe]v(?:e|ait|ent) pas|pas couvert(?:e|s|es)?|pas command[ée]e?s?|pas (?:pr[ée]vu|retenu)e?s?|retir[ée]e?s? d[ue] (?:p[ée]rim[èe]tre|projet|scope|contrat)|removed from (?:the )?(?:scope|project|order)|dropped from|de-?scoped|aucune action pr[ée]vue|never (?:been |was |were )?(?:a )?part of|(?:n['’]a|n['’]ont) jamais fait partie)/iu;
/** A heading: a short line, numbered or ending in ":", that starts a new part of the document. */
const HEADING = /^\s*(?:(?:\d+(?:\.\d+)*|[A-Z]|[IVX]+)[.)]\s+\S.{0,58}|(?:article|section|clause|part|partie|chapitre|lot)\s+\d+(?:\.\d+)*\s*[-–—:.)]?\s+\S.{0,58}|[^.!?]{2,60}:)\s*$/iu;
/** A line that may head a part of a document: short, capitalised, no sentence's end. */
const EXCLUSION_HEADING = /^\s*\p{Lu}[^.!?;,]{3,58}$/u;
/** How far back a heading still rules a list under it, in lines. */
const SECTION_REACH = 12;

/** Up to this many lines of a sentence wrapped over several lines are read around a mention. */
const WRAP_REACH = 3;
const ENDS_SENTENCE = /[.!?;]\s*$/u;
/** A line that carries on the sentence of the line above it: it starts in lower case. */
const CONTINUES = /^\s*\p{Ll}/u;

/** The start of the line at `at`, moved up over the lines a wrapped sentence came from. */
function wrappedStart(text: string, at: number): number {
  let from = text.lastIndexOf('\n', at - 1) + 1;
  for (let k = 0; k < WRAP_REACH && from > 0 && CONTINUES.test(text.slice(from, from + 40)); k++) {
    const prevStart = text.lastIndexOf('\n', from - 2) + 1;
    const prev = text.slice(prevStart, from - 1);
    if (!prev.trim() || ENDS_SENTENCE.test(prev)) break;
    from = prevStart;
  }
  return from;
}

/** The end of the line at `at`, moved down over the lines its sentence wraps onto. */
function wrappedEnd(text: string, at: number): number {
  let to = text.indexOf('\n', at);
  for (let k = 0; k < WRAP_REACH && to !== -1; k++) {
    if (ENDS_SENTENCE.test(text.slice(Math.max(0, to - 40), to)) || !CONTINUES.test(text.slice(to + 1, to + 41))) break;
    to = text.indexOf('\n', to + 1);
  }
  return to === -1 ? text.length : to;
}

/** A fragment of a table cell: a short line without a sentence's end. */
const CELL_LINE = /^[^.!?;]{1,40}$/u;
/** A table row's first cell: a number or an item code, then its text. */
const ROW_START = /^\s*(?:\d+|[A-Z]{1,4}-?\d+)[.)]?\s/u;
const CELL_REACH = 5;

/**
 * The rest of a table row whose cells come out one under the other ("9 Dynamics 365 Finance and",
 * "Operations", "- Not in this go-live:", "excluded, to be quoted"): short lines after the
 * mention's, up to the next row or a sentence's end.
 */
function rowAfter(text: string, start: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let end = text.indexOf('\n', start);
  if (end === -1 || !CELL_LINE.test(text.slice(lineStart, end))) return '';
  const cells: string[] = [];
  for (let k = 0; k < CELL_REACH && end !== -1; k++) {
    const next = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, next === -1 ? undefined : next);
    if (ROW_START.test(line)) break;
    cells.push(line);
    if (!CELL_LINE.test(line)) break;
    end = next;
  }
  return cells.join(' ');
}

/** Whether the mention at `start` is one that leaves the product out. */
function excludedAt(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // In its own sentence, wrapped or not: "Out of scope: Microsoft 365 E5", "Microsoft 365 E5 is excluded".
  const from = wrappedStart(text, start);
  const sentenceStart = Math.max(from, text.slice(0, start).search(/[.!?;](?=[^.!?;]*$)/u) + 1);
  const rest = text.slice(start, wrappedEnd(text, start));
  const sentenceEnd = rest.search(/[.!?;]/u);
  const sentence = text.slice(sentenceStart, start) + (sentenceEnd === -1 ? rest : rest.slice(0, sentenceEnd));
  if (EXCLUSION.test(sentence)) return true;
  // In another cell of its table row.
  if (EXCLUSION.test(rowAfter(text, start))) return true;
  // Under a heading that excludes: the nearest heading above, within reach.
  const above = text.slice(0, lineStart).split('\n').slice(0, -1).reverse().slice(0, SECTION_REACH);
  for (const line of above) {
    if (HEADING.test(line) || /^\s*(?:out of scope|exclusions?|hors périmètre|non inclus)\s*:?\s*$/iu.test(line)) return EXCLUSION.test(line);
    // A short line of its own that leaves things out heads what follows: "Not covered by this certificate".
    if (EXCLUSION_HEADING.test(line) && EXCLUSION.test(line)) return true;
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
