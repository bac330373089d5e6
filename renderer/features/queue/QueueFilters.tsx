// The second toolbar row: everything that narrows the list, and one click to undo it all.
import { useEffect, useId, useState } from 'react';
import type { QueueFacets } from '../../../shared/api/schemas';
import { PRODUCT_FAMILIES, SLA_STATES, STATUS_LABELS, STATUSES } from '../../../shared/domain/codes';
import { call } from '../../api/client';
import { hasActiveFilters, type QueueFilters as Filters, type QueueSort, type StatusFilter, useQueueStore } from '../../state/queueStore';
import { Button } from '../../ui/Button';
import { PRODUCT_FAMILY_LABELS, SLA_STATE_LABELS } from '../../ui/labels';

const SORT_LABELS: Record<QueueSort, string> = {
  sla: 'SLA due',
  age: 'Age (oldest first)',
  partner: 'Partner',
};

function useFacets(): QueueFacets {
  const [facets, setFacets] = useState<QueueFacets>({ assignees: [], activities: [] });
  useEffect(() => {
    let live = true;
    call('queue.facets', {})
      .then((f) => live && setFacets(f))
      // The menus then offer only "All": filtering still works by status, SLA and family.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return facets;
}

interface SelectProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly options: readonly (readonly [T, string])[];
  readonly testId: string;
}

function FilterSelect<T extends string>({ label, value, onChange, options, testId }: SelectProps<T>) {
  const id = useId();
  return (
    <div className="queue-toolbar__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} data-testid={testId} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function QueueFilters() {
  const statusFilter = useQueueStore((s) => s.statusFilter);
  const filters = useQueueStore((s) => s.filters);
  const scope = useQueueStore((s) => s.scope);
  const sort = useQueueStore((s) => s.sort);
  const active = useQueueStore(hasActiveFilters);
  const { setStatusFilter, setFilter, setSort, clearFilters } = useQueueStore.getState();
  const facets = useFacets();
  const set = <K extends keyof Filters>(key: K) => (value: Filters[K]) => setFilter({ [key]: value } as Partial<Filters>);

  return (
    <div className="queue-toolbar queue-toolbar--filters" role="group" aria-label="Filters">
      <FilterSelect<StatusFilter>
        label="Status"
        testId="filter-status"
        value={statusFilter}
        onChange={setStatusFilter}
        options={[['all', 'All statuses'], ['open', 'Open work'], ...STATUSES.map((s) => [s, STATUS_LABELS[s]] as const)]}
      />
      <FilterSelect
        label="SLA"
        testId="filter-sla"
        value={filters.sla}
        onChange={set('sla')}
        options={[['all', 'Any'], ...SLA_STATES.map((s) => [s, SLA_STATE_LABELS[s]] as const)]}
      />
      <FilterSelect
        label="Family"
        testId="filter-family"
        value={filters.productFamily}
        onChange={set('productFamily')}
        options={[['all', 'All product families'], ...PRODUCT_FAMILIES.map((f) => [f, PRODUCT_FAMILY_LABELS[f]] as const)]}
      />
      <FilterSelect
        label="Activity"
        testId="filter-activity"
        value={filters.activity}
        onChange={set('activity')}
        options={[['all', 'Any activity'], ...facets.activities.map((a) => [a, a] as const)]}
      />
      {scope === 'all' && (
        <FilterSelect
          label="Assignee"
          testId="filter-assignee"
          value={filters.assignee}
          onChange={set('assignee')}
          options={[['all', 'Anyone'], ...facets.assignees.map((a) => [a, a] as const)]}
        />
      )}
      <FilterSelect<QueueSort>
        label="Sort"
        testId="queue-sort"
        value={sort}
        onChange={setSort}
        options={(Object.keys(SORT_LABELS) as QueueSort[]).map((v) => [v, SORT_LABELS[v]] as const)}
      />
      <div className="queue-toolbar__spacer" />
      {active && (
        <Button variant="ghost" size="small" onClick={clearFilters} data-testid="clear-filters">
          Clear filters
        </Button>
      )}
    </div>
  );
}
