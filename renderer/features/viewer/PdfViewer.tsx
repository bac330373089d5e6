// The PDF viewer: toolbar, find bar, page rail and the continuous page view. Where the reviewer
// is (page, zoom, rotation) lives in the viewer store; this component reads it as `view` and
// changes it through `controls`, so the claim's other panels can steer it (evidence clicks).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DocumentInfo } from '../../../shared/api/schemas';
import { type DocumentView, type PageBox, useViewerStore } from '../../state/viewerStore';
import { LoadingBlock } from '../../ui/Spinner';
import type { DocumentText } from './documentText';
import { afterNextPaint } from './afterNextPaint';
import { ExternalOpen } from './ExternalOpen';
import { FindBar } from './FindBar';
import { Icon } from './icons';
import type { PageSize } from './pageLayout';
import { PdfPages, type Reveal } from './PdfPages';
import { pageViewport, type PDFDocumentProxy } from './pdfjs';
import { findLoose, type ItemRange, itemRanges } from './textSearch';
import type { MarkKind, PageMark } from './textMarks';
import { Thumbnails } from './Thumbnails';
import { ToolButton } from './ToolButton';
import { tooSlow, usePdfDocument } from './usePdfDocument';
import { useDocumentFind } from './useDocumentFind';
import { ViewerMessage } from './ViewerMessage';
import { ViewerToolbar } from './ViewerToolbar';
import type { ViewProps } from './viewerProps';

/** A file claiming more pages than this shows the first ones: a page box each must stay cheap. */
const MAX_SHOWN_PAGES = 2000;

export interface PdfViewerProps extends ViewProps {
  readonly document: DocumentInfo;
}

export default function PdfViewer({ document, view, controls }: PdfViewerProps) {
  const [load, fail] = usePdfDocument(document.id);
  const { t } = useTranslation();
  if (load.status === 'failed') {
    return (
      <div className="viewer" data-testid="pdf-viewer">
        <ViewerMessage title={t('viewer.cannotShow')}>
          <p>{load.message}</p>
          <ExternalOpen document={document} />
        </ViewerMessage>
      </div>
    );
  }
  if (load.status === 'loading') {
    return (
      <div className="viewer" data-testid="pdf-viewer">
        <div className="viewer-toolbar" aria-hidden="true" />
        <LoadingBlock label={t('viewer.loadingDocument')} />
      </div>
    );
  }
  return <ReadyPdfViewer doc={load.doc} text={load.text} firstPage={load.firstPage} view={view} controls={controls} onFail={fail} />;
}

interface ReadyProps extends ViewProps {
  readonly doc: PDFDocumentProxy;
  readonly text: DocumentText;
  readonly firstPage: PageSize;
  readonly onFail: (message: string) => void;
}

interface EvidenceFound {
  readonly nonce: number;
  readonly page: number;
  readonly ranges: readonly ItemRange[];
  /** Where the words are when the page's text does not hold them (a scan read by OCR). */
  readonly box: PageBox | null;
}

