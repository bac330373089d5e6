import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DocumentInfo } from '../../../shared/api/schemas';
import { toApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { errorLine } from '../../api/error-text';
import { i18n } from '../../i18n/i18n';
import { LoadingBlock } from '../../ui/Spinner';
import { ExternalOpen } from './ExternalOpen';
import { fitScale, rotatedSize } from './pageLayout';
import { useElementSize } from './useElementSize';
import { ViewerMessage } from './ViewerMessage';
import { revealInScroller } from './revealInScroller';
import { ViewerToolbar } from './ViewerToolbar';
import type { ViewProps } from './viewerProps';

export interface ImageViewerProps extends ViewProps {
  readonly document: DocumentInfo;
}

type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly url: string }
  | { readonly status: 'failed'; readonly message: string };

const PADDING = { gap: 0, padding: 20 };

/**
 * PNG and JPEG scans, shown from a blob: URL (the only image source the page's CSP allows
 * besides data:). One image pixel is one CSS pixel at 100 %.
 */
export function ImageViewer({ document, view, controls }: ImageViewerProps) {
  const { id: documentId, mediaType, name } = document;
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const [broken, setBroken] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const markRef = useRef<HTMLDivElement>(null);
  const area = useElementSize(scrollRef);
  // Evidence on a scan read by OCR: its box, shown over the picture and brought into view.
  const markBox = view.highlight?.page === 1 ? view.highlight.box : null;
  const markNonce = view.highlight?.nonce ?? 0;
  const { setPageCount, setAppliedZoom } = controls;
  const reportPageCount = useEffectEvent(() => setPageCount(1));
  const { t } = useTranslation();

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
        setLoad({ status: 'failed', message: i18n.t('viewer.imageLoadFailed', { detail: errorLine(toApiError(error)) }) });
      });
    return () => {
      disposed = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [documentId, mediaType]);

  const turned = natural ? rotatedSize(natural, view.rotation) : null;
  const zoom =
    typeof view.zoom === 'number' ? view.zoom : turned && area.width > 0 ? fitScale(view.zoom, [turned], area, PADDING, 0.02) : null;

  useEffect(() => {
    if (zoom !== null) setAppliedZoom(Math.round(zoom * 1000) / 1000);
  }, [zoom, setAppliedZoom]);

  useEffect(() => {
    if (markRef.current) revealInScroller(markRef.current);
  }, [markNonce, natural, zoom]);

  if (load.status === 'failed' || broken) {
    return (
      <div className="viewer">
        <ViewerMessage title={t('viewer.imageFailed')}>
          <p>{load.status === 'failed' ? load.message : t('viewer.imageDamaged')}</p>
          <ExternalOpen document={document} />
        </ViewerMessage>
      </div>
    );
  }

  // The box takes the turned size; the picture inside is turned about its centre.
  const width = natural && zoom !== null ? natural.width * zoom : 0;
  const height = natural && zoom !== null ? natural.height * zoom : 0;
  const box = turned && zoom !== null ? { width: turned.width * zoom, height: turned.height * zoom } : undefined;

  return (
    <div className="viewer" data-testid="image-viewer">
      <ViewerToolbar controls={controls} zoom={view.zoom} appliedZoom={view.appliedZoom ?? 1} />
      <div ref={scrollRef} className="viewer-scroll" tabIndex={0} role="region" aria-label={t('viewer.image')}>
        {load.status === 'loading' && (
          <div className="viewer-scroll__overlay">
            <LoadingBlock label={t('viewer.loadingImage')} />
          </div>
        )}
        {load.status === 'ready' && (
          <div className="image-stage" style={{ padding: PADDING.padding }}>
            <div className="image-page" style={box} data-rendered-page={natural === null ? undefined : 1}>
              {/* The picture and any evidence box on it turn together about their centre. */}
              <div className="image-page__turn" style={natural ? { width, height, transform: `translate(-50%, -50%) rotate(${view.rotation}deg)` } : undefined}>
                <img
                  src={load.url}
                  alt={t('viewer.imageAlt', { name })}
                  className="image-page__img"
                  style={natural ? { width, height } : undefined}
                  onLoad={(e) => setNatural({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
                  onError={() => setBroken(true)}
                />
                {markBox && natural && zoom !== null && (
                  <div
                    ref={markRef}
                    className="image-page__box-mark"
                    data-testid="evidence-box"
                    aria-hidden="true"
                    // The box is in the image's pixels, up from its bottom edge.
                    style={{ left: markBox[0] * zoom - 2, top: (natural.height - markBox[3]) * zoom - 2, width: (markBox[2] - markBox[0]) * zoom + 4, height: (markBox[3] - markBox[1]) * zoom + 4 }}
                  />
                )}
              </div>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
