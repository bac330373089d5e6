import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { QueueRow } from '../../../shared/api/schemas';
import type { TeamDashboard } from '../../../shared/api/team';
import { formatCount } from '../../i18n/format';
import { Tabs } from '../../ui/Tabs';
import { AssignOneDialog } from './AssignOneDialog';
import { TeamCard } from './TeamCard';
import { BulkAssignBar } from './BulkAssignBar';
import { type UrgentList, UrgentTable } from './UrgentTable';


/** Breached and at-risk claims, ready to be handed to someone. */
export function UrgentClaims({ dashboard }: { readonly dashboard: TeamDashboard }) {
  const { t } = useTranslation();
  const [list, setList] = useState<UrgentList>(dashboard.breached.total === 0 && dashboard.atRisk.total > 0 ? 'atRisk' : 'breached');
  const [assignOne, setAssignOne] = useState<QueueRow | null>(null);
  const openClaims = useMemo(() => new Map(dashboard.reviewers.map((r) => [r.reviewer, r.open])), [dashboard.reviewers]);
  const shown = dashboard[list];
  const tab = (key: UrgentList) => ({
    key,
    testId: `urgent-tab-${key}`,
    label: (
      <>
        {t(`team.urgent.tab.${key}`)} <span className="tabs__count tabular">{formatCount(dashboard[key].total)}</span>
      </>
    ),
  });
  return (
    <TeamCard title={t('team.urgent.title')} sub={t('team.urgent.sub')} className="team-card--urgent" testId="urgent-claims">
      <BulkAssignBar reviewers={dashboard.knownReviewers} openClaims={openClaims} />
      <Tabs label={t('team.urgent.tabs')} tabs={[tab('breached'), tab('atRisk')]} active={list} onChange={setList}>
        {shown.claims.length === 0 ? (
          <p className="team-empty">{t(`team.urgent.empty.${list}`)}</p>
        ) : (
          <div className="team-table-scroll">
            <UrgentTable list={list} claims={shown.claims} onAssignOne={setAssignOne} />
          </div>
        )}
        {shown.total > shown.claims.length && (
          <p className="team-more faint small">
            {t('team.urgent.more', { shown: shown.claims.length, total: shown.total })}
          </p>
        )}
      </Tabs>
      <AssignOneDialog claim={assignOne} reviewers={dashboard.knownReviewers} openClaims={openClaims} onClose={() => setAssignOne(null)} />
    </TeamCard>
  );
}
