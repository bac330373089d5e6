// Where each page of a continuous PDF view sits, computed rather than measured, so the viewer
// knows which pages are on screen (and must be drawn) without touching the DOM.

/** A page at 100 % in CSS pixels, its own /Rotate already applied. */
export interface PageSize {
  readonly width: number;
  readonly height: number;
}

export interface LayoutOptions {
  /** Space between pages. */
  readonly gap: number;
  /** Space around all pages, inside the scroll area. */
  readonly padding: number;
}

export interface Layout {
  readonly scale: number;
  /** Per page (index 0 = page 1): top edge in the scroll content, and box size. */
  readonly tops: readonly number[];
  readonly widths: readonly number[];
  readonly heights: readonly number[];
  readonly contentHeight: number;
}

/** The size after turning the page by a multiple of 90 degrees. */
export function rotatedSize(size: PageSize, rotation: number): PageSize {
  return rotation % 180 === 0 ? size : { width: size.height, height: size.width };
}

/**
 * The scale at which the widest page fits the width ("fit-width"), or the largest page fits
 * whole ("fit-page"), in an area of the given size, less the layout's padding.
 */
export function fitScale(
  mode: 'fit-width' | 'fit-page',
  pages: readonly PageSize[],
  area: { readonly width: number; readonly height: number },
  options: LayoutOptions,
  minimum = 0.1,
): number {
  let widest = 1;
  let tallest = 1;
  for (const page of pages) {
    widest = Math.max(widest, page.width);
    tallest = Math.max(tallest, page.height);
  }
  const byWidth = (area.width - 2 * options.padding) / widest;
  const byHeight = (area.height - 2 * options.padding) / tallest;
  const scale = mode === 'fit-width' ? byWidth : Math.min(byWidth, byHeight);
  return Math.max(minimum, scale);
}

export function computeLayout(pages: readonly PageSize[], scale: number, options: LayoutOptions): Layout {
  const tops: number[] = [];
  const widths: number[] = [];
  const heights: number[] = [];
  let y = options.padding;
  for (const page of pages) {
    tops.push(y);
    const height = Math.max(1, Math.floor(page.height * scale));
    widths.push(Math.max(1, Math.floor(page.width * scale)));
    heights.push(height);
    y += height + options.gap;
  }
  const contentHeight = pages.length === 0 ? 2 * options.padding : y - options.gap + options.padding;
  return { scale, tops, widths, heights, contentHeight };
}

/** Index of the first page whose bottom edge is below y (binary search). */
function firstPageEndingAfter(layout: Layout, y: number): number {
  let lo = 0;
  let hi = layout.tops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((layout.tops[mid] ?? 0) + (layout.heights[mid] ?? 0) <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** 1-based first and last pages that intersect [top, bottom). */
export function pagesBetween(layout: Layout, top: number, bottom: number): { readonly first: number; readonly last: number } {
  const count = layout.tops.length;
  if (count === 0) return { first: 1, last: 0 };
  const first = firstPageEndingAfter(layout, top);
  let last = first;
  while (last + 1 < count && (layout.tops[last + 1] ?? Infinity) < bottom) last++;
  return { first: first + 1, last: last + 1 };
}

/** The 1-based page showing the most of itself between top and bottom; the earlier one on a tie. */
export function mostVisiblePage(layout: Layout, top: number, bottom: number): number {
  const { first, last } = pagesBetween(layout, top, bottom);
  let best = first;
  let bestShown = -1;
  for (let page = first; page <= last; page++) {
    const pageTop = layout.tops[page - 1] ?? 0;
    const shown = Math.min(bottom, pageTop + (layout.heights[page - 1] ?? 0)) - Math.max(top, pageTop);
    if (shown > bestShown + 0.5) {
      best = page;
      bestShown = shown;
    }
  }
  return Math.max(1, best);
}
