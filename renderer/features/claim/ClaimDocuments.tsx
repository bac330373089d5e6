import type { DocumentInfo } from '../../../shared/api/schemas';
import { formatBytes } from '../../ui/format';
import { fileTypeLabel } from '../viewer/fileType';
import { Section } from './FieldList';

interface ClaimDocumentsProps {
  readonly documents: readonly DocumentInfo[];
  readonly activeId: string | null;
  readonly onSelect: (id: string) => void;
}

export function ClaimDocuments({ documents, activeId, onSelect }: ClaimDocumentsProps) {
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
                onClick={() => onSelect(doc.id)}
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
