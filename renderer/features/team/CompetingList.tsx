import type { TeamDashboard } from '../../../shared/api/team';
import { Badge } from '../../ui/Badge';
import { ChipList } from '../../ui/ChipList';
import { formatCountdown, liveState, useCountdownCalendar } from '../../ui/countdown';
import { formatCount, formatDate } from '../../ui/format';
import { SlaBadge } from '../../ui/SlaBadge';
import { StatusBadge } from '../../ui/StatusBadge';
import { useNow } from '../../ui/useNow';
import { ClaimLink } from './ClaimLink';
import { TeamCard } from './TeamCard';

/** Customers claimed by more than one partner for the same workload: reviewed side by side. */
export function CompetingList({ competing }: { readonly competing: TeamDashboard['competing'] }) {
  const now = useNow();
  const calendar = useCountdownCalendar();
  return (
    <TeamCard
      title="Competing claims"
      sub={`${formatCount(competing.total)} ${competing.total === 1 ? 'customer' : 'customers'} claimed by more than one partner · the most recent PoE counts`}
      testId="competing-list"
    >
      {competing.groups.length === 0 ? (
        <p className="team-empty">No customer is claimed by two partners for the same workload.</p>
      ) : (
        <ul className="competing-groups">
          {competing.groups.map((group) => (
            <li key={group.customer.tenantId} className="competing-group" data-testid="competing-group">
              <div className="competing-group__customer">
                <span className="competing-group__name">{group.customer.name}</span>
                <span className="mono faint small" title={`Tenant ${group.customer.tenantId}`}>
                  {group.customer.tenantId}
                </span>
              </div>
              <table className="team-table team-table--compact team-table--fixed">
                <colgroup>
                  <col className="competing-col--claim" />
                  <col />
                  <col className="competing-col--status" />
                  <col className="competing-col--assignee" />
                  <col className="competing-col--submitted" />
                  <col className="competing-col--shared" />
                  <col className="competing-col--clock" />
                </colgroup>
                <caption className="visually-hidden">Competing claims on {group.customer.name}</caption>
                <thead className="visually-hidden">
                  <tr>
                    <th scope="col">Claim</th>
                    <th scope="col">Partner</th>
                    <th scope="col">Status</th>
                    <th scope="col">Assignee</th>
                    <th scope="col">Submitted</th>
                    <th scope="col">Shared</th>
                    <th scope="col">Clock</th>
                  </tr>
                </thead>
                <tbody>
                  {group.claims.map((claim, i) => (
                    <tr key={claim.id} data-claim-id={claim.id}>
                      <td>
                        <ClaimLink id={claim.id} />
                      </td>
                      <td className="team-table__text" title={`${claim.partner.name} (MPN ${claim.partner.mpnId})`}>
                        {claim.partner.name}
                      </td>
                      <td>
                        <StatusBadge status={claim.status} />
                      </td>
                      <td className="team-table__text">{claim.assignee ?? <span className="faint">Unassigned</span>}</td>
                      <td className="competing-group__submitted tabular small">
                        {formatDate(claim.submittedAt)} {i === 0 && <Badge tone="info">Latest</Badge>}
                      </td>
                      <td>
                        {claim.sameSubscription && <Badge tone="violet">Same subscription</Badge>}
                        <ChipList items={claim.products} />
                      </td>
                      <td className="small">
                        {claim.sla && (
                          <span className="team-clock">
                            <SlaBadge sla={{ ...claim.sla, state: liveState(claim.sla, now) }} />
                            <span className="tabular faint">{formatCountdown(claim.sla, now, calendar)}</span>
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </li>
          ))}
        </ul>
      )}
      {competing.total > competing.groups.length && (
        <p className="team-more faint small">
          Showing the {formatCount(competing.groups.length)} most urgent of {formatCount(competing.total)} customers.
        </p>
      )}
    </TeamCard>
  );
}
