import type { DocumentInfo } from '../../../shared/api/schemas';
import { formatBytes } from '../../ui/format';
import { fileTypeLabel } from '../viewer/fileType';
import { useShownDocument } from '../viewer/useShownDocument';
import { Section } from './FieldList';

interface ClaimDocumentsProps {
  readonly documents: readonly DocumentInfo[];
  readonly activeId: string | null;
  readonly onSelect: (id: string) => void;
}

export function ClaimDocuments({ documents, activeId: hostActiveId, onSelect }: ClaimDocumentsProps) {
  // The document in front is the viewer's (tabs and evidence clicks move it), this list follows.
  const { shown, select } = useShownDocument(documents, documents.find((d) => d.id === hostActiveId) ?? null, onSelect);
  const activeId = shown?.id ?? null;
  return (
    <Section title="Proof of execution" aside={documents.length > 0 ? String(documents.length) : undefined}>
      {documents.length === 0 ? (
        <p className="faint">No documents attached.</p>
      ) : (
        <ul className="doc-list">
          {documents.map((doc) => (
            <li key={doc.id}>
              <button
                type="button"
                className={doc.id === activeId ? 'doc-list__item doc-list__item--active' : 'doc-list__item'}
                aria-current={doc.id === activeId ? 'true' : undefined}
                onClick={() => select(doc.id)}
                title={doc.name}
              >
                <span className="doc-list__name">{doc.name}</span>
                <span className="doc-list__meta tabular">
                  {fileTypeLabel(doc)}
                  {doc.pages !== null && ` · ${doc.pages} ${doc.pages === 1 ? 'page' : 'pages'}`} · {formatBytes(doc.size)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
