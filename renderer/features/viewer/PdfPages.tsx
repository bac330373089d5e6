// The continuous page view: every page has its box from the start (so the scroll bar tells
// the truth about a 200-page file), only the pages on or next to the screen are drawn, and the
// page the reviewer is reading is reported back as they scroll.
import { memo, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DocumentView, PageBox } from '../../state/viewerStore';
import type { DocumentText } from './documentText';
import {
  computeLayout,
  fitScale,
  type Layout,
  type LayoutOptions,
  mostVisiblePage,
  type PageSize,
  pagesBetween,
  rotatedSize,
} from './pageLayout';
import { PdfPage } from './PdfPage';
import type { PDFDocumentProxy } from './pdfjs';
import type { PageMark } from './textMarks';
import type { ViewerControls } from './viewerProps';

const LAYOUT: LayoutOptions = { gap: 12, padding: 20 };
/** Fit modes may go below the smallest fixed zoom: a tall page in a short pane. */
const MIN_FIT_ZOOM = 0.1;
const NO_MARKS: readonly PageMark[] = [];

export interface Reveal {
  readonly page: number;
  readonly nonce: number;
}

/** What every page needs, passed through to them. */
interface PageSource {
  readonly doc: PDFDocumentProxy;
  readonly text: DocumentText;
  readonly marks: ReadonlyMap<number, readonly PageMark[]>;
  /** Evidence located by its box (a scan read by OCR): the page and the box. */
  readonly boxMark: { readonly page: number; readonly box: PageBox } | null;
  readonly reveal: Reveal | null;
  readonly onPainted: (pageNumber: number) => void;
  readonly onSize: (pageNumber: number, size: PageSize) => void;
  readonly onStuck: () => void;
}

export interface PdfPagesProps extends PageSource {
  readonly sizes: readonly PageSize[];
  /** The pages beside the screen are drawn ahead too: false until a page on screen is drawn, which comes first. */
  readonly drawAhead: boolean;
  readonly view: DocumentView;
  readonly controls: ViewerControls;
}

interface Anchor {
  readonly page: number;
  /** Where the top of the view is within that page, 0 = its top edge. */
  readonly fraction: number;
  /** Where the middle of the view is across the content, 0..1. */
  readonly across: number;
}

interface Viewport {
  readonly top: number;
  readonly height: number;
}

function anchorOf(layout: Layout, el: HTMLElement): Anchor {
  const page = pagesBetween(layout, el.scrollTop, el.scrollTop + 1).first;
  const top = layout.tops[page - 1] ?? 0;
  const height = layout.heights[page - 1] ?? 1;
  const across = el.scrollWidth > 0 ? (el.scrollLeft + el.clientWidth / 2) / el.scrollWidth : 0.5;
  return { page, fraction: (el.scrollTop - top) / height, across };
}

