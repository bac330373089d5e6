// Where the open claim stands in the queue's order, for j/k in the claim view. Pure: it reads the
// queue's loaded pages as the queue store keeps them, and never changes them.
import type { QueueRow } from '../../shared/api/schemas';

export interface QueueSnapshot {
  readonly pages: Readonly<Record<number, readonly QueueRow[]>>;
  readonly pageSize: number;
  readonly total: number | null;
  readonly selectedIndex: number;
  readonly selectedId: string | null;
}

/** The claim's index in the queue: the selection when it is that claim, else found in a loaded page. */
export function queueIndexOf(queue: QueueSnapshot, claimId: string): number | null {
  if (queue.selectedId === claimId) return queue.selectedIndex;
  for (const [page, rows] of Object.entries(queue.pages)) {
    const at = rows.findIndex((row) => row.id === claimId);
    if (at !== -1) return Number(page) * queue.pageSize + at;
  }
  return null;
}

/** The index delta rows away, or null past either end of the queue. */
export function neighbourIndex(queue: QueueSnapshot, index: number, delta: number): number | null {
  const next = index + delta;
  if (next < 0 || (queue.total !== null && next >= queue.total)) return null;
  return next;
}
