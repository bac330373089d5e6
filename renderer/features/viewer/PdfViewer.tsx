// One PDF page at a time: canvas for the pixels, pdf.js TextLayer above it for selection.
// Page and zoom are owned by the host (controlled props); the viewer reports what it learns.
import { type KeyboardEvent, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import { call } from '../../api/client';
import { LoadingBlock } from '../../ui/Spinner';
import {
  describePdfError,
  isCancellation,
  isFileError,
  openPdf,
  PDF_TO_CSS_UNITS,
  type PDFDocumentProxy,
  type RenderTask,
  resetPdfWorker,
  TextLayer,
} from './pdfjs';
import { useElementWidth } from './useElementWidth';
import { ViewerMessage } from './ViewerMessage';
import { ViewerToolbar } from './ViewerToolbar';
import { zoomForKey } from './zoom';
import type { PagedViewProps } from './viewerProps';

export interface PdfViewerProps extends PagedViewProps {
  readonly documentId: string;
}

type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly doc: PDFDocumentProxy }
  | { readonly status: 'failed'; readonly message: string };

interface Painted {
  readonly page: number;
  readonly zoom: number;
}

/** Browsers refuse or crawl on giant canvases; past this the page is drawn less sharp instead. */
const MAX_CANVAS_PIXELS = 4096 * 4096;
const MIN_FIT_ZOOM = 0.1;
/** A hostile file can spin the worker forever; past these the viewer gives up and says so. */
const OPEN_TIMEOUT_MS = 20_000;
const PAINT_TIMEOUT_MS = 20_000;
const TOO_SLOW = 'This file took too long to process and was stopped. It may be damaged or deliberately malformed.';

function outputScale(cssWidth: number, cssHeight: number): number {
  const wanted = window.devicePixelRatio || 1;
  const limit = Math.sqrt(MAX_CANVAS_PIXELS / Math.max(1, cssWidth * cssHeight));
  return Math.min(wanted, limit);
}

