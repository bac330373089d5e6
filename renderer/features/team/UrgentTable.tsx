import { useEffect, useRef } from 'react';
import type { QueueRow } from '../../../shared/api/schemas';
import { SlaCell } from '../../ui/SlaCell';
import { StatusBadge } from '../../ui/StatusBadge';
import { useNow } from '../../ui/useNow';
import { useTeamStore } from '../../state/teamStore';
import { ClaimLink } from './ClaimLink';

interface UrgentTableProps {
  readonly label: string;
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
      aria-label={`Select all ${label.toLowerCase()} claims`}
      data-testid="select-all"
    />
  );
}

/** The claims of one urgent list: tick to assign in bulk, or assign one; the clock counts live. */
export function UrgentTable({ label, claims, onAssignOne }: UrgentTableProps) {
  const selected = useTeamStore((s) => s.selected);
  const toggle = useTeamStore((s) => s.toggle);
  const now = useNow();
  return (
    <table className="team-table team-table--urgent" data-testid="urgent-table">
      <caption className="visually-hidden">{label} claims, most urgent first</caption>
      <thead>
        <tr>
          <th scope="col" className="team-table__check">
            <SelectAll ids={claims.map((c) => c.id)} label={label} />
          </th>
          <th scope="col">Claim</th>
          <th scope="col">Partner and customer</th>
          <th scope="col">Status</th>
          <th scope="col">Assignee</th>
          <th scope="col">Clock</th>
          <th scope="col">
            <span className="visually-hidden">Assign</span>
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
                aria-label={`Select ${claim.id}`}
                data-testid="select-claim"
              />
            </td>
            <td>
              <ClaimLink id={claim.id} />
            </td>
            <td className="team-table__text team-table__two-lines" title={`${claim.partner.name} (MPN ${claim.partner.mpnId}) for ${claim.customer.name}`}>
              <span>{claim.partner.name}</span>
              <span className="faint small">{claim.customer.name}</span>
            </td>
            <td>
              <StatusBadge status={claim.status} />
            </td>
            <td className="team-table__text" data-testid="urgent-assignee">
              {claim.assignee ?? <span className="faint">Unassigned</span>}
            </td>
            <td data-testid="urgent-clock">
              <SlaCell sla={claim.sla} now={now} />
            </td>
            <td className="team-table__action">
              <button type="button" className="team-row-action" onClick={() => onAssignOne(claim)} aria-label={`Assign ${claim.id}…`} data-testid="assign-one">
                Assign…
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
