import { useMemo, useState } from 'react';
import type { QueueRow } from '../../../shared/api/schemas';
import type { TeamDashboard } from '../../../shared/api/team';
import { formatCount } from '../../ui/format';
import { Tabs } from '../../ui/Tabs';
import { AssignOneDialog } from './AssignOneDialog';
import { TeamCard } from './TeamCard';
import { BulkAssignBar } from './BulkAssignBar';
import { UrgentTable } from './UrgentTable';

type List = 'breached' | 'atRisk';

const LABELS: Record<List, string> = { breached: 'Breached', atRisk: 'At risk' };

/** Breached and at-risk claims, ready to be handed to someone. */
export function UrgentClaims({ dashboard }: { readonly dashboard: TeamDashboard }) {
  const [list, setList] = useState<List>(dashboard.breached.total === 0 && dashboard.atRisk.total > 0 ? 'atRisk' : 'breached');
  const [assignOne, setAssignOne] = useState<QueueRow | null>(null);
  const openClaims = useMemo(() => new Map(dashboard.reviewers.map((r) => [r.reviewer, r.open])), [dashboard.reviewers]);
  const shown = dashboard[list];
  const tab = (key: List) => ({
    key,
    testId: `urgent-tab-${key}`,
    label: (
      <>
        {LABELS[key]} <span className="tabs__count tabular">{formatCount(dashboard[key].total)}</span>
      </>
    ),
  });
  return (
    <TeamCard title="Urgent claims" sub="Most overdue first; the countdowns run in business time" className="team-card--urgent" testId="urgent-claims">
      <BulkAssignBar reviewers={dashboard.knownReviewers} openClaims={openClaims} />
      <Tabs label="Urgent lists" tabs={[tab('breached'), tab('atRisk')]} active={list} onChange={setList}>
        {shown.claims.length === 0 ? (
          <p className="team-empty">{list === 'breached' ? 'No claim is past its deadline.' : 'No claim is in its last business day.'}</p>
        ) : (
          <div className="team-table-scroll">
            <UrgentTable label={LABELS[list]} claims={shown.claims} onAssignOne={setAssignOne} />
          </div>
        )}
        {shown.total > shown.claims.length && (
          <p className="team-more faint small">
            Showing the {formatCount(shown.claims.length)} most urgent of {formatCount(shown.total)}; the desk's queue lists them all.
          </p>
        )}
      </Tabs>
      <AssignOneDialog claim={assignOne} reviewers={dashboard.knownReviewers} openClaims={openClaims} onClose={() => setAssignOne(null)} />
    </TeamCard>
  );
}
