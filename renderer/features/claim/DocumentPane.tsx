// The claim's side of the viewer: one tab per document, the viewer for the one in front, and
// the viewer's keyboard shortcuts while the claim is open. Which document is in front lives in
// the viewer store, so an evidence click elsewhere in the claim can bring its document forward.
import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DocumentInfo } from '../../../shared/api/schemas';
import { useDocumentView } from '../../state/viewerStore';
import { DocumentViewer } from '../viewer/DocumentViewer';
import { fileTypeLabel } from '../viewer/fileType';
import { useShownDocument } from '../viewer/useShownDocument';
import { useViewerKeys } from '../viewer/viewerKeys';
import { controlsFor } from '../viewer/viewerProps';
import { ViewerMessage } from '../viewer/ViewerMessage';

interface DocumentPaneProps {
  readonly documents: readonly DocumentInfo[];
  /** The host's choice when the viewer store names none of these documents. */
  readonly active: DocumentInfo | null;
  readonly onSelect: (id: string) => void;
}

export function DocumentPane({ documents, active, onSelect }: DocumentPaneProps) {
  const { shown, select } = useShownDocument(documents, active, onSelect);
  useViewerKeys(shown?.id ?? null);
  const { t } = useTranslation();

  return (
    <div className="document-pane">
      {documents.length > 1 && <DocumentTabs documents={documents} shownId={shown?.id ?? null} onSelect={select} />}
      <div
        className="document-pane__viewer"
        role={documents.length > 1 ? 'tabpanel' : undefined}
        id="document-tabpanel"
        aria-labelledby={documents.length > 1 && shown ? `document-tab-${shown.id}` : undefined}
      >
        {shown ? (
          <ConnectedViewer document={shown} />
        ) : (
          <div className="viewer">
            <ViewerMessage title={t('viewer.none')}>{t('viewer.noneBody')}</ViewerMessage>
          </div>
        )}
      </div>
    </div>
  );
}

/** Tabs in the ARIA pattern: one tab stop, arrows (and Home/End) move between documents. */
function DocumentTabs({
  documents,
  shownId,
  onSelect,
}: {
  readonly documents: readonly DocumentInfo[];
  readonly shownId: string | null;
  readonly onSelect: (id: string) => void;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();

  // Many documents scroll sideways: keep the one in front in sight (an evidence click may pick it).
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [shownId]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const index = documents.findIndex((d) => d.id === shownId);
    const last = documents.length - 1;
    const target =
      e.key === 'ArrowRight' ? (index >= last ? 0 : index + 1)
      : e.key === 'ArrowLeft' ? (index <= 0 ? last : index - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : null;
    const doc = target === null ? undefined : documents[target];
    if (!doc) return;
    e.preventDefault();
    onSelect(doc.id);
    listRef.current?.querySelector<HTMLElement>(`#document-tab-${doc.id}`)?.focus();
  }

  return (
    <div ref={listRef} className="doc-tabs" role="tablist" aria-label={t('viewer.tabs')} onKeyDown={onKeyDown}>
      {documents.map((doc) => {
        const selected = doc.id === shownId;
        return (
          <button
            key={doc.id}
            id={`document-tab-${doc.id}`}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls="document-tabpanel"
            tabIndex={selected ? 0 : -1}
            className={selected ? 'doc-tab doc-tab--active' : 'doc-tab'}
            onClick={() => onSelect(doc.id)}
            title={t('viewer.tabTitle', { name: doc.name, type: fileTypeLabel(doc) })}
            data-testid="document-tab"
            translate="no"
          >
            {doc.name}
          </button>
        );
      })}
    </div>
  );
}

function ConnectedViewer({ document }: { readonly document: DocumentInfo }) {
  const view = useDocumentView(document.id);
  const controls = useMemo(() => controlsFor(document.id), [document.id]);
  return <DocumentViewer document={document} view={view} controls={controls} />;
}
