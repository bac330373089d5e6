// Where the reviewer is in each open document, so switching between a claim's documents
// returns to the same page and zoom.
import { create } from 'zustand';

export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 4;

/** 'fit-width' follows the pane's width; a number is a fixed zoom (1 = 100 %). */
export type Zoom = 'fit-width' | number;

export interface DocumentView {
  readonly page: number;
  readonly zoom: Zoom;
  /** null until the document has been opened. */
  readonly pageCount: number | null;
}

export const DEFAULT_VIEW: DocumentView = { page: 1, zoom: 'fit-width', pageCount: null };

interface ViewerState {
  readonly views: Readonly<Record<string, DocumentView>>;
  readonly setPage: (documentId: string, page: number) => void;
  readonly setZoom: (documentId: string, zoom: Zoom) => void;
  readonly setPageCount: (documentId: string, pageCount: number) => void;
}

function clampPage(page: number, pageCount: number | null): number {
  const upper = pageCount ?? Number.MAX_SAFE_INTEGER;
  return Math.max(1, Math.min(upper, Math.round(page)));
}

export function clampZoom(zoom: number): number {
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
}

export const useViewerStore = create<ViewerState>()((set) => {
  function update(documentId: string, patch: (view: DocumentView) => Partial<DocumentView>): void {
    set((s) => {
      const view = s.views[documentId] ?? DEFAULT_VIEW;
      return { views: { ...s.views, [documentId]: { ...view, ...patch(view) } } };
    });
  }

  return {
    views: {},
    setPage: (documentId, page) => update(documentId, (v) => ({ page: clampPage(page, v.pageCount) })),
    setZoom: (documentId, zoom) =>
      update(documentId, () => ({ zoom: zoom === 'fit-width' ? zoom : clampZoom(zoom) })),
    setPageCount: (documentId, pageCount) =>
      update(documentId, (v) => ({ pageCount, page: clampPage(v.page, pageCount) })),
  };
});

export function useDocumentView(documentId: string): DocumentView {
  return useViewerStore((s) => s.views[documentId] ?? DEFAULT_VIEW);
}
