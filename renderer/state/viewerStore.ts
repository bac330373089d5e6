// Where the reviewer is in each open document (page, zoom, rotation), which document is in
// front, and the requests other features make of the viewer: go to a page, find, show evidence.
// Switching between a claim's documents returns to the same page and zoom.
import { create } from 'zustand';

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 4;

/** 'fit-width' and 'fit-page' follow the pane's size; a number is a fixed zoom (1 = 100 %). */
export type FitMode = 'fit-width' | 'fit-page';
export type Zoom = FitMode | number;
export type Rotation = 0 | 90 | 180 | 270;

/** A box on a page: PDF points (an image's pixels) from its bottom-left corner. */
export type PageBox = readonly [number, number, number, number];

/** Words to highlight on one page, e.g. a pre-check finding's evidence. */
export interface Highlight {
  readonly page: number;
  readonly text: string;
  /** Where the words are, for a page whose text cannot be searched (a scan read by OCR). */
  readonly box: PageBox | null;
  /** New for every request, so asking twice for the same words scrolls to them again. */
  readonly nonce: number;
}

export interface DocumentView {
  readonly page: number;
  readonly zoom: Zoom;
  readonly rotation: Rotation;
  /** null until the document has been opened. */
  readonly pageCount: number | null;
  /** The scale the viewer last applied, so +/- can step on from "fit width". */
  readonly appliedZoom: number | null;
  /** Bumped by every request that must move the view to `page`; scrolling by hand does not. */
  readonly navigation: number;
  readonly highlight: Highlight | null;
  /** The find bar is open. */
  readonly findOpen: boolean;
  /** Bumped when the reviewer asks to find in this document (f), to focus the find field again. */
  readonly findRequest: number;
}

export const DEFAULT_VIEW: DocumentView = {
  page: 1,
  zoom: 'fit-width',
  rotation: 0,
  pageCount: null,
  appliedZoom: null,
  navigation: 0,
  highlight: null,
  findOpen: false,
  findRequest: 0,
};

export interface EvidenceTarget {
  readonly documentId: string;
  /** 1-based. */
  readonly page: number;
  readonly text: string;
  readonly box?: PageBox | null;
}

interface ViewerState {
  readonly views: Readonly<Record<string, DocumentView>>;
  /** The document in front (its tab is selected); null before any claim shows one. */
  readonly activeDocumentId: string | null;
  /** The page-thumbnail rail: a preference for every document. */
  readonly thumbnails: boolean;
  readonly selectDocument: (documentId: string) => void;
  /** What the viewer reports as the reviewer scrolls: the page, without moving the view. */
  readonly setPage: (documentId: string, page: number) => void;
  /** Move the view to a page (page box, thumbnails, keys). */
  readonly goToPage: (documentId: string, page: number) => void;
  readonly stepPage: (documentId: string, delta: number) => void;
  readonly setZoom: (documentId: string, zoom: Zoom) => void;
  readonly stepZoom: (documentId: string, direction: 1 | -1) => void;
  readonly rotate: (documentId: string, degrees: 90 | -90) => void;
  readonly setPageCount: (documentId: string, pageCount: number) => void;
  readonly setAppliedZoom: (documentId: string, zoom: number) => void;
  readonly requestFind: (documentId: string) => void;
  readonly closeFind: (documentId: string) => void;
  /**
   * Bring a document to the front, go to the page and highlight the words there (matched in the
   * page's text layer). The checklist calls this when the reviewer clicks a pre-check finding.
   */
  readonly showEvidence: (target: EvidenceTarget) => void;
  readonly clearHighlight: (documentId: string) => void;
  readonly toggleThumbnails: () => void;
}

export const ZOOM_STEPS: readonly number[] = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];

const EPSILON = 0.005;

export function zoomIn(current: number): number {
  return ZOOM_STEPS.find((step) => step > current + EPSILON) ?? MAX_ZOOM;
}