function ReadyPdfViewer({ doc, text, firstPage, view, controls, onFail }: ReadyProps) {
  const pageCount = Math.min(doc.numPages, MAX_SHOWN_PAGES);
  const [sizes, setSizes] = useState<readonly PageSize[]>(() => Array.from({ length: pageCount }, () => firstPage));
  const [firstPainted, setFirstPainted] = useState(false);
  const thumbnailsOpen = useViewerStore((s) => s.thumbnails);
  const find = useDocumentFind(text, pageCount, view.page, view.findOpen);
  const { status: evidenceStatus, found: evidence } = useEvidence(text, view.highlight);
  const scrollHostRef = useRef<HTMLDivElement>(null);
  const { setPageCount, goToPage, closeFind } = controls;
  const { t } = useTranslation();

  useEffect(() => setPageCount(pageCount), [pageCount, setPageCount]);

  const onSize = useCallback((pageNumber: number, size: PageSize) => {
    setSizes((all) => {
      const known = all[pageNumber - 1];
      if (!known || (Math.abs(known.width - size.width) < 0.5 && Math.abs(known.height - size.height) < 0.5)) return all;
      const next = [...all];
      next[pageNumber - 1] = size;
      return next;
    });
  }, []);
  // What waits for the first page (the pages beside it, the rail) starts once that page is on
  // screen, not in the tasks before the frame that shows it.
  const paintedRef = useRef<(() => void) | null>(null);
  const onPainted = useCallback(() => {
    paintedRef.current ??= afterNextPaint(() => setFirstPainted(true));
  }, []);
  useEffect(() => () => paintedRef.current?.(), []);
  const onStuck = useCallback(() => onFail(tooSlow()), [onFail]);

  useLearnPageSizes(doc, pageCount, firstPainted, setSizes);
  const xfa = useXfaPresent(doc);

  const closeFindBar = useCallback(() => {
    find.clear();
    closeFind();
    scrollHostRef.current?.querySelector<HTMLElement>('.viewer-scroll')?.focus();
  }, [find, closeFind]);

  const findState = find.state;
  const { hits, current } = findState;
  const marks = useMemo(() => {
    const byPage = new Map<number, PageMark[]>();
    const add = (page: number, ranges: readonly ItemRange[], kind: MarkKind) => {
      const list = byPage.get(page) ?? [];
      for (const r of ranges) list.push({ ...r, kind });
      byPage.set(page, list);
    };
    if (view.findOpen) hits.forEach((hit, i) => add(hit.page, hit.ranges, i === current ? 'current' : 'hit'));
    if (evidence) add(evidence.page, evidence.ranges, 'evidence');
    return byPage;
  }, [view.findOpen, hits, current, evidence]);

  // The latest request to bring something into view wins: a find step or an evidence click.
  const currentHit = view.findOpen ? hits[current] : undefined;
  const reveal = useMemo<Reveal | null>(() => {
    const fromFind = currentHit ? { page: currentHit.page, nonce: findState.reveal } : null;
    const fromEvidence = evidence ? { page: evidence.page, nonce: evidence.nonce } : null;
    if (fromFind && fromEvidence) return fromFind.nonce > fromEvidence.nonce ? fromFind : fromEvidence;
    return fromFind ?? fromEvidence;
  }, [currentHit, findState.reveal, evidence]);

  return (
    <div className="viewer" data-testid="pdf-viewer">
      <ViewerToolbar
        controls={controls}
        zoom={view.zoom}
        appliedZoom={view.appliedZoom ?? 1}
        pages={{ page: Math.min(view.page, pageCount), pageCount }}
        thumbnails={pageCount > 1 ? { open: thumbnailsOpen, onToggle: useViewerStore.getState().toggleThumbnails } : undefined}
        find={{ open: view.findOpen }}
      />
      {view.findOpen && <FindBar find={find} focusRequest={view.findRequest} onClose={closeFindBar} />}
      <EvidenceBar view={view} status={evidenceStatus} pageCount={pageCount} onClear={controls.clearHighlight} />
      {xfa && (
        <div className="viewer-notice" role="status">
          {t('viewer.xfa')}
        </div>
      )}
      {doc.numPages > pageCount && (
        <div className="viewer-notice" role="status">
          {t('viewer.tooManyPages', { count: doc.numPages, shown: pageCount })}
        </div>
      )}
      <div className="viewer-body" ref={scrollHostRef}>
        {pageCount > 1 && thumbnailsOpen && (
          <Thumbnails doc={doc} sizes={sizes} rotation={view.rotation} page={view.page} enabled={firstPainted} paused={find.reading} onSelect={goToPage} />
        )}
        <PdfPages
          doc={doc}
          text={text}
          sizes={sizes}
          drawAhead={firstPainted}
          view={view}
          controls={controls}
          marks={marks}
          boxMark={evidence?.box ? { page: evidence.page, box: evidence.box } : null}
          reveal={reveal}
          onPainted={onPainted}
          onSize={onSize}
          onStuck={onStuck}
        />
      </div>
    </div>
  );
}

type EvidenceStatus = 'none' | 'looking' | 'found' | 'missing';

