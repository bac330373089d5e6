// The claim's side of the viewer: document tabs, and the wiring between the viewer's
// callbacks and the per-document page/zoom memory.
import { useCallback } from 'react';
import type { DocumentInfo } from '../../../shared/api/schemas';
import { useDocumentView, useViewerStore, type Zoom } from '../../state/viewerStore';
import { DocumentViewer } from '../viewer/DocumentViewer';
import { ViewerMessage } from '../viewer/ViewerMessage';

interface DocumentPaneProps {
  readonly documents: readonly DocumentInfo[];
  readonly active: DocumentInfo | null;
  readonly onSelect: (id: string) => void;
}

export function DocumentPane({ documents, active, onSelect }: DocumentPaneProps) {
  return (
    <div className="document-pane">
      {documents.length > 1 && (
        <div className="doc-tabs" role="tablist" aria-label="Documents">
          {documents.map((doc) => (
            <button
              key={doc.id}
              type="button"
              role="tab"
              aria-selected={doc.id === active?.id}
              className={doc.id === active?.id ? 'doc-tab doc-tab--active' : 'doc-tab'}
              onClick={() => onSelect(doc.id)}
              title={doc.name}
            >
              {doc.name}
            </button>
          ))}
        </div>
      )}
      <div className="document-pane__viewer" role={documents.length > 1 ? 'tabpanel' : undefined}>
        {active ? (
          <ConnectedViewer document={active} />
        ) : (
          <div className="viewer">
            <ViewerMessage title="No proof of execution attached">
              This claim has no documents to review.
            </ViewerMessage>
          </div>
        )}
      </div>
    </div>
  );
}

function ConnectedViewer({ document }: { readonly document: DocumentInfo }) {
  const view = useDocumentView(document.id);
  const { setPage, setZoom, setPageCount } = useViewerStore.getState();
  const id = document.id;
  const onPageCount = useCallback((count: number) => setPageCount(id, count), [id, setPageCount]);
  const onPageChange = useCallback((page: number) => setPage(id, page), [id, setPage]);
  const onZoomChange = useCallback((zoom: Zoom) => setZoom(id, zoom), [id, setZoom]);
  return (
    <DocumentViewer
      document={document}
      page={view.page}
      zoom={view.zoom}
      onPageCount={onPageCount}
      onPageChange={onPageChange}
      onZoomChange={onZoomChange}
    />
  );
}
