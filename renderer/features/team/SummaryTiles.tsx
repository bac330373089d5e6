import type { TeamDashboard } from '../../../shared/api/team';
import { SLA_STATES, STATUSES } from '../../../shared/domain/codes';
import { formatCount } from '../../ui/format';
import { SLA_STATE_TONES, slaStateLabel } from '../../ui/labels';
import { StatusBadge } from '../../ui/StatusBadge';

const SLA_HINTS = {
  breached: 'past the deadline of their clock',
  'at-risk': 'in the last business day of their clock',
  'on-track': 'clocks running with time to spare',
  paused: 'waiting on the partner or the customer',
} as const;

/** The headline numbers: open work, every SLA state, and every status. */
export function SummaryTiles({ dashboard }: { readonly dashboard: TeamDashboard }) {
  return (
    <section className="team-summary" aria-label="Counts">
      <div className="team-tiles">
        <div className="team-tile team-tile--open" data-testid="tile-open" data-count={dashboard.open}>
          <span className="team-tile__label">Open claims</span>
          <span className="team-tile__value tabular">{formatCount(dashboard.open)}</span>
          <span className="team-tile__hint">{formatCount(dashboard.unassigned.open)} unassigned</span>
        </div>
        {SLA_STATES.map((state) => (
          <div key={state} className={`team-tile team-tile--${SLA_STATE_TONES[state]}`} data-testid={`tile-sla-${state}`} data-count={dashboard.bySla[state]}>
            <span className="team-tile__label">{slaStateLabel(state)}</span>
            <span className="team-tile__value tabular">{formatCount(dashboard.bySla[state])}</span>
            <span className="team-tile__hint">{SLA_HINTS[state]}</span>
          </div>
        ))}
      </div>
      <ul className="team-statuses" aria-label="Claims by status">
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
