import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { QueueRow } from '../../../shared/api/schemas';
import { SlaCell } from '../../ui/SlaCell';
import { StatusBadge } from '../../ui/StatusBadge';
import { useNow } from '../../ui/useNow';
import { useTeamStore } from '../../state/teamStore';
import { ClaimLink } from './ClaimLink';

/** The urgent list shown: its caption and "select all" say which. */
export type UrgentList = 'breached' | 'atRisk';

interface UrgentTableProps {
  readonly list: UrgentList;
  readonly claims: readonly QueueRow[];
  /** Opens the single-claim assignment for one row. */
  readonly onAssignOne: (claim: QueueRow) => void;
}

/** "Select all" shows mixed when some rows are ticked: the DOM property has no attribute. */
function SelectAll({ ids, label }: { readonly ids: readonly string[]; readonly label: string }) {
  const selected = useTeamStore((s) => s.selected);
  const setSelected = useTeamStore((s) => s.setSelected);
  const ticked = ids.filter((id) => selected.has(id)).length;
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = ticked > 0 && ticked < ids.length;
  }, [ticked, ids.length]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="team-check"
      checked={ids.length > 0 && ticked === ids.length}
      onChange={(e) => setSelected(ids, e.target.checked)}
      aria-label={label}
      data-testid="select-all"
    />
  );
}

/** The claims of one urgent list: tick to assign in bulk, or assign one; the clock counts live. */
export function UrgentTable({ list, claims, onAssignOne }: UrgentTableProps) {
  const { t } = useTranslation();
  const selected = useTeamStore((s) => s.selected);
  const toggle = useTeamStore((s) => s.toggle);
  const now = useNow();
  return (
    <table className="team-table team-table--urgent" data-testid="urgent-table">
      <caption className="visually-hidden">{t(`team.urgent.caption.${list}`)}</caption>
      <thead>
        <tr>
          <th scope="col" className="team-table__check">
            <SelectAll ids={claims.map((c) => c.id)} label={t(`team.urgent.selectAll.${list}`)} />
          </th>
          <th scope="col">{t('team.urgent.claim')}</th>
          <th scope="col">{t('team.urgent.partnerAndCustomer')}</th>
          <th scope="col">{t('team.urgent.status')}</th>
          <th scope="col">{t('team.urgent.assignee')}</th>
          <th scope="col">{t('team.urgent.clock')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('team.urgent.assign')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim) => (
          <tr key={claim.id} className={selected.has(claim.id) ? 'team-table__row--selected' : undefined} data-testid="urgent-row" data-claim-id={claim.id}>
            <td className="team-table__check">
              <input
                type="checkbox"
                className="team-check"
                checked={selected.has(claim.id)}
                onChange={() => toggle(claim.id)}
                aria-label={t('team.urgent.select', { id: claim.id })}
                data-testid="select-claim"
              />
            </td>
            <td>
              <ClaimLink id={claim.id} />
            </td>
            <td className="team-table__text team-table__two-lines" title={t('team.urgent.partnerFor', { partner: claim.partner.name, mpn: claim.partner.mpnId, customer: claim.customer.name })}>
              <span translate="no">{claim.partner.name}</span>
              <span className="faint small" translate="no">
                {claim.customer.name}
              </span>
            </td>
            <td>
              <StatusBadge status={claim.status} />
            </td>
            <td className="team-table__text" data-testid="urgent-assignee">
              {claim.assignee ? <span translate="no">{claim.assignee}</span> : <span className="faint">{t('team.unassigned')}</span>}
            </td>
            <td className="team-table__clock" data-testid="urgent-clock">
              <SlaCell sla={claim.sla} now={now} />
            </td>
            <td className="team-table__action">
              <button type="button" className="team-row-action" onClick={() => onAssignOne(claim)} aria-label={t('team.urgent.assignOneLabel', { id: claim.id })} data-testid="assign-one">
                {t('team.urgent.assignOne')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
