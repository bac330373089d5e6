// The viewer as its host sees it: give it a document, its view and the controls over that view.
// It picks the right renderer for the file type and contains any failure inside the pane.
import './viewer.css';
import { useTranslation } from '../../i18n/useTranslation';
import type { DocumentInfo } from '../../../shared/api/schemas';
import { formatBytes } from '../../i18n/format';
import { LoadingBlock } from '../../ui/Spinner';
import { ExternalOpen } from './ExternalOpen';
import { ImageViewer } from './ImageViewer';
import type { PdfViewerProps } from './PdfViewer';
import { ViewerErrorBoundary } from './ViewerErrorBoundary';
import { fileTypeLabel, previewKind } from './fileType';
import { usePdfViewerModule } from './usePdfViewerModule';
import { ViewerMessage } from './ViewerMessage';
import type { ViewProps } from './viewerProps';

export { preloadPdfViewer } from './usePdfViewerModule';

export interface DocumentViewerProps extends ViewProps {
  readonly document: DocumentInfo;
}

export function DocumentViewer({ document, view, controls }: DocumentViewerProps) {
  const kind = previewKind(document);
  const { t } = useTranslation();
  return (
    <ViewerErrorBoundary resetKey={document.id}>
      {kind === 'pdf' && <LazyPdfViewer key={document.id} document={document} view={view} controls={controls} />}
      {kind === 'image' && <ImageViewer key={document.id} document={document} view={view} controls={controls} />}
      {kind === 'none' && (
        <div className="viewer" data-testid="no-preview">
          <ViewerMessage title={t('viewer.cannotPreview')}>
            <p>
              <span className="mono" translate="no">
                {document.name}
              </span>
              <br />
              <span className="faint tabular">
                {fileTypeLabel(document)} · {formatBytes(document.size)}
              </span>
            </p>
            <p className="faint">{t('viewer.previewNote')}</p>
            <ExternalOpen document={document} />
          </ViewerMessage>
        </div>
      )}
    </ViewerErrorBoundary>
  );
}

function LazyPdfViewer(props: PdfViewerProps) {
  const viewer = usePdfViewerModule();
  const { t } = useTranslation();
  if (viewer.status === 'loading') return <LoadingBlock label={t('viewer.loadingViewer')} />;
  if (viewer.status === 'failed') {
    return (
      <div className="viewer">
        <ViewerMessage title={t('viewer.viewerFailed')}>{t('viewer.viewerFailedBody')}</ViewerMessage>
      </div>
    );
  }
  const PdfViewer = viewer.module.default;
  return <PdfViewer {...props} />;
}
