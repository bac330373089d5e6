// What a refresh in place changed in the queue the reviewer is looking at: the claims that moved,
// changed or arrived (marked on screen for a moment), and where the selected claim went, so the
// selection follows the claim rather than stay on a row number another claim now holds.
import type { QueueRow } from '../../shared/api/schemas';

type Pages = Readonly<Record<number, readonly QueueRow[]>>;

export interface QueueChanges {
  /** Ids of the claims that moved, changed or are new in the refreshed pages. */
  readonly changed: readonly string[];
  /** The selected claim's new index, or null when it left the refreshed pages. */
  readonly selectedIndex: number | null;
}

function indexRows(pages: Pages, pageSize: number): Map<string, { index: number; text: string }> {
  const byId = new Map<string, { index: number; text: string }>();
  for (const [page, rows] of Object.entries(pages)) {
    rows.forEach((row, i) => byId.set(row.id, { index: Number(page) * pageSize + i, text: JSON.stringify(row) }));
  }
  return byId;
}

/**
 * Positions (into `values`) of a longest strictly increasing subsequence: the rows that kept their
 * order. When one claim leaves the top every row below shifts by one, but none of them moved.
 */
function keptOrder(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i] as number) kept.add(i);
  return kept;
}

export function queueChanges(before: Pages, after: Pages, pageSize: number, selectedId: string | null): QueueChanges {
  const old = indexRows(before, pageSize);
  const rows = Object.entries(after)
    .sort(([a], [b]) => Number(a) - Number(b))
    .flatMap(([page, list]) => list.map((row, i) => ({ row, index: Number(page) * pageSize + i })));
  const common = rows.filter((r) => old.has(r.row.id));
  const kept = keptOrder(common.map((r) => old.get(r.row.id)?.index ?? 0));
  const moved = new Set(common.filter((_, i) => !kept.has(i)).map((r) => r.row.id));
  const changed: string[] = [];
  let selectedIndex: number | null = null;
  for (const { row, index } of rows) {
    if (row.id === selectedId) selectedIndex = index;
    const was = old.get(row.id);
    if (!was || moved.has(row.id) || was.text !== JSON.stringify(row)) changed.push(row.id);
  }
  return { changed, selectedIndex };
}
