import { Suspense } from 'react';
import type { DecisionDay } from '../../../shared/api/team';
import { DECISION_OUTCOMES } from '../../../shared/domain/team-metrics';
import { formatCount } from '../../ui/format';
import { Spinner } from '../../ui/Spinner';
import { ChartCard } from './ChartCard';
import { dayRows, OUTCOME_LABELS } from './chartRows';
import { DecisionsChart } from './lazyCharts';

/** Reviewers' decisions per day of the business calendar, by outcome. */
export function DecisionsCard({ days }: { readonly days: readonly DecisionDay[] }) {
  const rows = dayRows(days);
  const total = rows.reduce((n, r) => n + r.total, 0);
  const summary = `Decisions per day over the last ${rows.length} days, ${total} in all: ${rows.map((r) => `${r.longLabel}, ${r.total}`).join('; ')}`;
  return (
    <ChartCard
      title="Decisions per day"
      sub={`${formatCount(total)} in the last ${rows.length} days`}
      testId="decisions-card"
      chart={
        <Suspense fallback={<Spinner label="Loading the chart" />}>
          <DecisionsChart rows={rows} label={summary} />
        </Suspense>
      }
      table={
        <div className="team-table-scroll team-table-scroll--chart">
          <table className="team-table team-table--numbers" data-testid="decisions-table">
            <caption className="visually-hidden">Decisions per day by outcome</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {DECISION_OUTCOMES.map((o) => (
                  <th key={o} scope="col" className="num">
                    {OUTCOME_LABELS[o]}
                  </th>
                ))}
                <th scope="col" className="num">All</th>
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
