// The second toolbar row: everything that narrows the list, and one click to undo it all.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { QueueFacets } from '../../../shared/api/schemas';
import { PRODUCT_FAMILIES, SLA_STATES, STATUSES } from '../../../shared/domain/codes';
import { call } from '../../api/client';
import { hasActiveFilters, type QueueFilters as Filters, type QueueSort, type StatusFilter, useQueueStore } from '../../state/queueStore';
import { Button } from '../../ui/Button';
import { productFamilyLabel, slaStateLabel, statusLabel } from '../../i18n/labels';

const SORTS: readonly QueueSort[] = ['sla', 'age', 'partner'];

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
  /** The options are data (activities, reviewers' names): never translated. */
  readonly data?: boolean;
}

function FilterSelect<T extends string>({ label, value, onChange, options, testId, data = false }: SelectProps<T>) {
  const id = useId();
  return (
    <div className="queue-toolbar__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} data-testid={testId} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([v, text], i) => (
          <option key={v} value={v} translate={data && i > 0 ? 'no' : undefined}>
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
  const { t } = useTranslation();
  const set = <K extends keyof Filters>(key: K) => (value: Filters[K]) => setFilter({ [key]: value } as Partial<Filters>);

  return (
    <div className="queue-toolbar queue-toolbar--filters" role="group" aria-label={t('queue.filters.label')}>
      <FilterSelect<StatusFilter>
        label={t('queue.filters.status')}
        testId="filter-status"
        value={statusFilter}
        onChange={setStatusFilter}
        options={[['all', t('queue.filters.allStatuses')], ['open', t('queue.filters.openWork')], ...STATUSES.map((s) => [s, statusLabel(s)] as const)]}
      />
      <FilterSelect
        label={t('queue.filters.sla')}
        testId="filter-sla"
        value={filters.sla}
        onChange={set('sla')}
        options={[['all', t('queue.filters.anySla')], ...SLA_STATES.map((s) => [s, slaStateLabel(s)] as const)]}
      />
      <FilterSelect
        label={t('queue.filters.family')}
        testId="filter-family"
        value={filters.productFamily}
        onChange={set('productFamily')}
        options={[['all', t('queue.filters.allFamilies')], ...PRODUCT_FAMILIES.map((f) => [f, productFamilyLabel(f)] as const)]}
      />
      <FilterSelect
        label={t('queue.filters.activity')}
        testId="filter-activity"
        value={filters.activity}
        onChange={set('activity')}
        options={[['all', t('queue.filters.anyActivity')], ...facets.activities.map((a) => [a, a] as const)]}
        data
      />
      {scope === 'all' && (
        <FilterSelect
          label={t('queue.filters.assignee')}
          testId="filter-assignee"
          value={filters.assignee}
          onChange={set('assignee')}
          options={[['all', t('queue.filters.anyone')], ...facets.assignees.map((a) => [a, a] as const)]}
          data
        />
      )}
      <FilterSelect<QueueSort>
        label={t('queue.filters.sort')}
        testId="queue-sort"
        value={sort}
        onChange={setSort}
        options={SORTS.map((v) => [v, t(`queue.sort.${v}`)] as const)}
      />
      <div className="queue-toolbar__spacer" />
      {active && (
        <Button variant="ghost" size="small" onClick={clearFilters} data-testid="clear-filters">
          {t('queue.filters.clear')}
        </Button>
      )}
    </div>
  );
}
