// The queue as a sparse list: `total` rows exist, pages of PAGE_SIZE are fetched on demand as
// the virtualised table scrolls, so 100,000 claims cost only the pages someone looks at.
import { create } from 'zustand';
import type { QUEUE_SORTS, QueueQuery, QueueRow } from '../../shared/api/schemas';
import type { ProductFamily, SlaState, Status } from '../../shared/domain/codes';
import { OPEN_STATUSES } from '../../shared/domain/team-metrics';
import { type ApiError, call } from '../api/client';
import { toApiError } from '../api/api-error';
import { queueChanges } from './queueChanges';

export const PAGE_SIZE = 100;
const NO_CHANGES: ReadonlySet<string> = new Set();
const SEARCH_DEBOUNCE_MS = 200;

export type QueueSort = (typeof QUEUE_SORTS)[number];
/** The tabs: my queue, the whole team's, and the claims nobody has taken. */
export type QueueScope = 'mine' | 'all' | 'unassigned';

/** Narrowing filters beside the status; 'all' means no filter. */
export interface QueueFilters {
  readonly sla: SlaState | 'all';
  readonly productFamily: ProductFamily | 'all';
  readonly activity: string | 'all';
  /** Only in the team tab: one reviewer's claims. */
  readonly assignee: string | 'all';
}

export const NO_FILTERS: QueueFilters = { sla: 'all', productFamily: 'all', activity: 'all', assignee: 'all' };

/** 'all', 'open' (work in progress) or one status. */
export type StatusFilter = 'all' | 'open' | Status;

type PageState = 'loading' | 'loaded' | 'failed';

interface QueueState {
  readonly sort: QueueSort;
  readonly statusFilter: StatusFilter;
  readonly filters: QueueFilters;
  /** The search the current rows answer. */
  readonly search: string;
  /** What is in the search box; applied after a pause in typing. */
  readonly searchInput: string;
  readonly scope: QueueScope;
  /** The reviewer's name, for the "assigned to me" scope. */
  readonly user: string | null;

  /** null until the first query has answered; then the latest known total. */
  readonly total: number | null;
  readonly pages: Readonly<Record<number, readonly QueueRow[]>>;
  /**
   * false while `pages` still hold the previous query's rows: they stay on screen (and
   * clickable) until the new query answers, instead of flashing to placeholders.
   */
  readonly pagesFresh: boolean;
  readonly pageStates: Readonly<Record<number, PageState>>;
  /** The first page of the current query is on its way. */
  readonly loading: boolean;
  readonly error: ApiError | null;
  /** Bumped on every query change; answers for an older generation are dropped. */
  readonly generation: number;

  readonly selectedIndex: number;
  readonly selectedId: string | null;
  /** Where the table was scrolled, restored when the reviewer comes back from a claim. */
  readonly scrollOffset: number;

  readonly setSort: (sort: QueueSort) => void;
  readonly setStatusFilter: (filter: StatusFilter) => void;
  readonly setFilter: (patch: Partial<QueueFilters>) => void;
  readonly typeSearch: (text: string) => void;
  readonly applySearch: () => void;
  readonly setScope: (scope: QueueScope) => void;
  readonly setUser: (user: string) => void;
  readonly clearFilters: () => void;
  readonly reload: () => void;
  /**
   * Reads the rows on screen again for the same query (after a decision, a sync round, a tick, the
   * Refresh button): the scroll position stays, the selection follows its claim, and the claims
   * that moved or changed are marked.
   */
  readonly refresh: () => Promise<void>;
  /** Claims a refresh moved, changed or brought in; marked until a later refresh changes something, or the query changes. */
  readonly changed: ReadonlySet<string>;
  /** Bumped by each refresh that changed something, so a mark shows again for a new change. */
  readonly changeStamp: number;
  readonly ensureRange: (first: number, last: number) => void;
  readonly select: (index: number) => void;
  readonly patchRow: (row: QueueRow) => void;
  readonly setScrollOffset: (offset: number) => void;
  readonly dismissError: () => void;
}

export function hasActiveFilters(s: Pick<QueueState, 'statusFilter' | 'filters' | 'search'>): boolean {
  return s.statusFilter !== 'all' || s.search.trim() !== '' || Object.values(s.filters).some((v) => v !== 'all');
}

