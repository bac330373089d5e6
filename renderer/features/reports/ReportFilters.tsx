import { useTranslation } from '../../i18n/useTranslation';
import { ACTIONS, POLICY_IDS, PRODUCT_FAMILIES, STATUSES } from '../../../shared/domain/codes';
import { defaultPeriod, useReportsStore } from '../../state/reportsStore';
import { useSessionStore } from '../../state/sessionStore';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { actionLabel, productFamilyLabel, statusLabel } from '../../i18n/labels';

interface CodeSelectProps<T extends string> {
  readonly label: string;
  readonly any: string;
  readonly value: T | undefined;
  readonly codes: readonly T[];
  readonly name: (code: T) => string;
  readonly onChange: (code: T | undefined) => void;
  readonly testId: string;
}

/** One filter over a list of codes; the empty choice means any. */
function CodeSelect<T extends string>({ label, any, value, codes, name, onChange, testId }: CodeSelectProps<T>) {
  return (
    <label className="report-filter">
      <span>{label}</span>
      <select className="select" value={value ?? ''} onChange={(e) => onChange((e.target.value || undefined) as T | undefined)} data-testid={testId}>
        <option value="">{any}</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {name(code)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The report's period and filters; each change asks the store for a new preview. */
export function ReportFilters({ reviewers }: { readonly reviewers: readonly string[] }) {
  const { t } = useTranslation();
  const filters = useReportsStore((s) => s.filters);
  const setFilters = useReportsStore((s) => s.setFilters);
  const timeZone = useSessionStore((s) => s.info?.calendar.timeZone);
  const reset = () => setFilters({ ...defaultPeriod(timeZone), reviewer: '', status: undefined, action: undefined, productFamily: undefined, policy: undefined });

  return (
    <div className="report-filters" role="group" aria-label={t('reports.filters.label')}>
      <label className="report-filter">
        <span>{t('reports.filters.from')}</span>
        <DateField value={filters.from ?? ''} max={filters.to} onChange={(from) => setFilters({ from })} testId="report-from" label={t('reports.filters.from')} />
      </label>
      <label className="report-filter">
        <span>{t('reports.filters.to')}</span>
        <DateField value={filters.to ?? ''} min={filters.from} onChange={(to) => setFilters({ to })} testId="report-to" label={t('reports.filters.to')} />
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
      <CodeSelect label={t('reports.filters.action')} any={t('reports.filters.anyAction')} value={filters.action} codes={ACTIONS} name={actionLabel} onChange={(action) => setFilters({ action })} testId="report-action" />
      <CodeSelect label={t('reports.filters.status')} any={t('reports.filters.anyStatus')} value={filters.status} codes={STATUSES} name={statusLabel} onChange={(status) => setFilters({ status })} testId="report-status" />
      <CodeSelect
        label={t('reports.filters.family')}
        any={t('reports.filters.anyFamily')}
        value={filters.productFamily}
        codes={PRODUCT_FAMILIES}
        name={productFamilyLabel}
        onChange={(productFamily) => setFilters({ productFamily })}
        testId="report-family"
      />
      <CodeSelect
        label={t('reports.filters.policy')}
        any={t('reports.filters.anyPolicy')}
        value={filters.policy}
        codes={POLICY_IDS}
        name={(id) => t('reports.filters.policyName', { id })}
        onChange={(policy) => setFilters({ policy })}
        testId="report-policy"
      />
      <Button variant="ghost" size="small" onClick={reset} data-testid="report-reset">
        {t('reports.filters.reset')}
      </Button>
    </div>
  );
}
