import { useTranslation } from '../../i18n/useTranslation';
import type { DocumentInfo } from '../../../shared/api/schemas';
import { formatBytes } from '../../i18n/format';
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
  const { t } = useTranslation();
  return (
    <Section title={t('claim.documents.title')} aside={documents.length > 0 ? String(documents.length) : undefined}>
      {documents.length === 0 ? (
        <p className="faint">{t('claim.documents.none')}</p>
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
                <span className="doc-list__name" translate="no">
                  {doc.name}
                </span>
                <span className="doc-list__meta tabular">
                  {fileTypeLabel(doc)}
                  {doc.pages !== null && ` · ${t('claim.documents.pages', { count: doc.pages })}`} · {formatBytes(doc.size)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
