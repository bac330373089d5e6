import { useTranslation } from '../../i18n/useTranslation';
import type { ProductSupportEntry } from '../../../shared/api/schemas';
import { Badge } from '../../ui/Badge';
import { deficiencyLabel, quoted } from '../../i18n/labels';
import type { EvidenceTarget } from './evidence';

interface ProductSupportListProps {
  readonly products: readonly ProductSupportEntry[];
  readonly disabled: boolean;
  readonly onChange: (product: string, supported: boolean | null) => void;
  readonly onShowEvidence?: (target: EvidenceTarget) => void;
}

/**
 * "Missing products" judged per claimed product: the reviewer marks each supported or not, beside
 * where the pre-check found it. Pressing the pressed choice again clears the mark.
 */
export function ProductSupportList({ products, disabled, onChange, onShowEvidence }: ProductSupportListProps) {
  const judged = products.filter((p) => p.supported !== null).length;
  const { t } = useTranslation();
  return (
    <div className="product-support" data-testid="product-support">
      <div className="product-support__title small">
        <span>{t('checklist.products.question')}</span>
        <span className="product-support__count tabular">
          {t('checklist.products.judged', { judged, total: products.length })}
        </span>
      </div>
      {products.length === 0 ? (
        <p className="checklist__note small">{t('checklist.products.none')}</p>
      ) : (
        <ul className="product-support__list">
          {products.map((entry) => (
            <ProductRow key={entry.product} entry={entry} disabled={disabled} onChange={onChange} onShowEvidence={onShowEvidence} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ProductRow({ entry, disabled, onChange, onShowEvidence }: { readonly entry: ProductSupportEntry } & Omit<ProductSupportListProps, 'products'>) {
  const { product, supported, found, excluded, evidence } = entry;
  const choose = (value: boolean) => onChange(product, supported === value ? null : value);
  const { t } = useTranslation();
  return (
    <li className="product-support__row" data-testid={`product-${product}`} data-supported={supported === null ? 'unjudged' : String(supported)}>
      <span className="product-support__name" title={product} translate="no">
        {product}
      </span>
      <span className="product-support__found">
        {(found === true || excluded) && evidence ? (
          <button
            type="button"
            className="evidence__item product-support__evidence"
            disabled={!onShowEvidence}
            onClick={() => onShowEvidence?.({ documentId: evidence.documentId, page: evidence.page, text: evidence.text ?? product })}
            title={t('checklist.products.show', { page: evidence.page, words: quoted(evidence.text ?? product) })}
          >
            <span className="evidence__page tabular">{t('checklist.evidence.page', { page: evidence.page })}</span>
            {excluded ? <Badge tone="warn">{t('checklist.products.excluded')}</Badge> : <Badge tone="ok">{t('checklist.products.found')}</Badge>}
          </button>
        ) : found === false ? (
          <Badge tone="warn">{t('checklist.products.notFound')}</Badge>
        ) : null}
      </span>
      <span className="segmented" role="group" aria-label={t('checklist.products.group', { product })}>
        <button
          type="button"
          className="segmented__option segmented__option--ok"
          aria-pressed={supported === true}
          disabled={disabled}
          onClick={() => choose(true)}
          title={t('checklist.products.supports', { product })}
        >
          {t('common.yes')}
        </button>
        <button
          type="button"
          className="segmented__option segmented__option--danger"
          aria-pressed={supported === false}
          disabled={disabled}
          onClick={() => choose(false)}
          title={t('checklist.products.lacks', { product, item: quoted(deficiencyLabel('missing-products')) })}
        >
          {t('common.no')}
        </button>
      </span>
    </li>
  );
}
