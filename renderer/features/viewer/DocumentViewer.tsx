// The viewer as its host sees it: give it a document and a page/zoom, get callbacks back.
// It picks the right renderer for the file type and contains any failure inside the pane.
import './viewer.css';
import type { DocumentInfo } from '../../../shared/api/schemas';
import type { PdfViewerProps } from './PdfViewer';
import { formatBytes } from '../../ui/format';
import { LoadingBlock } from '../../ui/Spinner';
import { ImageViewer } from './ImageViewer';
import { ViewerErrorBoundary } from './ViewerErrorBoundary';
import { fileTypeLabel, previewKind } from './fileType';
import { usePdfViewerModule } from './usePdfViewerModule';
import { ViewerMessage } from './ViewerMessage';
import type { PagedViewProps } from './viewerProps';

export { preloadPdfViewer } from './usePdfViewerModule';

export interface DocumentViewerProps extends PagedViewProps {
  readonly document: DocumentInfo;
}

export function DocumentViewer({ document, page, zoom, onPageCount, onPageChange, onZoomChange }: DocumentViewerProps) {
  const kind = previewKind(document);
  return (
    <ViewerErrorBoundary resetKey={document.id}>
      {kind === 'pdf' && (
        <LazyPdfViewer
          key={document.id}
          documentId={document.id}
          page={page}
          zoom={zoom}
          onPageCount={onPageCount}
          onPageChange={onPageChange}
          onZoomChange={onZoomChange}
        />
      )}
      {kind === 'image' && (
        <ImageViewer
          key={document.id}
          documentId={document.id}
          name={document.name}
          mediaType={document.mediaType}
          zoom={zoom}
          onPageCount={onPageCount}
          onZoomChange={onZoomChange}
        />
      )}
      {kind === 'none' && (
        <div className="viewer">
          <ViewerMessage title="Cannot preview this file type">
            <span className="mono">{document.name}</span>
            <br />
            <span className="faint tabular">
              {fileTypeLabel(document)} · {formatBytes(document.size)}
            </span>
          </ViewerMessage>
        </div>
      )}
    </ViewerErrorBoundary>
  );
}

function LazyPdfViewer(props: PdfViewerProps) {
  const viewer = usePdfViewerModule();
  if (viewer.status === 'loading') return <LoadingBlock label="Loading viewer…" />;
  if (viewer.status === 'failed') {
    return (
      <div className="viewer">
        <ViewerMessage title="The PDF viewer could not be loaded">Reload the window and try again.</ViewerMessage>
      </div>
    );
  }
  const PdfViewer = viewer.module.default;
  return <PdfViewer {...props} />;
}
