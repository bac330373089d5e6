import { Suspense } from 'react';
import type { AgeBucketCount } from '../../../shared/api/team';
import { formatCount } from '../../ui/format';
import { Spinner } from '../../ui/Spinner';
import { ChartCard } from './ChartCard';
import { ageRows } from './chartRows';
import { AgeingChart } from './lazyCharts';

/** Open claims by business days since submission. */
export function AgeingCard({ ageing }: { readonly ageing: readonly AgeBucketCount[] }) {
  const rows = ageRows(ageing);
  const total = rows.reduce((n, r) => n + r.claims, 0);
  const summary = `Open claims by age in business days since submission: ${rows.map((r) => `${r.label}, ${r.claims}`).join('; ')}`;
  return (
    <ChartCard
      title="Ageing"
      sub={`${formatCount(total)} open claims, business days since submission`}
      testId="ageing-card"
      chart={
        <Suspense fallback={<Spinner label="Loading the chart" />}>
          <AgeingChart rows={rows} label={summary} />
        </Suspense>
      }
      table={
        <table className="team-table team-table--numbers" data-testid="ageing-table">
          <caption className="visually-hidden">Open claims by age in business days since submission</caption>
          <thead>
            <tr>
              <th scope="col">Age</th>
              <th scope="col" className="num">Open claims</th>
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
              <th scope="row">All open claims</th>
              <td className="num">{formatCount(total)}</td>
            </tr>
          </tfoot>
        </table>
      }
    />
  );
}
