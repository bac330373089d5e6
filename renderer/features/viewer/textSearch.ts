// Find in a PDF page's text, and the way back from a match to the text layer's spans.
// Pure: no DOM, no pdf.js; the items are pdf.js text-content items ({ str, hasEOL }).

export interface TextItemLike {
  readonly str: string;
  readonly hasEOL?: boolean;
}

/**
 * A page's text as find sees it: lower case, without diacritics or ligatures, each run of white
 * space (line ends included) as one space. Every character remembers where it came from: the
 * item and the [start, end) of the original characters in that item's string; item -1 marks the
 * space standing for a line end between items.
 */
export interface PageText {
  readonly text: string;
  readonly item: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** A match in PageText coordinates, end exclusive. */
export interface TextMatch {
  readonly start: number;
  readonly end: number;
}

/** Characters [from, to) of one text item: what the text layer's span for that item shows. */
export interface ItemRange {
  readonly item: number;
  readonly from: number;
  readonly to: number;
}

function isSpace(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13);
  return cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff;
}

const COMBINING_MARKS = /\p{M}/gu;

/** "É" -> "e", "ﬁ" -> "fi", "Ａ" -> "a"; ASCII takes the fast path. */
function fold(cp: number, ch: string): string {
  if (cp < 128) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch;
  return ch.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

export function buildPageText(items: readonly TextItemLike[]): PageText {
  const chars: string[] = [];
  const item: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let afterSpace = true; // leading white space is dropped
  const push = (c: string, i: number, s: number, e: number) => {
    chars.push(c);
    item.push(i);
    start.push(s);
    end.push(e);
  };
  items.forEach((it, i) => {
    const str = it.str;
    for (let j = 0; j < str.length; ) {
      const cp = str.codePointAt(j) ?? 0;
      const len = cp > 0xffff ? 2 : 1;
      if (isSpace(cp)) {
        if (!afterSpace) push(' ', i, j, j + len);
        afterSpace = true;
      } else {
        const folded = fold(cp, str.slice(j, j + len));
        for (const c of folded) push(c, i, j, j + len);
        if (folded.length > 0) afterSpace = false;
      }
      j += len;
    }
    if (it.hasEOL && !afterSpace) {
      push(' ', -1, 0, 0);
      afterSpace = true;
    }
  });
  return { text: chars.join(''), item: Int32Array.from(item), start: Int32Array.from(start), end: Int32Array.from(end) };
}

/** The query folded like page text, without leading or trailing white space. */
export function foldQuery(query: string): string {
  return buildPageText([{ str: query }]).text.trimEnd();
}

/** Every occurrence of the query on the page, in reading order, not overlapping. */
export function findAll(page: PageText, query: string): TextMatch[] {
  const needle = foldQuery(query);
  if (needle.length === 0) return [];
  const matches: TextMatch[] = [];
  for (let at = page.text.indexOf(needle); at >= 0; at = page.text.indexOf(needle, at + needle.length)) {
    matches.push({ start: at, end: at + needle.length });
  }
  return matches;
}

/** The text-layer spans a match covers, one range per item, in item order. */
export function itemRanges(page: PageText, match: TextMatch): ItemRange[] {
  const ranges: ItemRange[] = [];
  let current: { item: number; from: number; to: number } | null = null;
  for (let k = match.start; k < match.end; k++) {
    const i = page.item[k] ?? -1;
    if (i < 0) continue;
    const s = page.start[k] ?? 0;
    const e = page.end[k] ?? 0;
    if (current && current.item === i) {
      current.from = Math.min(current.from, s);
      current.to = Math.max(current.to, e);
    } else {
      if (current) ranges.push(current);
      current = { item: i, from: s, to: e };
    }
  }
  if (current) ranges.push(current);
  return ranges;
}

const compactCache = new WeakMap<PageText, { readonly text: string; readonly at: Int32Array }>();

function compact(page: PageText): { readonly text: string; readonly at: Int32Array } {
  let cached = compactCache.get(page);
  if (!cached) {
    const at: number[] = [];
    for (let k = 0; k < page.text.length; k++) if (page.text[k] !== ' ') at.push(k);
    cached = { text: page.text.replaceAll(' ', ''), at: Int32Array.from(at) };
    compactCache.set(page, cached);
  }
  return cached;
}

/**
 * Like findAll, but blind to white space: words that another reader of the same PDF joined
 * differently ("Dynamics 365" against "Dynamics365") still match. For evidence from the pre-check.
 */
export function findLoose(page: PageText, query: string): TextMatch[] {
  const exact = findAll(page, query);
  if (exact.length > 0) return exact;
  const needle = foldQuery(query).replaceAll(' ', '');
  if (needle.length === 0) return [];
  const { text, at } = compact(page);
  const matches: TextMatch[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    matches.push({ start: at[i] ?? 0, end: (at[i + needle.length - 1] ?? 0) + 1 });
  }
  return matches;
}
