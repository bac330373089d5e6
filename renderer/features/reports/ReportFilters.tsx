import { useTranslation } from 'react-i18next';
import { ACTIONS, type Action, POLICY_IDS, PRODUCT_FAMILIES, STATUSES } from '../../../shared/domain/codes';
import { defaultPeriod, useReportsStore } from '../../state/reportsStore';
import { Button } from '../../ui/Button';
import { actionLabel, productFamilyLabel, statusLabel } from '../../ui/labels';

/** The report's period and filters; each change asks the store for a new preview. */
export function ReportFilters({ reviewers }: { readonly reviewers: readonly string[] }) {
  const { t } = useTranslation();
  const filters = useReportsStore((s) => s.filters);
  const setFilters = useReportsStore((s) => s.setFilters);
  const reset = () => setFilters({ ...defaultPeriod(), reviewer: '', status: undefined, action: undefined, productFamily: undefined, policy: undefined });

  return (
    <div className="report-filters" role="group" aria-label={t('reports.filters.label')}>
      <label className="report-filter">
        <span>{t('reports.filters.from')}</span>
        <input type="date" className="input" value={filters.from ?? ''} max={filters.to} onChange={(e) => setFilters({ from: e.target.value })} data-testid="report-from" />
      </label>
      <label className="report-filter">
        <span>{t('reports.filters.to')}</span>
        <input type="date" className="input" value={filters.to ?? ''} min={filters.from} onChange={(e) => setFilters({ to: e.target.value })} data-testid="report-to" />
      </label>
      <label className="report-filter">
        <span>{t('reports.filters.reviewer')}</span>
        <select className="select" value={filters.reviewer ?? ''} onChange={(e) => setFilters({ reviewer: e.target.value })} data-testid="report-reviewer">
          <option value="">{t('reports.filters.anyone')}</option>
          {reviewers.map((r) => (
            <option key={r} value={r} translate="no">
              {r}
            </option>
          ))}
        </select>
      </label>
      <label className="report-filter">
        <span>{t('reports.filters.action')}</span>
        <select className="select" value={filters.action ?? ''} onChange={(e) => setFilters({ action: (e.target.value || undefined) as Action | undefined })} data-testid="report-action">
          <option value="">{t('reports.filters.anyAction')}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </select>
      </label>
      <label className="report-filter">
        <span>{t('reports.filters.status')}</span>
        <select
          className="select"
          value={filters.status ?? ''}
          onChange={(e) => setFilters({ status: (e.target.value || undefined) as (typeof STATUSES)[number] | undefined })}
          data-testid="report-status"
        >
          <option value="">{t('reports.filters.anyStatus')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="report-filter">
        <span>{t('reports.filters.family')}</span>
        <select
          className="select"
          value={filters.productFamily ?? ''}
          onChange={(e) => setFilters({ productFamily: (e.target.value || undefined) as (typeof PRODUCT_FAMILIES)[number] | undefined })}
          data-testid="report-family"
        >
          <option value="">{t('reports.filters.anyFamily')}</option>
          {PRODUCT_FAMILIES.map((f) => (
            <option key={f} value={f}>
              {productFamilyLabel(f)}
            </option>
          ))}
        </select>
      </label>
      <label className="report-filter">
        <span>{t('reports.filters.policy')}</span>
        <select
          className="select"
          value={filters.policy ?? ''}
          onChange={(e) => setFilters({ policy: (e.target.value || undefined) as (typeof POLICY_IDS)[number] | undefined })}
          data-testid="report-policy"
        >
          <option value="">{t('reports.filters.anyPolicy')}</option>
          {POLICY_IDS.map((p) => (
            <option key={p} value={p}>
              {t('reports.filters.policyName', { id: p })}
            </option>
          ))}
        </select>
      </label>
      <Button variant="ghost" size="small" onClick={reset} data-testid="report-reset">
        {t('reports.filters.reset')}
      </Button>
    </div>
  );
}
