import type { Zoom } from '../../state/viewerStore';

/** What every viewer shares with its host: the zoom it shows, and what it reports back. */
export interface ZoomableViewProps {
  readonly zoom: Zoom;
  readonly onPageCount: (pageCount: number) => void;
  readonly onZoomChange: (zoom: Zoom) => void;
}

/** A viewer with pages the host keeps track of. */
export interface PagedViewProps extends ZoomableViewProps {
  readonly page: number;
  readonly onPageChange: (page: number) => void;
}
