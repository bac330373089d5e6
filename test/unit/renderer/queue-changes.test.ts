// A refresh in place marks the claims that moved or changed, not every row a removal shifted, and
// finds where the selected claim went.
import { describe, expect, it } from 'vitest';
import type { QueueRow } from '../../../shared/api/schemas';
import { queueChanges } from '../../../renderer/state/queueChanges';

const row = (id: string, status = 'under-review'): QueueRow => ({ id, status }) as unknown as QueueRow;
const page = (...rows: QueueRow[]) => ({ 0: rows });

describe('queueChanges', () => {
  it('marks nothing when the rows are the same', () => {
    const rows = page(row('A'), row('B'), row('C'));
    expect(queueChanges(rows, rows, 100, 'B')).toEqual({ changed: [], selectedIndex: 1 });
  });

  it('does not mark rows that only shifted up when a claim left the top', () => {
    const before = page(row('A'), row('B'), row('C'), row('D'));
    const after = page(row('B'), row('C'), row('D'));
    expect(queueChanges(before, after, 100, 'C')).toEqual({ changed: [], selectedIndex: 1 });
  });

  it('marks a claim that moved down past others, and one whose row changed', () => {
    const before = page(row('A'), row('B'), row('C'), row('D'));
    // A decision paused A's clock: it sorts below the breached ones; C's status changed.
    const after = page(row('B'), row('C', 'approved'), row('D'), row('A', 'partner-action-required'));
    const { changed, selectedIndex } = queueChanges(before, after, 100, 'A');
    expect([...changed].sort()).toEqual(['A', 'C']);
    expect(selectedIndex).toBe(3);
  });

  it('marks a claim that arrived, counts indexes across pages, and loses a claim that left', () => {
    const before = { 0: [row('A'), row('B')], 1: [row('C')] };
    const after = { 0: [row('A'), row('N')], 1: [row('B')] };
    expect(queueChanges(before, after, 2, 'C')).toEqual({ changed: ['N'], selectedIndex: null });
    expect(queueChanges(before, after, 2, 'B').selectedIndex).toBe(2);
  });
});
