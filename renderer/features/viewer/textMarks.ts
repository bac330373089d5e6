// Highlights in pdf.js's text layer: the matched characters of a span are wrapped in
// <mark>-like spans, the way pdf.js's own viewer does it, so selection keeps working.
import type { ItemRange } from './textSearch';

/** Strongest first: where marks overlap, the earlier kind is shown. */
export const MARK_KINDS = ['current', 'evidence', 'hit'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface PageMark extends ItemRange {
  readonly kind: MarkKind;
}

const rank = (kind: MarkKind) => MARK_KINDS.indexOf(kind);

interface Segment {
  readonly from: number;
  readonly to: number;
  readonly kind: MarkKind | null;
}

/** Splits one span's text into plain and marked segments. */
export function segmentsFor(length: number, marks: readonly PageMark[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(length, m.from)));
    cuts.add(Math.max(0, Math.min(length, m.to)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    let kind: MarkKind | null = null;
    for (const m of marks) {
      if (m.from <= from && m.to >= to && (kind === null || rank(m.kind) < rank(kind))) kind = m.kind;
    }
    const last = segments.at(-1);
    if (last && last.kind === kind) segments[segments.length - 1] = { from: last.from, to, kind };
    else segments.push({ from, to, kind });
  }
  return segments;
}

/**
 * Applies marks to a text layer's spans (span i shows strings[i]); returns the undo. The
 * first element of the strongest kind is returned too, to scroll to.
 */
export function applyMarks(
  spans: readonly HTMLElement[],
  strings: readonly string[],
  marks: readonly PageMark[],
): { readonly undo: () => void; readonly first: HTMLElement | null } {
  const byItem = new Map<number, PageMark[]>();
  for (const m of marks) {
    const list = byItem.get(m.item);
    if (list) list.push(m);
    else byItem.set(m.item, [m]);
  }
  const touched: number[] = [];
  let first: HTMLElement | null = null;
  let firstRank = Infinity;
  for (const [item, list] of byItem) {
    const span = spans[item];
    const text = strings[item];
    if (!span || text === undefined) continue;
    const nodes: Node[] = [];
    for (const seg of segmentsFor(text.length, list)) {
      const piece = document.createTextNode(text.slice(seg.from, seg.to));
      if (seg.kind === null) {
        nodes.push(piece);
        continue;
      }
      const mark = document.createElement('span');
      mark.className = `viewer-mark viewer-mark--${seg.kind}`;
      mark.append(piece);
      nodes.push(mark);
      if (rank(seg.kind) < firstRank) {
        first = mark;
        firstRank = rank(seg.kind);
      }
    }
    span.replaceChildren(...nodes);
    touched.push(item);
  }
  return {
    first,
    undo: () => {
      for (const item of touched) {
        const span = spans[item];
        if (span) span.textContent = strings[item] ?? '';
      }
    },
  };
}