export default function PdfViewer({ documentId, page, zoom, onPageCount, onPageChange, onZoomChange }: PdfViewerProps) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [painted, setPainted] = useState<Painted | null>(null);
  const [pageError, setPageError] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const paneWidth = useElementWidth(scrollRef);
  const reportPageCount = useEffectEvent((count: number) => onPageCount(count));

  // The host remounts this component per document (key), so this runs once per document.
  useEffect(() => {
    let settled = false;
    let task: PDFDocumentLoadingTask | null = null;
    const settle = (next: LoadState) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      setLoad(next);
    };
    const watchdog = setTimeout(() => {
      if (settled) return;
      resetPdfWorker();
      settle({ status: 'failed', message: TOO_SLOW });
    }, OPEN_TIMEOUT_MS);

    call('document.content', { id: documentId })
      .then((bytes) => {
        if (settled) return null;
        task = openPdf(bytes);
        return task.promise;
      })
      .then((doc) => {
        if (!doc || settled) return;
        settle({ status: 'ready', doc });
        reportPageCount(doc.numPages);
      })
      .catch((error: unknown) => {
        if (settled) return;
        if (!isFileError(error)) resetPdfWorker();
        settle({ status: 'failed', message: describePdfError(error) });
      });
    return () => {
      settled = true;
      clearTimeout(watchdog);
      void task?.destroy();
    };
  }, [documentId]);

  const doc = load.status === 'ready' ? load.doc : null;
  // Only a fit-width zoom depends on the pane's width; a fixed zoom ignores resizes.
  const fitWidth = zoom === 'fit-width' ? paneWidth : 0;

  useEffect(() => {
    if (!doc || (zoom === 'fit-width' && fitWidth <= 0)) return;
    const pageNumber = Math.max(1, Math.min(doc.numPages, page));
    // An object, not a boolean: the flag flips in the cleanup while paint() is suspended.
    const run = { cancelled: false };
    let renderTask: RenderTask | null = null;
    let textLayer: InstanceType<typeof TextLayer> | null = null;

    async function paint(current: PDFDocumentProxy): Promise<void> {
      const pdfPage = await current.getPage(pageNumber);
      if (run.cancelled) return;
      const natural = pdfPage.getViewport({ scale: PDF_TO_CSS_UNITS });
      const userZoom = zoom === 'fit-width' ? Math.max(MIN_FIT_ZOOM, fitWidth / natural.width) : zoom;
      const viewport = pdfPage.getViewport({ scale: userZoom * PDF_TO_CSS_UNITS });
      const ratio = outputScale(viewport.width, viewport.height);

      // Draw off screen and copy when complete, so a quick page flip or zoom never shows a
      // half-drawn or blank page.
      const offscreen = document.createElement('canvas');
      offscreen.width = Math.max(1, Math.floor(viewport.width * ratio));
      offscreen.height = Math.max(1, Math.floor(viewport.height * ratio));
      renderTask = pdfPage.render({
        canvas: offscreen,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      await renderTask.promise;
      const canvas = canvasRef.current;
      const box = pageRef.current;
      const text = textRef.current;
      if (run.cancelled || !canvas || !box || !text) return;

      canvas.width = offscreen.width;
      canvas.height = offscreen.height;
      canvas.getContext('2d')?.drawImage(offscreen, 0, 0);
      box.style.width = `${Math.floor(viewport.width)}px`;
      box.style.height = `${Math.floor(viewport.height)}px`;
      // The text layer sizes its spans from this variable (pdf.js viewer convention).
      box.style.setProperty('--total-scale-factor', String(viewport.scale));
      setPainted({ page: pageNumber, zoom: userZoom });
      setPageError(null);

      text.replaceChildren();
      textLayer = new TextLayer({ textContentSource: pdfPage.streamTextContent(), container: text, viewport });
      await textLayer.render();
    }

    const watchdog = setTimeout(() => {
      if (run.cancelled) return;
      run.cancelled = true;
      renderTask?.cancel();
      resetPdfWorker();
      setLoad({ status: 'failed', message: TOO_SLOW });
    }, PAINT_TIMEOUT_MS);

    paint(doc)
      .catch((error: unknown) => {
        if (run.cancelled || isCancellation(error)) return;
        console.warn('PDF page render failed', error);
        setPageError(`Page ${pageNumber} could not be drawn. The file may be damaged.`);
      })
      .finally(() => clearTimeout(watchdog));
    return () => {
      clearTimeout(watchdog);
      run.cancelled = true;
      renderTask?.cancel();
      textLayer?.cancel();
    };
  }, [doc, page, zoom, fitWidth]);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [page]);

  const pageCount = doc?.numPages ?? null;
  const effectiveZoom = painted?.zoom ?? (zoom === 'fit-width' ? 1 : zoom);

  function goTo(target: number) {
    if (pageCount === null) return;
    const next = Math.max(1, Math.min(pageCount, target));
    if (next !== page) onPageChange(next);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'ArrowRight' || e.key === 'n') {
      e.preventDefault();
      goTo(page + 1);
      return;
    }
    if (e.key === 'ArrowLeft' || e.key === 'p') {
      e.preventDefault();
      goTo(page - 1);
      return;
    }
    const nextZoom = zoomForKey(e.key, zoom === 'fit-width' ? effectiveZoom : zoom);
    if (nextZoom !== null) {
      e.preventDefault();
      onZoomChange(nextZoom);
    }
  }

  if (load.status === 'failed') {
    return (
      <div className="viewer" data-testid="pdf-viewer">
        <ViewerMessage title="Cannot show this document">{load.message}</ViewerMessage>
      </div>
    );
  }

  return (
    <div className="viewer" data-testid="pdf-viewer">
      <ViewerToolbar
        page={Math.min(page, pageCount ?? page)}
        pageCount={pageCount}
        zoom={zoom}
        effectiveZoom={effectiveZoom}
        onPageChange={goTo}
        onZoomChange={onZoomChange}
      />
      <div
        ref={scrollRef}
        className="viewer-scroll"
        tabIndex={0}
        role="region"
        aria-label={pageCount ? `Document, page ${page} of ${pageCount}` : 'Document'}
        onKeyDown={onKeyDown}
      >
        {(load.status === 'loading' || (painted === null && pageError === null)) && (
          <div className="viewer-scroll__overlay">
            <LoadingBlock label="Loading document…" />
          </div>
        )}
        {pageError !== null && (
          <div className="viewer-scroll__overlay">
            <ViewerMessage title="Cannot show this page">{pageError}</ViewerMessage>
          </div>
        )}
        <div
          ref={pageRef}
          className={painted && pageError === null ? 'pdf-page' : 'pdf-page pdf-page--hidden'}
          data-rendered-page={painted?.page}
        >
          <canvas ref={canvasRef} className="pdf-page__canvas" data-testid="pdf-canvas" />
          <div ref={textRef} className="textLayer" />
        </div>
      </div>
    </div>
  );
}
