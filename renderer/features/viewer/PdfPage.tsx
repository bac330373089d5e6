// One page of the continuous view: a white box of the right size always, and while it is on or
// near the screen, the drawing (canvas) with pdf.js's text layer above it for selection, find
// hits and evidence highlights. Off screen again, the drawing is let go to keep memory flat.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { PageBox, Rotation } from '../../state/viewerStore';
import type { DocumentText } from './documentText';
import type { PageSize } from './pageLayout';
import { isCancellation, type PageViewport, type PaintJob, paintPage, pageViewport, type PDFDocumentProxy, TextLayer } from './pdfjs';
import { revealInScroller } from './revealInScroller';
import { applyMarks, type PageMark } from './textMarks';

/** A hostile page can keep the worker busy forever; past this the viewer gives up on the file. */
const PAINT_TIMEOUT_MS = 20_000;

export interface PdfPageProps {
  readonly doc: PDFDocumentProxy;
  readonly text: DocumentText;
  readonly pageNumber: number;
  /** The page box in CSS pixels (the layout's numbers, so the scroll maths hold). */
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
  readonly rotation: Rotation;
  /** On or near the screen: draw it. */
  readonly active: boolean;
  readonly marks: readonly PageMark[];
  /** Evidence located by its box on this page (PDF points from the bottom-left), drawn over the picture. */
  readonly boxMark: PageBox | null;
  /** A new number asks to scroll the strongest mark into view once it is drawn; 0 for none. */
  readonly reveal: number;
  readonly onPainted: (pageNumber: number) => void;
  readonly onSize: (pageNumber: number, size: PageSize) => void;
  readonly onStuck: () => void;
}

interface TextLayerView {
  readonly spans: readonly HTMLElement[];
  readonly strings: readonly string[];
}

export const PdfPage = memo(function PdfPage({
  doc,
  text,
  pageNumber,
  width,
  height,
  zoom,
  rotation,
  active,
  marks,
  boxMark,
  reveal,
  onPainted,
  onSize,
  onStuck,
}: PdfPageProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasHostRef = useRef<HTMLDivElement>(null);
  const textHostRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<TextLayerView | null>(null);
  const markRef = useRef<HTMLDivElement>(null);
  // The page's viewport as last drawn: where a box in PDF points lands on the page.
  const [viewport, setViewport] = useState<PageViewport | null>(null);
  const revealedRef = useRef(0);
  // Bumped (asynchronously) each time a text layer is in place, so the marks follow it.
  const [layerVersion, setLayerVersion] = useState(0);
  const [failed, setFailed] = useState(false);
  const { t } = useTranslation();

  useEffect(() => {
    const box = boxRef.current;
    const canvasHost = canvasHostRef.current;
    const textHost = textHostRef.current;
    if (!box || !canvasHost || !textHost) return;
    if (!active) {
      canvasHost.replaceChildren();
      textHost.replaceChildren();
      layerRef.current = null;
      delete box.dataset.renderedPage;
      delete box.dataset.drawing;
      return;
    }
    // Says which pages are being drawn (the reviewer's page comes before the ones beside it).
    box.dataset.drawing = 'true';
    const run = { cancelled: false };
    let job: PaintJob | null = null;
    let textLayer: InstanceType<typeof TextLayer> | null = null;
    const watchdog = setTimeout(() => {
      if (run.cancelled) return;
      run.cancelled = true;
      job?.cancel();
      onStuck();
    }, PAINT_TIMEOUT_MS);

    async function paint(): Promise<void> {
      const page = await doc.getPage(pageNumber);
      if (run.cancelled) return;
      const natural = pageViewport(page, 1, 0);
      onSize(pageNumber, { width: natural.width, height: natural.height });
      const viewport = pageViewport(page, zoom, rotation);
      job = paintPage(page, viewport);
      const canvas = await job.promise;
      clearTimeout(watchdog);
      if (run.cancelled || !box || !canvasHost || !textHost) return;
      canvas.className = 'pdf-page__canvas';
      canvasHost.replaceChildren(canvas);
      setViewport(viewport);
      box.dataset.renderedPage = String(pageNumber);
      setFailed(false);
      onPainted(pageNumber);

      const entry = await text.pageOrEmpty(pageNumber);
      if (run.cancelled || !entry) return;
      const container = document.createElement('div');
      container.className = 'textLayer';
      // The text layer sizes its spans from this variable (pdf.js viewer convention).
      container.style.setProperty('--total-scale-factor', String(viewport.scale));
      textLayer = new TextLayer({ textContentSource: entry.content, container, viewport });
      await textLayer.render();
      if (run.cancelled) return;
      textHost.replaceChildren(container);
      layerRef.current = { spans: textLayer.textDivs, strings: textLayer.textContentItemsStr };
      setLayerVersion((v) => v + 1);
    }

    paint().catch((error: unknown) => {
      clearTimeout(watchdog);
      if (run.cancelled || isCancellation(error)) return;
      console.warn(`PDF page ${pageNumber} could not be drawn`, error);
      setFailed(true);
    });
    return () => {
      clearTimeout(watchdog);
      run.cancelled = true;
      job?.cancel();
      textLayer?.cancel();
    };
  }, [doc, text, pageNumber, zoom, rotation, active, onPainted, onSize, onStuck]);

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer || marks.length === 0) return;
    const { undo, first } = applyMarks(layer.spans, layer.strings, marks);
    if (reveal !== 0 && reveal !== revealedRef.current && first) {
      revealedRef.current = reveal;
      revealInScroller(first);
    }
    return undo;
  }, [layerVersion, marks, reveal]);

  // Evidence with a box and no text to mark (a scan): the box, drawn once the page is.
  const boxStyle = useMemo(() => {
    if (!boxMark || !viewport || !active) return null;
    const [x0, y0, x1, y1] = viewport.convertToViewportRectangle([...boxMark]);
    const pad = 2;
    return { left: Math.min(x0, x1) - pad, top: Math.min(y0, y1) - pad, width: Math.abs(x1 - x0) + 2 * pad, height: Math.abs(y1 - y0) + 2 * pad };
  }, [boxMark, viewport, active]);
  useEffect(() => {
    const mark = markRef.current;
    if (!mark || reveal === 0 || reveal === revealedRef.current) return;
    revealedRef.current = reveal;
    revealInScroller(mark);
  }, [boxStyle, reveal]);

  return (
    <div
      ref={boxRef}
      className="pdf-page"
      style={{ width, height }}
      data-page-number={pageNumber}
      role="group"
      aria-label={t('viewer.page', { page: pageNumber })}
    >
      <span className="pdf-page__number" aria-hidden="true">
        {pageNumber}
      </span>
      <div ref={canvasHostRef} className="pdf-page__canvas-host" />
      {boxStyle && <div ref={markRef} className="pdf-page__box-mark" style={boxStyle} data-testid="evidence-box" aria-hidden="true" />}
      {/* The PoE's own words: data, never translated. */}
      <div ref={textHostRef} className="pdf-page__text-host" translate="no" />
      {failed && (
        <div className="pdf-page__failed" role="status">
          {t('viewer.pageFailed', { page: pageNumber })}
        </div>
      )}
    </div>
  );
});
