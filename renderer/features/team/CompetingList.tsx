import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
import type { TeamDashboard } from '../../../shared/api/team';
import { Badge } from '../../ui/Badge';
import { ChipList } from '../../ui/ChipList';
import { formatCountdown, liveState, useCountdownCalendar } from '../../ui/countdown';
import { formatDate } from '../../i18n/format';
import { SlaBadge } from '../../ui/SlaBadge';
import { StatusBadge } from '../../ui/StatusBadge';
import { useNow } from '../../ui/useNow';
import { ClaimLink } from './ClaimLink';
import { TeamCard } from './TeamCard';

/** Customers claimed by more than one partner for the same workload: reviewed side by side. */
export function CompetingList({ competing }: { readonly competing: TeamDashboard['competing'] }) {
  const { t } = useTranslation();
  const now = useNow();
  const calendar = useCountdownCalendar();
  return (
    <TeamCard
      title={t('team.competing.title')}
      sub={t('team.competing.sub', { count: competing.total })}
      testId="competing-list"
    >
      {competing.groups.length === 0 ? (
        <p className="team-empty">{t('team.competing.empty')}</p>
      ) : (
        <ul className="competing-groups">
          {competing.groups.map((group) => (
            <li key={group.customer.tenantId} className="competing-group" data-testid="competing-group">
              <div className="competing-group__customer">
                <span className="competing-group__name" translate="no">
                  {group.customer.name}
                </span>
                <span className="mono faint small" title={t('team.competing.tenant', { id: group.customer.tenantId })} translate="no">
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
                <caption className="visually-hidden">
                  <Trans i18nKey="team.competing.caption" components={{ customer: <span translate="no">{group.customer.name}</span> }} />
                </caption>
                <thead className="visually-hidden">
                  <tr>
                    <th scope="col">{t('team.competing.claim')}</th>
                    <th scope="col">{t('team.competing.partner')}</th>
                    <th scope="col">{t('team.competing.status')}</th>
                    <th scope="col">{t('team.competing.assignee')}</th>
                    <th scope="col">{t('team.competing.submitted')}</th>
                    <th scope="col">{t('team.competing.shared')}</th>
                    <th scope="col">{t('team.competing.clock')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.claims.map((claim, i) => (
                    <tr key={claim.id} data-claim-id={claim.id}>
                      <td>
                        <ClaimLink id={claim.id} />
                      </td>
                      <td className="team-table__text" title={t('team.competing.partnerTitle', { partner: claim.partner.name, mpn: claim.partner.mpnId })}>
                        <span translate="no">{claim.partner.name}</span>
                      </td>
                      <td>
                        <StatusBadge status={claim.status} />
                      </td>
                      <td className="team-table__text">{claim.assignee ? <span translate="no">{claim.assignee}</span> : <span className="faint">{t('team.unassigned')}</span>}</td>
                      <td className="competing-group__submitted tabular small">
                        {formatDate(claim.submittedAt)} {i === 0 && <Badge tone="info">{t('team.competing.latest')}</Badge>}
                      </td>
                      <td>
                        {claim.sameSubscription && <Badge tone="violet">{t('team.competing.sameSubscription')}</Badge>}
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
          {t('team.competing.more', { shown: competing.groups.length, total: competing.total })}
        </p>
      )}
    </TeamCard>
  );
}
