import { useTranslation } from '../../i18n/useTranslation';
import type { TeamDashboard } from '../../../shared/api/team';
import { useSessionStore } from '../../state/sessionStore';
import { i18n } from '../../i18n/i18n';
import { formatCount, formatDecimal } from '../../i18n/format';
import { TeamCard } from './TeamCard';

function medianText(days: number | null): string {
  if (days === null) return '—';
  return i18n.t('format.countdown.businessDays', { n: formatDecimal(days) });
}

/** The columns headed by their name alone; the period's own carry a tooltip. */
const FIGURES = ['open', 'atRisk', 'breached', 'today'] as const;

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
  const { t } = useTranslation();
  const me = useSessionStore((s) => s.info?.user);
  const days = dashboard.decisionsPerDay.length;
  const most = Math.max(1, ...dashboard.reviewers.map((r) => r.open), dashboard.unassigned.open);
  return (
    <TeamCard title={t('team.load.title')} sub={t('team.load.sub')} testId="reviewer-load">
      <div className="team-table-scroll">
        <table className="team-table team-table--numbers">
          <caption className="visually-hidden">{t('team.load.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.load.reviewer')}</th>
              {FIGURES.map((figure) => (
                <th key={figure} scope="col" className="num">
                  {t(`team.load.${figure}`)}
                </th>
              ))}
              <th scope="col" className="num" title={t('team.load.weekTitle')}>
                {t('team.load.week')}
              </th>
              <th scope="col" className="num" title={t('team.load.periodTitle', { days })}>
                {t('team.load.period', { days })}
              </th>
              <th scope="col" className="num" title={t('team.load.medianTitle', { days })}>
                {t('team.load.median')}
              </th>
            </tr>
          </thead>
          <tbody>
            {dashboard.reviewers.map((r) => (
              <tr key={r.reviewer} data-testid="load-row" data-reviewer={r.reviewer}>
                <th scope="row" className="team-table__text">
                  <span translate="no">{r.reviewer}</span>
                  {r.reviewer === me && <span className="faint"> {t('team.load.you')}</span>}
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
                {t('team.unassigned')}
              </th>
              <LoadCells load={dashboard.unassigned} most={most} />
              <td className="num" colSpan={4} />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="team-note faint small">
        {t('team.load.note', { days })}
      </p>
    </TeamCard>
  );
}
