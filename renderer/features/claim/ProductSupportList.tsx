import type { ProductSupportEntry } from '../../../shared/api/schemas';
import { Badge } from '../../ui/Badge';
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
  return (
    <div className="product-support" data-testid="product-support">
      <div className="product-support__title small">
        <span>Does the PoE support each product?</span>
        <span className="product-support__count tabular">
          {judged} of {products.length} judged
        </span>
      </div>
      {products.length === 0 ? (
        <p className="checklist__note small">The claim names no product.</p>
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
  const { product, supported, found, evidence } = entry;
  const choose = (value: boolean) => onChange(product, supported === value ? null : value);
  return (
    <li className="product-support__row" data-testid={`product-${product}`} data-supported={supported === null ? 'unjudged' : String(supported)}>
      <span className="product-support__name" title={product}>
        {product}
      </span>
      <span className="product-support__found">
        {found === true && evidence ? (
          <button
            type="button"
            className="evidence__item product-support__evidence"
            disabled={!onShowEvidence}
            onClick={() => onShowEvidence?.({ documentId: evidence.documentId, page: evidence.page, text: evidence.text ?? product })}
            title={`Show page ${evidence.page} and highlight “${evidence.text ?? product}”`}
          >
            <span className="evidence__page tabular">p. {evidence.page}</span>
            <Badge tone="ok">found</Badge>
          </button>
        ) : found === false ? (
          <Badge tone="warn">not found</Badge>
        ) : null}
      </span>
      <span className="segmented" role="group" aria-label={`Does the PoE support ${product}?`}>
        <button
          type="button"
          className="segmented__option segmented__option--ok"
          aria-pressed={supported === true}
          disabled={disabled}
          onClick={() => choose(true)}
          title={`The PoE supports ${product}`}
        >
          Yes
        </button>
        <button
          type="button"
          className="segmented__option segmented__option--danger"
          aria-pressed={supported === false}
          disabled={disabled}
          onClick={() => choose(false)}
          title={`The PoE does not support ${product}: opens “Missing products”`}
        >
          No
        </button>
      </span>
    </li>
  );
}
