/** The first few products as chips, the rest as "+N" with the full list in the tooltip (data: never translated). */
export function ProductChips({ products, max = 2 }: { readonly products: readonly string[]; readonly max?: number }) {
  if (products.length === 0) return <span className="faint">—</span>;
  const shown = products.slice(0, max);
  const hidden = products.length - shown.length;
  return (
    <span className="product-chips" title={products.join(', ')} translate="no">
      {shown.map((product) => (
        <span key={product} className="chip">
          {product}
        </span>
      ))}
      {hidden > 0 && <span className="chip chip--more">+{hidden}</span>}
    </span>
  );
}
