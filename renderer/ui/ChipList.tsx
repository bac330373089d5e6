/** Short values (products, workloads) as chips that wrap; they are data, never translated. */
export function ChipList({ items, testId }: { readonly items: readonly string[]; readonly testId?: string }) {
  return (
    <span className="chip-list" data-testid={testId} translate="no">
      {items.map((item) => (
        <span key={item} className="chip" title={item}>
          {item}
        </span>
      ))}
    </span>
  );
}
