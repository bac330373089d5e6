import { useTranslation } from '../../i18n/useTranslation';
import type { TeamDashboard } from '../../../shared/api/team';
import { SLA_STATES, STATUSES } from '../../../shared/domain/codes';
import { formatCount } from '../../i18n/format';
import { slaStateLabel } from '../../i18n/labels';
import { SLA_STATE_TONES } from '../../ui/tones';
import { StatusBadge } from '../../ui/StatusBadge';

/** The headline numbers: open work, every SLA state, and every status. */
export function SummaryTiles({ dashboard }: { readonly dashboard: TeamDashboard }) {
  const { t } = useTranslation();
  return (
    <section className="team-summary" aria-label={t('team.summary.label')}>
      <div className="team-tiles">
        <div className="team-tile team-tile--open" data-testid="tile-open" data-count={dashboard.open}>
          <span className="team-tile__label">{t('team.summary.open')}</span>
          <span className="team-tile__value tabular">{formatCount(dashboard.open)}</span>
          <span className="team-tile__hint">{t('team.summary.unassigned', { count: dashboard.unassigned.open })}</span>
        </div>
        {SLA_STATES.map((state) => (
          <div key={state} className={`team-tile team-tile--${SLA_STATE_TONES[state]}`} data-testid={`tile-sla-${state}`} data-count={dashboard.bySla[state]}>
            <span className="team-tile__label">{slaStateLabel(state)}</span>
            <span className="team-tile__value tabular">{formatCount(dashboard.bySla[state])}</span>
            <span className="team-tile__hint">{t(`team.summary.slaHint.${state}`)}</span>
          </div>
        ))}
      </div>
      <ul className="team-statuses" aria-label={t('team.summary.byStatus')}>
        {STATUSES.map((status) => (
          <li key={status} className={dashboard.byStatus[status] === 0 ? 'team-statuses__item team-statuses__item--none' : 'team-statuses__item'} data-testid={`tile-status-${status}`} data-count={dashboard.byStatus[status]}>
            <StatusBadge status={status} />
            <span className="tabular">{formatCount(dashboard.byStatus[status])}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
