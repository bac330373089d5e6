// A virtualised grid: only the rows on screen exist in the DOM, and the pages behind them
// are fetched as they scroll into view.
import { type KeyboardEvent, useCallback, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from '../../i18n/useTranslation';
import { currentRowAt, type QueueSort, rowAt, useQueueStore } from '../../state/queueStore';
import { useNow } from '../../ui/useNow';
import { QueueRowView } from './QueueRowView';

const ROW_HEIGHT = 48;
/** The column headings' row, sticky at the top of the grid that scrolls. */
const HEAD_HEIGHT = 32;
const LOOK_AHEAD = 50;

interface Column {
  readonly key: 'claim' | 'partner' | 'customer' | 'status' | 'products' | 'assignee' | 'sla' | 'age';
  readonly sort?: QueueSort;
  readonly className?: string;
}

const COLUMNS: readonly Column[] = [
  { key: 'claim' },
  { key: 'partner', sort: 'partner' },
  { key: 'customer' },
  { key: 'status' },
  { key: 'products' },
  { key: 'assignee' },
  { key: 'sla', sort: 'sla' },
  { key: 'age', sort: 'age', className: 'queue-cell--age' },
];

interface QueueTableProps {
  readonly onOpen: (claimId: string) => void;
}

export function QueueTable({ onOpen }: QueueTableProps) {
  const total = useQueueStore((s) => s.total) ?? 0;
  const pages = useQueueStore((s) => s.pages);
  const selectedIndex = useQueueStore((s) => s.selectedIndex);
  const sort = useQueueStore((s) => s.sort);
  const generation = useQueueStore((s) => s.generation);
  const changed = useQueueStore((s) => s.changed);
  const changeStamp = useQueueStore((s) => s.changeStamp);
  const { ensureRange, select, setSort, setScrollOffset } = useQueueStore.getState();
  const now = useNow();
  const { t } = useTranslation();

  // The grid itself scrolls: the element that holds the keyboard focus is the scrolling region,
  // so the rows scroll with the keys and with assistive technology alike.
  const gridRef = useRef<HTMLDivElement>(null);
  const offsetRef = useRef(useQueueStore.getState().scrollOffset);

  // The virtualizer is mutable by design; React Compiler leaves this component unmemoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => gridRef.current,
    estimateSize: () => ROW_HEIGHT,
    scrollMargin: HEAD_HEIGHT,
    overscan: 12,
    initialOffset: () => offsetRef.current,
    onChange: (instance) => {
      offsetRef.current = instance.scrollOffset ?? 0;
    },
  });

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items[items.length - 1]?.index;

  // Half a page ahead either way: a steady scroll finds the next page already fetched.
  useEffect(() => {
    if (first !== undefined && last !== undefined) ensureRange(Math.max(0, first - LOOK_AHEAD), last + LOOK_AHEAD);
  }, [first, last, generation, ensureRange]);

  // A new query starts at its top row.
  const firstGeneration = useRef(generation);
  useEffect(() => {
    if (generation !== firstGeneration.current) virtualizer.scrollToOffset(0);
  }, [generation, virtualizer]);

  // Remember the scroll position for when the reviewer comes back from a claim.
  useEffect(() => () => setScrollOffset(offsetRef.current), [setScrollOffset]);

  // Keyboard-first: land in the table, unless the reviewer already went somewhere else
  // (typing in the search box while the first page was loading).
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) gridRef.current?.focus({ preventScroll: true });
  }, []);

  // Enter pressed while the new query's page is on its way opens that page's row when it
  // arrives, never the row the previous query had at that place.
  const pendingOpen = useRef<{ index: number; generation: number } | null>(null);
  const openIndex = useCallback(
    (index: number) => {
      select(index);
      const queue = useQueueStore.getState();
      const row = currentRowAt(queue, index);
      pendingOpen.current = row ? null : { index, generation: queue.generation };
      if (row) onOpen(row.id);
    },
    [onOpen, select],
  );
  // A click opens the claim the person clicked, as shown, even while a new query is on its way.
  const openClicked = useCallback(
    (index: number, claimId: string) => {
      select(index);
      pendingOpen.current = null;
      onOpen(claimId);
    },
    [onOpen, select],
  );
  useEffect(() => {
    const pending = pendingOpen.current;
    if (pending === null) return;
    const queue = useQueueStore.getState();
    // Another query since: the reviewer has moved on.
    if (queue.generation !== pending.generation) pendingOpen.current = null;
    const row = queue.generation === pending.generation ? currentRowAt(queue, pending.index) : undefined;
    if (!row) return;
    pendingOpen.current = null;
    onOpen(row.id);
  }, [pages, generation, onOpen]);

  function moveTo(index: number) {
    if (total === 0) return;
    const clamped = Math.max(0, Math.min(total - 1, index));
    select(clamped);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target !== e.currentTarget) return;
    const perPage = Math.max(1, Math.floor(((gridRef.current?.clientHeight ?? ROW_HEIGHT * 10) - HEAD_HEIGHT) / ROW_HEIGHT) - 1);
    const keyMoves: Record<string, number> = {
      ArrowDown: selectedIndex + 1,
      j: selectedIndex + 1,
      ArrowUp: selectedIndex - 1,
      k: selectedIndex - 1,
      PageDown: selectedIndex + perPage,
      PageUp: selectedIndex - perPage,
      Home: 0,
      End: total - 1,
    };
    const target = keyMoves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      moveTo(target);
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      openIndex(selectedIndex);
    }
  }

  const activeId = total > 0 ? `queue-row-${selectedIndex}` : undefined;

  return (
    <div
      ref={gridRef}
      className="queue-table"
      role="grid"
      aria-label={t('queue.table.label')}
      aria-rowcount={total + 1}
      aria-activedescendant={activeId}
      aria-readonly="true"
      tabIndex={0}
      data-testid="queue-table"
      onKeyDown={onKeyDown}
    >
      <div className="queue-table__head" role="rowgroup">
        <div className="queue-row queue-row--head" role="row" aria-rowindex={1}>
          {COLUMNS.map((column) => (
            <div
              key={column.key}
              role="columnheader"
              className={column.className ? `queue-cell ${column.className}` : 'queue-cell'}
              aria-sort={column.sort && column.sort === sort ? 'ascending' : undefined}
            >
              {column.sort ? (
                <button
                  type="button"
                  className={column.sort === sort ? 'sort-button sort-button--active' : 'sort-button'}
                  onClick={() => setSort(column.sort ?? 'sla')}
                  title={t(`queue.table.sortBy.${column.sort}`)}
                  tabIndex={-1}
                >
                  {t(`queue.table.columns.${column.key}`)}
                  {column.sort === sort && (
                    <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
                      <path d="M2 3.5l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
                    </svg>
                  )}
                </button>
              ) : (
                t(`queue.table.columns.${column.key}`)
              )}
            </div>
          ))}
        </div>
      </div>
      <div className="queue-table__body" role="rowgroup">
        <div className="queue-table__spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt({ pages }, item.index);
            return (
              <QueueRowView
                key={item.key}
                row={row}
                index={item.index}
                domId={`queue-row-${item.index}`}
                selected={item.index === selectedIndex}
                top={item.start - HEAD_HEIGHT}
                now={now}
                onOpen={openClicked}
                changeStamp={row && changed.has(row.id) ? changeStamp : null}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