export function PdfPages({ sizes, drawAhead, view, controls, ...source }: PdfPagesProps) {
  const { reveal } = source;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [area, setArea] = useState<{ width: number; height: number }>({ width: 0, height: 0 });
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 0 });
  const anchorRef = useRef<Anchor | null>(null);
  /** After a programmatic scroll: the page asked for, and where the scroll landed. */
  const expectedRef = useRef<{ page: number; top: number } | null>(null);
  const frameRef = useRef(0);
  const layoutRef = useRef<Layout | null>(null);

  const rotated = useMemo(() => sizes.map((s) => rotatedSize(s, view.rotation)), [sizes, view.rotation]);
  const zoom =
    typeof view.zoom === 'number'
      ? view.zoom
      : area.width > 0
        ? fitScale(view.zoom, rotated, area, LAYOUT, MIN_FIT_ZOOM)
        : null;
  const layout = useMemo(() => (zoom === null ? null : computeLayout(rotated, zoom, LAYOUT)), [rotated, zoom]);

  const { setPage, setAppliedZoom } = controls;
  useEffect(() => {
    if (zoom !== null) setAppliedZoom(Math.round(zoom * 1000) / 1000);
  }, [zoom, setAppliedZoom]);

  // The pane's size: fit modes follow it, and it bounds which pages are drawn. It is read once
  // before the first paint, so the first page starts drawing in the same task as the layout
  // (a resize observer answers a frame later); the observer follows later changes.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const follow = () => {
      setArea((a) => (a.width === el.clientWidth && a.height === el.clientHeight ? a : { width: el.clientWidth, height: el.clientHeight }));
      setViewport((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
    };
    follow();
    const observer = new ResizeObserver(follow);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  function measure(): void {
    frameRef.current = 0;
    const el = scrollRef.current;
    const current = layoutRef.current;
    if (!el || !current) return;
    const top = el.scrollTop;
    setViewport((v) => (v.top === top && v.height === el.clientHeight ? v : { top, height: el.clientHeight }));
    anchorRef.current = anchorOf(current, el);
    const expected = expectedRef.current;
    if (expected && Math.abs(expected.top - top) < 2) {
      setPage(expected.page);
      return;
    }
    expectedRef.current = null;
    const atEnd = top + el.clientHeight >= el.scrollHeight - 2 && top > 0;
    setPage(atEnd ? current.tops.length : mostVisiblePage(current, top, top + el.clientHeight));
  }

  function onScroll(): void {
    if (frameRef.current === 0) frameRef.current = requestAnimationFrame(measure);
  }

  useEffect(() => () => cancelAnimationFrame(frameRef.current), []);

  // A new layout (zoom, rotation, pane size): keep the same spot of the same page in view.
  useLayoutEffect(() => {
    const previous = layoutRef.current;
    layoutRef.current = layout;
    const el = scrollRef.current;
    const anchor = anchorRef.current;
    if (!el || !layout || !previous || previous === layout || !anchor) return;
    const top = layout.tops[anchor.page - 1] ?? 0;
    el.scrollTop = top + anchor.fraction * (layout.heights[anchor.page - 1] ?? 0);
    el.scrollLeft = anchor.across * el.scrollWidth - el.clientWidth / 2;
    if (expectedRef.current) expectedRef.current = { ...expectedRef.current, top: el.scrollTop };
  }, [layout]);

  const scrollToPage = useEffectEvent((page: number) => {
    const el = scrollRef.current;
    if (!el || !layout) return;
    const target = Math.max(1, Math.min(layout.tops.length, page));
    el.scrollTop = target === 1 ? 0 : (layout.tops[target - 1] ?? 0) - LAYOUT.gap;
    expectedRef.current = { page: target, top: el.scrollTop };
    anchorRef.current = anchorOf(layout, el);
  });

  // Every navigation request (and the first layout): go to the view's page. The page is read
  // through an effect event: scrolling by hand changes it without asking to move.
  const ready = layout !== null;
  const goToViewPage = useEffectEvent(() => scrollToPage(view.page));
  useLayoutEffect(() => {
    if (ready) goToViewPage();
  }, [ready, view.navigation]);

  // A find hit or evidence on a page that is not on screen: bring the page there first; the
  // page scrolls to the words once its text layer is in place.
  const bringIntoView = useEffectEvent((page: number) => {
    const el = scrollRef.current;
    if (!el || !layout) return;
    const { first, last } = pagesBetween(layout, el.scrollTop, el.scrollTop + el.clientHeight);
    if (page < first || page > last) scrollToPage(page);
  });
  const revealPage = reveal?.page ?? 0;
  const revealNonce = reveal?.nonce ?? 0;
  useLayoutEffect(() => {
    if (revealNonce !== 0) bringIntoView(revealPage);
  }, [revealPage, revealNonce]);

  const shown = layout ? pagesBetween(layout, viewport.top, viewport.top + viewport.height) : { first: 1, last: 1 };
  const beside = drawAhead ? 1 : 0;
  const first = Math.max(1, shown.first - beside);
  const last = Math.min(sizes.length, shown.last + beside);

  return (
    <div
      ref={scrollRef}
      className="viewer-scroll"
      tabIndex={0}
      role="region"
      aria-label={view.pageCount ? t('viewer.documentPage', { page: view.page, total: view.pageCount }) : t('viewer.document')}
      onScroll={onScroll}
      data-testid="pdf-scroll"
    >
      {layout && <PageList {...source} layout={layout} rotation={view.rotation} first={first} last={last} />}
    </div>
  );
}

interface PageListProps extends PageSource {
  readonly layout: Layout;
  readonly rotation: DocumentView['rotation'];
  readonly first: number;
  readonly last: number;
}

/** Re-renders only when the drawn range, the layout or the marks change, not on every scroll frame. */
const PageList = memo(function PageList({ doc, text, layout, rotation, first, last, marks, boxMark, reveal, onPainted, onSize, onStuck }: PageListProps) {
  return (
    <div className="pdf-pages" style={{ padding: LAYOUT.padding, gap: LAYOUT.gap }}>
      {layout.tops.map((_, i) => {
        const pageNumber = i + 1;
        return (
          <PdfPage
            key={pageNumber}
            doc={doc}
            text={text}
            pageNumber={pageNumber}
            width={layout.widths[i] ?? 1}
            height={layout.heights[i] ?? 1}
            zoom={layout.scale}
            rotation={rotation}
            active={pageNumber >= first && pageNumber <= last}
            marks={marks.get(pageNumber) ?? NO_MARKS}
            boxMark={boxMark?.page === pageNumber ? boxMark.box : null}
            reveal={reveal?.page === pageNumber ? reveal.nonce : 0}
            onPainted={onPainted}
            onSize={onSize}
            onStuck={onStuck}
          />
        );
      })}
    </div>
  );
});
