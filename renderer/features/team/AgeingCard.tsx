import { Suspense } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AgeBucketCount } from '../../../shared/api/team';
import { formatCount } from '../../i18n/format';
import { Spinner } from '../../ui/Spinner';
import { ChartCard } from './ChartCard';
import { ageRows } from './chartRows';
import { AgeingChart } from './lazyCharts';

/** Open claims by business days since submission. */
export function AgeingCard({ ageing }: { readonly ageing: readonly AgeBucketCount[] }) {
  const { t } = useTranslation();
  const rows = ageRows(ageing);
  const total = rows.reduce((n, r) => n + r.claims, 0);
  const list = rows.map((r) => t('team.ageing.summaryItem', { label: r.label, count: r.claims })).join(t('team.listSeparator'));
  return (
    <ChartCard
      title={t('team.ageing.title')}
      sub={t('team.ageing.sub', { count: total })}
      testId="ageing-card"
      chart={
        <Suspense fallback={<Spinner label={t('team.chartLoading')} />}>
          <AgeingChart rows={rows} label={t('team.ageing.summary', { list })} />
        </Suspense>
      }
      table={
        <table className="team-table team-table--numbers" data-testid="ageing-table">
          <caption className="visually-hidden">{t('team.ageing.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.ageing.age')}</th>
              <th scope="col" className="num">
                {t('team.ageing.claims')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td className="num">{formatCount(r.claims)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('team.ageing.all')}</th>
              <td className="num">{formatCount(total)}</td>
            </tr>
          </tfoot>
        </table>
      }
    />
  );
}
