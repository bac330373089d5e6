import { Suspense } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DecisionDay } from '../../../shared/api/team';
import { DECISION_OUTCOMES } from '../../../shared/domain/team-metrics';
import { formatCount } from '../../i18n/format';
import { Spinner } from '../../ui/Spinner';
import { ChartCard } from './ChartCard';
import { dayRows, outcomeLabel } from './chartRows';
import { DecisionsChart } from './lazyCharts';

/** Reviewers' decisions per day of the business calendar, by outcome. */
export function DecisionsCard({ days }: { readonly days: readonly DecisionDay[] }) {
  const { t } = useTranslation();
  const rows = dayRows(days);
  const total = rows.reduce((n, r) => n + r.total, 0);
  const list = rows.map((r) => t('team.decisions.summaryItem', { label: r.longLabel, count: r.total })).join(t('team.listSeparator'));
  const summary = t('team.decisions.summary', { count: total, days: rows.length, list });
  return (
    <ChartCard
      title={t('team.decisions.title')}
      sub={t('team.decisions.sub', { count: total, days: rows.length })}
      testId="decisions-card"
      chart={
        <Suspense fallback={<Spinner label={t('team.chartLoading')} />}>
          <DecisionsChart rows={rows} label={summary} />
        </Suspense>
      }
      table={
        <div className="team-table-scroll team-table-scroll--chart">
          <table className="team-table team-table--numbers" data-testid="decisions-table">
            <caption className="visually-hidden">{t('team.decisions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.decisions.day')}</th>
                {DECISION_OUTCOMES.map((o) => (
                  <th key={o} scope="col" className="num">
                    {outcomeLabel(o)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('team.decisions.all')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.date} className={r.weekend ? 'team-table__row--weekend' : undefined}>
                  <th scope="row">
                    <time dateTime={r.date}>{r.longLabel}</time>
                  </th>
                  {DECISION_OUTCOMES.map((o) => (
                    <td key={o} className={r[o] === 0 ? 'num num--zero' : 'num'}>
                      {formatCount(r[o])}
                    </td>
                  ))}
                  <td className="num">{formatCount(r.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    />
  );
}
