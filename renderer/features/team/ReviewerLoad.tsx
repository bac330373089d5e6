import type { TeamDashboard } from '../../../shared/api/team';
import { useSessionStore } from '../../state/sessionStore';
import { formatCount } from '../../ui/format';
import { TeamCard } from './TeamCard';

function medianText(days: number | null): string {
  if (days === null) return '—';
  return `${Number.isInteger(days) ? days : days.toFixed(1)} bd`;
}

const urgent = (n: number, tone: 'warn' | 'danger') => (n > 0 ? `num num--${tone}` : 'num num--zero');

/** Open claims with a bar against the busiest row, then how many of them are at risk and breached. */
function LoadCells({ load, most }: { readonly load: TeamDashboard['unassigned']; readonly most: number }) {
  return (
    <>
      <td className="num" data-testid="load-open">
        <span className="load-cell">
          <span className="load-bar" aria-hidden="true">
            <span className="load-bar__fill" style={{ width: `${(load.open / most) * 100}%` }} />
          </span>
          <span className="tabular">{formatCount(load.open)}</span>
        </span>
      </td>
      <td className={urgent(load.atRisk, 'warn')}>{formatCount(load.atRisk)}</td>
      <td className={urgent(load.breached, 'danger')}>{formatCount(load.breached)}</td>
    </>
  );
}

/** Open work and decisions per reviewer, with the unassigned work as the last row. */
export function ReviewerLoad({ dashboard }: { readonly dashboard: TeamDashboard }) {
  const me = useSessionStore((s) => s.info?.user);
  const days = dashboard.decisionsPerDay.length;
  const most = Math.max(1, ...dashboard.reviewers.map((r) => r.open), dashboard.unassigned.open);
  return (
    <TeamCard title="Load and throughput" sub="Decisions: approve, request information, reject, answer a dispute" testId="reviewer-load">
      <div className="team-table-scroll">
        <table className="team-table team-table--numbers">
          <caption className="visually-hidden">Open claims and decisions per reviewer</caption>
          <thead>
            <tr>
              <th scope="col">Reviewer</th>
              <th scope="col" className="num">Open</th>
              <th scope="col" className="num">At risk</th>
              <th scope="col" className="num">Breached</th>
              <th scope="col" className="num">Today</th>
              <th scope="col" className="num" title="Decisions since Monday">
                Week
              </th>
              <th scope="col" className="num" title={`Decisions in the last ${days} days`}>
                {days} d
              </th>
              <th scope="col" className="num" title={`Median business days from submission to the decision, over the last ${days} days`}>
                Median
              </th>
            </tr>
          </thead>
          <tbody>
            {dashboard.reviewers.map((r) => (
              <tr key={r.reviewer} data-testid="load-row" data-reviewer={r.reviewer}>
                <th scope="row" className="team-table__text">
                  {r.reviewer}
                  {r.reviewer === me && <span className="faint"> (you)</span>}
                </th>
                <LoadCells load={r} most={most} />
                <td className="num">{formatCount(r.decidedToday)}</td>
                <td className="num">{formatCount(r.decidedThisWeek)}</td>
                <td className="num">{formatCount(r.decidedInPeriod)}</td>
                <td className="num">{medianText(r.medianBusinessDays)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="load-row" data-reviewer="">
              <th scope="row" className="team-table__text">
                Unassigned
              </th>
              <LoadCells load={dashboard.unassigned} most={most} />
              <td className="num" colSpan={4} />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="team-note faint small">
        Median: business days from submission to each decision of the last {days} days. Today and this week follow the business calendar's time zone.
      </p>
    </TeamCard>
  );
}