export function zoomOut(current: number): number {
  return [...ZOOM_STEPS].reverse().find((step) => step < current - EPSILON) ?? MIN_ZOOM;
}

function clampPage(page: number, pageCount: number | null): number {
  const upper = pageCount ?? Number.MAX_SAFE_INTEGER;
  return Math.max(1, Math.min(upper, Math.round(page)));
}

export function clampZoom(zoom: number): number {
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
}

function turn(rotation: Rotation, degrees: number): Rotation {
  return ((((rotation + degrees) % 360) + 360) % 360) as Rotation;
}

/** The zoom a view is actually shown at: its number, or what the viewer fitted. */
export function effectiveZoom(view: DocumentView): number {
  return typeof view.zoom === 'number' ? view.zoom : (view.appliedZoom ?? 1);
}

let lastNonce = 0;

/** Request numbers shared by every "bring this into view" request, so the latest one wins. */
export function nextNonce(): number {
  lastNonce += 1;
  return lastNonce;
}

export const useViewerStore = create<ViewerState>()((set) => {
  function update(documentId: string, patch: (view: DocumentView) => Partial<DocumentView> | null): void {
    set((s) => {
      const view = s.views[documentId] ?? DEFAULT_VIEW;
      const change = patch(view);
      if (!change) return s;
      return { views: { ...s.views, [documentId]: { ...view, ...change } } };
    });
  }
  const navigate = (view: DocumentView, page: number): Partial<DocumentView> => ({
    page: clampPage(page, view.pageCount),
    navigation: view.navigation + 1,
  });

  return {
    views: {},
    activeDocumentId: null,
    thumbnails: true,
    selectDocument: (documentId) => set({ activeDocumentId: documentId }),
    setPage: (documentId, page) =>
      update(documentId, (v) => (clampPage(page, v.pageCount) === v.page ? null : { page: clampPage(page, v.pageCount) })),
    goToPage: (documentId, page) => update(documentId, (v) => navigate(v, page)),
    stepPage: (documentId, delta) =>
      update(documentId, (v) => {
        const target = clampPage(v.page + delta, v.pageCount);
        return target === v.page ? null : navigate(v, target);
      }),
    setZoom: (documentId, zoom) =>
      update(documentId, () => ({ zoom: typeof zoom === 'number' ? clampZoom(zoom) : zoom })),
    stepZoom: (documentId, direction) =>
      update(documentId, (v) => {
        const current = effectiveZoom(v);
        const next = clampZoom(direction > 0 ? zoomIn(current) : zoomOut(current));
        return Math.abs(next - current) < EPSILON && typeof v.zoom === 'number' ? null : { zoom: next };
      }),
    rotate: (documentId, degrees) => update(documentId, (v) => ({ rotation: turn(v.rotation, degrees) })),
    setPageCount: (documentId, pageCount) =>
      update(documentId, (v) => ({ pageCount, page: clampPage(v.page, pageCount) })),
    setAppliedZoom: (documentId, zoom) => update(documentId, (v) => (v.appliedZoom === zoom ? null : { appliedZoom: zoom })),
    requestFind: (documentId) => update(documentId, (v) => ({ findOpen: true, findRequest: v.findRequest + 1 })),
    closeFind: (documentId) => update(documentId, (v) => (v.findOpen ? { findOpen: false } : null)),
    showEvidence: ({ documentId, page, text, box }) => {
      set({ activeDocumentId: documentId });
      const highlight: Highlight = { page: Math.max(1, Math.round(page)), text, box: box ?? null, nonce: nextNonce() };
      update(documentId, (v) => ({ ...navigate(v, page), highlight }));
    },
    clearHighlight: (documentId) => update(documentId, (v) => (v.highlight ? { highlight: null } : null)),
    toggleThumbnails: () => set((s) => ({ thumbnails: !s.thumbnails })),
  };
});

export function useDocumentView(documentId: string): DocumentView {
  return useViewerStore((s) => s.views[documentId] ?? DEFAULT_VIEW);
}
