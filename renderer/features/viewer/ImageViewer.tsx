import { type KeyboardEvent, useEffect, useEffectEvent, useRef, useState } from 'react';
import { call } from '../../api/client';
import { LoadingBlock } from '../../ui/Spinner';
import { useElementWidth } from './useElementWidth';
import { ViewerMessage } from './ViewerMessage';
import { ViewerToolbar } from './ViewerToolbar';
import { zoomForKey } from './zoom';
import type { ZoomableViewProps } from './viewerProps';

export interface ImageViewerProps extends ZoomableViewProps {
  readonly documentId: string;
  readonly name: string;
  readonly mediaType: string;
}

type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly url: string }
  | { readonly status: 'failed'; readonly message: string };

/** PNG and JPEG scans, shown from a blob: URL (the only image source the page's CSP allows besides data:). */
export function ImageViewer({ documentId, name, mediaType, zoom, onPageCount, onZoomChange }: ImageViewerProps) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [naturalWidth, setNaturalWidth] = useState<number | null>(null);
  const [broken, setBroken] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const paneWidth = useElementWidth(scrollRef);
  const reportPageCount = useEffectEvent(() => onPageCount(1));

  useEffect(() => {
    let disposed = false;
    let url: string | null = null;
    call('document.content', { id: documentId })
      .then((bytes) => {
        if (disposed) return;
        url = URL.createObjectURL(new Blob([bytes.slice()], { type: mediaType }));
        setLoad({ status: 'ready', url });
        reportPageCount();
      })
      .catch((error: unknown) => {
        if (disposed) return;
        const detail = error instanceof Error ? error.message : String(error);
        setLoad({ status: 'failed', message: `The image could not be loaded: ${detail}` });
      });
    return () => {
      disposed = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [documentId, mediaType]);

  const effectiveZoom =
    zoom === 'fit-width' ? (naturalWidth && paneWidth ? paneWidth / naturalWidth : 1) : zoom;

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const next = zoomForKey(e.key, zoom === 'fit-width' ? effectiveZoom : zoom);
    if (next !== null) {
      e.preventDefault();
      onZoomChange(next);
    }
  }

  if (load.status === 'failed' || broken) {
    return (
      <div className="viewer">
        <ViewerMessage title="Cannot show this image">
          {load.status === 'failed' ? load.message : 'The image is damaged or in a format the viewer cannot decode.'}
        </ViewerMessage>
      </div>
    );
  }

  return (
    <div className="viewer" data-testid="image-viewer">
      <ViewerToolbar
        page={null}
        pageCount={1}
        zoom={zoom}
        effectiveZoom={effectiveZoom}
        onPageChange={() => undefined}
        onZoomChange={onZoomChange}
      />
      <div ref={scrollRef} className="viewer-scroll" tabIndex={0} role="region" aria-label="Image" onKeyDown={onKeyDown}>
        {load.status === 'loading' && (
          <div className="viewer-scroll__overlay">
            <LoadingBlock label="Loading image…" />
          </div>
        )}
        {load.status === 'ready' && (
          <div className="image-page" data-rendered-page={naturalWidth === null ? undefined : 1}>
            <img
              src={load.url}
              alt={`Proof of execution: ${name}`}
              className={zoom === 'fit-width' ? 'image-page__img image-page__img--fit' : 'image-page__img'}
              style={zoom === 'fit-width' || naturalWidth === null ? undefined : { width: naturalWidth * zoom }}
              onLoad={(e) => setNaturalWidth(e.currentTarget.naturalWidth)}
              onError={() => setBroken(true)}
            />
          </div>
        )}
      </div>
    </div>
  );
}