export function rowAt(state: Pick<QueueState, 'pages'>, index: number): QueueRow | undefined {
  return state.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

/**
 * The row at `index` once the current query has answered for it; undefined while the page on
 * screen is still the previous query's (kept so the table does not blink), so nothing opens a
 * claim the reviewer's new search or filter no longer shows.
 */
export function currentRowAt(state: Pick<QueueState, 'pages' | 'pageStates'>, index: number): QueueRow | undefined {
  return state.pageStates[Math.floor(index / PAGE_SIZE)] === 'loaded' ? rowAt(state, index) : undefined;
}

function queryOf(state: QueueState, offset: number): QueueQuery {
  const query: QueueQuery = { sort: state.sort, limit: PAGE_SIZE, offset };
  if (state.statusFilter === 'open') query.status = [...OPEN_STATUSES];
  else if (state.statusFilter !== 'all') query.status = [state.statusFilter];
  const search = state.search.trim();
  if (search) query.search = search;
  const { sla, productFamily, activity, assignee } = state.filters;
  if (sla !== 'all') query.sla = [sla];
  if (productFamily !== 'all') query.productFamily = productFamily;
  if (activity !== 'all') query.activity = activity;
  if (state.scope === 'unassigned') query.assignee = null;
  else if (state.scope === 'mine' && state.user) query.assignee = state.user;
  else if (state.scope === 'all' && assignee !== 'all') query.assignee = assignee;
  return query;
}

export const useQueueStore = create<QueueState>()((set, get) => {
  async function loadPage(page: number): Promise<void> {
    const { generation } = get();
    set((s) => ({ pageStates: { ...s.pageStates, [page]: 'loading' }, loading: page === 0 || s.total === null }));
    try {
      const result = await call('queue.list', queryOf(get(), page * PAGE_SIZE));
      if (get().generation !== generation) return;
      set((s) => ({
        total: result.total,
        pages: s.pagesFresh ? { ...s.pages, [page]: result.rows } : { [page]: result.rows },
        pagesFresh: true,
        pageStates: { ...s.pageStates, [page]: 'loaded' },
        loading: page === 0 ? false : s.loading,
        error: null,
      }));
      // The selection is an index; its id becomes known once the page holding it arrives.
      const selected = rowAt(get(), get().selectedIndex);
      if (selected && selected.id !== get().selectedId) set({ selectedId: selected.id });
    } catch (error) {
      if (get().generation !== generation) return;
      // A failed page stays failed until the query changes or the reviewer reloads,
      // so scrolling never turns into a retry storm against a sick backend.
      set((s) => ({
        pageStates: { ...s.pageStates, [page]: 'failed' },
        loading: false,
        error: toApiError(error),
      }));
    }
  }

  // The previous total stays until the new query answers, so the table (and its keyboard
  // focus) survives a filter change instead of unmounting for a moment.
  function restart(patch: Partial<QueueState>): void {
    set((s) => ({
      ...patch,
      generation: s.generation + 1,
      pagesFresh: false,
      pageStates: {},
      error: null,
      selectedIndex: 0,
      selectedId: null,
      scrollOffset: 0,
      changed: NO_CHANGES,
    }));
    void loadPage(0);
  }

  /** The rows the table last asked for: what is on screen. */
  let shown = { first: 0, last: 0 };
  let refreshing: Promise<void> | null = null;

  async function refreshInPlace(): Promise<void> {
    const start = get();
    if (start.total === null || !start.pagesFresh) return;
    const wanted = new Set<number>();
    for (const index of [shown.first, shown.last, start.selectedIndex]) wanted.add(Math.floor(index / PAGE_SIZE));
    const pages = [...wanted].filter((p) => start.pageStates[p] === 'loaded');
    if (pages.length === 0) return;
    const answers = await Promise.all(pages.map((page) => call('queue.list', queryOf(start, page * PAGE_SIZE))));
    const now = get();
    // A new query, sort or filter since: its own load answers for the screen.
    if (now.generation !== start.generation) return;
    const fresh: Record<number, readonly QueueRow[]> = {};
    pages.forEach((page, i) => (fresh[page] = answers[i]?.rows ?? []));
    const before = Object.fromEntries(pages.map((p) => [p, now.pages[p] ?? []]));
    const { changed, selectedIndex } = queueChanges(before, fresh, PAGE_SIZE, now.selectedId);
    const total = answers[0]?.total ?? now.total ?? 0;
    // Pages off screen are read again when scrolled to, not kept stale.
    const pageStates: Record<number, PageState> = {};
    for (const page of pages) pageStates[page] = 'loaded';
    const index = selectedIndex ?? Math.min(now.selectedIndex, Math.max(0, total - 1));
    set((s) => ({
      total,
      pages: fresh,
      pageStates,
      selectedIndex: index,
      selectedId: rowAt({ pages: fresh }, index)?.id ?? s.selectedId,
      ...(changed.length ? { changed: new Set(changed), changeStamp: s.changeStamp + 1 } : {}),
    }));
  }

  let searchTimer: ReturnType<typeof setTimeout> | null = null;
  function cancelPendingSearch(): void {
    if (searchTimer !== null) clearTimeout(searchTimer);
    searchTimer = null;
  }

  return {
    sort: 'sla',
    statusFilter: 'all',
    filters: NO_FILTERS,
    search: '',
    searchInput: '',
    scope: 'all',
    user: null,
    total: null,
    pages: {},
    pagesFresh: true,
    pageStates: {},
    loading: false,
    error: null,
    generation: 0,
    selectedIndex: 0,
    selectedId: null,
    scrollOffset: 0,

    setSort: (sort) => restart({ sort }),
    setStatusFilter: (statusFilter) => restart({ statusFilter }),
    setFilter: (patch) => restart({ filters: { ...get().filters, ...patch } }),
    // The debounce lives here, not in the search box, so a search typed just before opening
    // a claim is not lost when the queue screen unmounts.
    typeSearch: (text) => {
      set({ searchInput: text });
      cancelPendingSearch();
      searchTimer = setTimeout(() => get().applySearch(), SEARCH_DEBOUNCE_MS);
    },
    applySearch: () => {
      cancelPendingSearch();
      const { searchInput, search } = get();
      if (searchInput !== search) restart({ search: searchInput });
    },
    setScope: (scope) => restart({ scope }),
    setUser: (user) => {
      set({ user });
      if (get().scope === 'mine') restart({});
    },
    clearFilters: () => {
      cancelPendingSearch();
      restart({ statusFilter: 'all', filters: NO_FILTERS, search: '', searchInput: '' });
    },
    reload: () => restart({}),
    changed: NO_CHANGES,
    changeStamp: 0,
    async refresh() {
      // One refresh at a time; a call meanwhile waits for it rather than racing it.
      if (refreshing) return refreshing;
      refreshing = refreshInPlace()
        .catch((error: unknown) => set({ error: toApiError(error) }))
        .finally(() => (refreshing = null));
      return refreshing;
    },

    ensureRange(first, last) {
      shown = { first, last };
      const { pageStates, total } = get();
      if (total === null && pageStates[0] === undefined) {
        void loadPage(0);
        return;
      }
      const lastIndex = total === null ? last : Math.min(last, total - 1);
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(lastIndex / PAGE_SIZE); page++) {
        if (pageStates[page] === undefined) void loadPage(page);
      }
    },

    select(index) {
      const { total } = get();
      if (total === null || total === 0) return;
      const clamped = Math.max(0, Math.min(total - 1, index));
      set({ selectedIndex: clamped, selectedId: rowAt(get(), clamped)?.id ?? null });
      get().ensureRange(clamped, clamped);
    },

    patchRow(row) {
      const { pages } = get();
      for (const [key, rows] of Object.entries(pages)) {
        const at = rows.findIndex((r) => r.id === row.id);
        if (at === -1) continue;
        const next = rows.slice();
        next[at] = row;
        set({ pages: { ...pages, [key]: next } });
        return;
      }
    },

    setScrollOffset: (scrollOffset) => set({ scrollOffset }),
    dismissError: () => set({ error: null }),
  };
});
