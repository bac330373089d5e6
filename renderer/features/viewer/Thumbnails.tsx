// The page rail: a small picture of every page, drawn one at a time and only when scrolled into
// the rail, after the page the reviewer is reading. A click (or Enter) goes to that page.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Rotation } from '../../state/viewerStore';
import { computeLayout, type PageSize, pagesBetween, rotatedSize } from './pageLayout';
import { type PaintJob, paintPage, pageViewport, type PDFDocumentProxy } from './pdfjs';

const THUMB_WIDTH = 96;
/** The page number under each picture, and the space between entries (see .thumbnail in viewer.css). */
const LABEL_AND_GAP = 30;
const RAIL_PADDING = 12;

export interface ThumbnailsProps {
  readonly doc: PDFDocumentProxy;
  readonly sizes: readonly PageSize[];
  readonly rotation: Rotation;
  readonly page: number;
  /** False until the first page is on screen: the reviewer's page comes first. */
  readonly enabled: boolean;
  /**
   * No new pictures while find reads the pages' text: each one costs pdf.js's worker about what a
   * page's text does, and the reviewer is waiting for the count. Those drawn stay.
   */
  readonly paused: boolean;
  readonly onSelect: (page: number) => void;
}

/** One thumbnail paints at a time, so the rail never starves the main view of the worker. */
let queue: Promise<void> = Promise.resolve();

function enqueue(work: () => Promise<void>): void {
  queue = queue.then(work, work).catch(() => undefined);
}

export function Thumbnails({ doc, sizes, rotation, page, enabled, paused, onSelect }: ThumbnailsProps) {
  const railRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const { t } = useTranslation();

  const layout = useMemo(
    () =>
      computeLayout(
        sizes.map((s) => {
          const r = rotatedSize(s, rotation);
          return { width: THUMB_WIDTH, height: (r.height / Math.max(1, r.width)) * THUMB_WIDTH };
        }),
        1,
        { gap: LABEL_AND_GAP, padding: RAIL_PADDING },
      ),
    [sizes, rotation],
  );

  useEffect(() => {
    const rail = railRef.current;
    if (!rail) return;
    const observer = new ResizeObserver(() => setView({ top: rail.scrollTop, height: rail.clientHeight }));
    observer.observe(rail);
    return () => observer.disconnect();
  }, []);

  // Keep the current page's thumbnail in sight as the reviewer moves through the document.
  useEffect(() => {
    const rail = railRef.current;
    if (!rail) return;
    const top = (layout.tops[page - 1] ?? 0) - RAIL_PADDING;
    const bottom = (layout.tops[page - 1] ?? 0) + (layout.heights[page - 1] ?? 0) + LABEL_AND_GAP;
    if (top < rail.scrollTop) rail.scrollTop = top;
    else if (bottom > rail.scrollTop + rail.clientHeight) rail.scrollTop = bottom - rail.clientHeight;
  }, [page, layout]);

  const shown = pagesBetween(layout, view.top - view.height / 2, view.top + view.height * 1.5);

  return (
    <nav className="thumbnails" aria-label={t('viewer.pages')}>
      <div
        ref={railRef}
        className="thumbnails__scroll"
        onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
      >
        <ol className="thumbnails__list" style={{ padding: RAIL_PADDING }}>
          {/* The entries themselves wait too: a hundred-page file's rail is not built before its first page. */}
          {enabled && layout.tops.map((_, i) => (
            <Thumbnail
              key={i + 1}
              doc={doc}
              pageNumber={i + 1}
              width={layout.widths[i] ?? THUMB_WIDTH}
              height={layout.heights[i] ?? THUMB_WIDTH}
              rotation={rotation}
              current={i + 1 === page}
              active={!paused && i + 1 >= shown.first && i + 1 <= shown.last}
              onSelect={onSelect}
            />
          ))}
        </ol>
      </div>
    </nav>
  );
}

interface ThumbnailProps {
  readonly doc: PDFDocumentProxy;
  readonly pageNumber: number;
  readonly width: number;
  readonly height: number;
  readonly rotation: Rotation;
  readonly current: boolean;
  readonly active: boolean;
  readonly onSelect: (page: number) => void;
}

const Thumbnail = memo(function Thumbnail({ doc, pageNumber, width, height, rotation, current, active, onSelect }: ThumbnailProps) {
  const hostRef = useRef<HTMLSpanElement>(null);
  /** What is drawn (by rotation), so scrolling back does not draw it again. */
  const paintedRef = useRef<Rotation | null>(null);
  const { t } = useTranslation();

  useEffect(() => {
    const host = hostRef.current;
    if (!active || !host || paintedRef.current === rotation) return;
    const run = { cancelled: false };
    let job: PaintJob | null = null;
    enqueue(async () => {
      if (run.cancelled) return;
      try {
        const page = await doc.getPage(pageNumber);
        if (run.cancelled) return;
        const natural = pageViewport(page, 1, rotation);
        job = paintPage(page, pageViewport(page, width / Math.max(1, natural.width), rotation));
        const canvas = await job.promise;
        if (run.cancelled) return;
        canvas.className = 'thumbnail__canvas';
        host.replaceChildren(canvas);
        paintedRef.current = rotation;
      } catch {
        // Cancelled, or a page that cannot be drawn: it keeps its blank picture (the main view explains).
      }
    });
    return () => {
      run.cancelled = true;
      job?.cancel();
    };
  }, [doc, pageNumber, width, rotation, active]);

  // Each entry is exactly its picture plus the label and gap, so the layout's numbers hold.
  return (
    <li className="thumbnail" style={{ height: height + LABEL_AND_GAP }}>
      <button
        type="button"
        className={current ? 'thumbnail__button thumbnail__button--current' : 'thumbnail__button'}
        aria-label={t('viewer.page', { page: pageNumber })}
        aria-current={current ? 'page' : undefined}
        onClick={() => onSelect(pageNumber)}
        data-testid="thumbnail"
      >
        <span ref={hostRef} className="thumbnail__picture" style={{ width, height }} />
        <span className="thumbnail__label tabular">{pageNumber}</span>
      </button>
    </li>
  );
});
