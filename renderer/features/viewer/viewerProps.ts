import { type DocumentView, useViewerStore, type Zoom } from '../../state/viewerStore';

/** What a viewer may ask of its host for its one document: the store's actions, bound to it. */
export interface ViewerControls {
  readonly setPage: (page: number) => void;
  readonly goToPage: (page: number) => void;
  readonly stepPage: (delta: number) => void;
  readonly setZoom: (zoom: Zoom) => void;
  readonly stepZoom: (direction: 1 | -1) => void;
  readonly rotate: (degrees: 90 | -90) => void;
  readonly setPageCount: (pageCount: number) => void;
  readonly setAppliedZoom: (zoom: number) => void;
  readonly requestFind: () => void;
  readonly closeFind: () => void;
  readonly clearHighlight: () => void;
}

/** Every viewer takes its document's view (page, zoom, rotation, requests) and its controls. */
export interface ViewProps {
  readonly view: DocumentView;
  readonly controls: ViewerControls;
}

export function controlsFor(documentId: string): ViewerControls {
  const s = useViewerStore.getState();
  return {
    setPage: (page) => s.setPage(documentId, page),
    goToPage: (page) => s.goToPage(documentId, page),
    stepPage: (delta) => s.stepPage(documentId, delta),
    setZoom: (zoom) => s.setZoom(documentId, zoom),
    stepZoom: (direction) => s.stepZoom(documentId, direction),
    rotate: (degrees) => s.rotate(documentId, degrees),
    setPageCount: (pageCount) => s.setPageCount(documentId, pageCount),
    setAppliedZoom: (zoom) => s.setAppliedZoom(documentId, zoom),
    requestFind: () => s.requestFind(documentId),
    closeFind: () => s.closeFind(documentId),
    clearHighlight: () => s.clearHighlight(documentId),
  };
}
