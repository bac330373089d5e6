/** Short values (products, workloads) as chips that wrap. */
export function ChipList({ items, testId }: { readonly items: readonly string[]; readonly testId?: string }) {
  return (
    <span className="chip-list" data-testid={testId}>
      {items.map((item) => (
        <span key={item} className="chip" title={item}>
          {item}
        </span>
      ))}
    </span>
  );
}