/** The highlight asked for (an evidence click), found in its page's text. */
function useEvidence(text: DocumentText, highlight: DocumentView['highlight']): { readonly status: EvidenceStatus; readonly found: EvidenceFound | null } {
  const [found, setFound] = useState<EvidenceFound | null>(null);
  useEffect(() => {
    if (!highlight) return;
    let cancelled = false;
    void text.pageOrEmpty(highlight.page).then((entry) => {
      if (cancelled) return;
      const matches = entry ? findLoose(entry.text, highlight.text) : [];
      const ranges = entry ? matches.flatMap((m) => itemRanges(entry.text, m)) : [];
      setFound({ nonce: highlight.nonce, page: highlight.page, ranges, box: ranges.length > 0 ? null : highlight.box });
    });
    return () => {
      cancelled = true;
    };
  }, [text, highlight]);
  if (!highlight) return { status: 'none', found: null };
  if (!found || found.nonce !== highlight.nonce) return { status: 'looking', found: null };
  return found.ranges.length > 0 || found.box ? { status: 'found', found } : { status: 'missing', found: null };
}

/** XFA forms are not run (enableXfa: false): say so, as the page shown is only their fallback. */
function useXfaPresent(doc: PDFDocumentProxy): boolean {
  const [xfa, setXfa] = useState(false);
  useEffect(() => {
    let cancelled = false;
    doc
      .getMetadata()
      .then(({ info }) => {
        if (!cancelled && (info as { IsXFAPresent?: unknown }).IsXFAPresent === true) setXfa(true);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [doc]);
  return xfa;
}

/**
 * Every page's real size, learned in the background once the first page is on screen, so a
 * file mixing portrait and landscape pages lays out right before those pages are reached.
 */
function useLearnPageSizes(
  doc: PDFDocumentProxy,
  pageCount: number,
  start: boolean,
  setSizes: (update: (all: readonly PageSize[]) => readonly PageSize[]) => void,
): void {
  useEffect(() => {
    if (!start || pageCount < 2) return;
    let cancelled = false;
    void (async () => {
      const learned = new Map<number, PageSize>();
      for (let page = 2; page <= pageCount && !cancelled; page++) {
        try {
          const viewport = pageViewport(await doc.getPage(page), 1, 0);
          learned.set(page, { width: viewport.width, height: viewport.height });
        } catch {
          // A damaged page keeps the first page's size; it says so when it is drawn.
        }
      }
      if (cancelled) return;
      setSizes((all) => {
        const first = all[0];
        if (!first) return all;
        let next: PageSize[] | null = null;
        for (const [page, size] of learned) {
          const known = all[page - 1];
          if (known && (Math.abs(known.width - size.width) >= 0.5 || Math.abs(known.height - size.height) >= 0.5)) {
            next ??= [...all];
            next[page - 1] = size;
          }
        }
        return next ?? all;
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [doc, pageCount, start, setSizes]);
}

function EvidenceBar({
  view,
  status,
  pageCount,
  onClear,
}: {
  readonly view: DocumentView;
  readonly status: EvidenceStatus;
  readonly pageCount: number;
  readonly onClear: () => void;
}) {
  const highlight = view.highlight;
  const { t } = useTranslation();
  if (!highlight || status === 'none') return null;
  const found = status !== 'missing';
  const words = highlight.text.length > 80 ? `${highlight.text.slice(0, 77)}…` : highlight.text;
  const message =
    highlight.page > pageCount
      ? t('viewer.evidence.outside', { page: highlight.page, total: pageCount })
      : found
        ? t('viewer.evidence.found', { page: highlight.page })
        : t('viewer.evidence.missing', { page: highlight.page });
  return (
    <div
      className={found ? 'evidence-bar' : 'evidence-bar evidence-bar--missing'}
      role="status"
      data-testid="evidence-bar"
      data-status={status}
    >
      <span className="evidence-bar__swatch" aria-hidden="true" />
      <span className="evidence-bar__text">
        {message} <q translate="no">{words}</q>
      </span>
      <ToolButton label={t('viewer.evidence.clear')} onClick={onClear}>
        <Icon name="close" />
      </ToolButton>
    </div>
  );
}
