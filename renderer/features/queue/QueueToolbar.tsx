import { type KeyboardEvent, type RefObject, useId } from 'react';
import { STATUS_LABELS, STATUSES } from '../../../shared/domain/codes';
import { type QueueScope, type QueueSort, type StatusFilter, useQueueStore } from '../../state/queueStore';
import { Button } from '../../ui/Button';

const SORT_LABELS: Record<QueueSort, string> = {
  sla: 'SLA due',
  age: 'Age',
  partner: 'Partner',
};

const SCOPE_LABELS: Record<QueueScope, string> = {
  all: 'All claims',
  mine: 'Assigned to me',
  unassigned: 'Unassigned',
};

interface QueueToolbarProps {
  readonly searchRef: RefObject<HTMLInputElement | null>;
  /** Leave the search box for the table (ArrowDown / Enter). */
  readonly onLeaveSearch: () => void;
}

export function QueueToolbar({ searchRef, onLeaveSearch }: QueueToolbarProps) {
  const sort = useQueueStore((s) => s.sort);
  const statusFilter = useQueueStore((s) => s.statusFilter);
  const scope = useQueueStore((s) => s.scope);
  const searchInput = useQueueStore((s) => s.searchInput);
  const user = useQueueStore((s) => s.user);
  const { setSort, setStatusFilter, setScope, typeSearch, applySearch, reload } = useQueueStore.getState();
  const ids = { search: useId(), status: useId(), scope: useId(), sort: useId() };

  function onSearchKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter' || e.key === 'ArrowDown') {
      e.preventDefault();
      applySearch();
      onLeaveSearch();
    } else if (e.key === 'Escape' && searchInput) {
      e.preventDefault();
      typeSearch('');
      applySearch();
    }
  }

  return (
    <div className="queue-toolbar">
      <div className="queue-toolbar__search">
        <label htmlFor={ids.search} className="visually-hidden">
          Search claims
        </label>
        <svg className="queue-toolbar__search-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <circle cx="6" cy="6" r="4.2" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path d="M9.2 9.2L12.5 12.5" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
        </svg>
        <input
          ref={searchRef}
          id={ids.search}
          className="input queue-toolbar__search-input"
          type="search"
          placeholder="Search claim id, MPN ID, tenant id, partner or customer"
          value={searchInput}
          onChange={(e) => typeSearch(e.target.value)}
          onKeyDown={onSearchKeyDown}
          spellCheck={false}
          autoComplete="off"
        />
        <kbd className="queue-toolbar__search-kbd" aria-hidden="true">
          /
        </kbd>
      </div>

      <div className="queue-toolbar__field">
        <label htmlFor={ids.status}>Status</label>
        <select
          id={ids.status}
          className="select"
          value={statusFilter}
          onChange={(e) => setStatusFilter(e.target.value as StatusFilter)}
        >
          <option value="all">All statuses</option>
          <option value="open">Open work</option>
          <optgroup label="Status">
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </optgroup>
        </select>
      </div>

      <div className="queue-toolbar__field">
        <label htmlFor={ids.scope}>Show</label>
        <select id={ids.scope} className="select" value={scope} onChange={(e) => setScope(e.target.value as QueueScope)}>
          {(Object.keys(SCOPE_LABELS) as QueueScope[]).map((value) => (
            <option key={value} value={value} disabled={value === 'mine' && !user}>
              {SCOPE_LABELS[value]}
            </option>
          ))}
        </select>
      </div>

      <div className="queue-toolbar__field">
        <label htmlFor={ids.sort}>Sort</label>
        <select id={ids.sort} className="select" value={sort} onChange={(e) => setSort(e.target.value as QueueSort)}>
          {(Object.keys(SORT_LABELS) as QueueSort[]).map((value) => (
            <option key={value} value={value}>
              {SORT_LABELS[value]}
            </option>
          ))}
        </select>
      </div>

      <div className="queue-toolbar__spacer" />
      <Button variant="ghost" size="small" onClick={reload} title="Reload the queue">
        Refresh
      </Button>
    </div>
  );
}
