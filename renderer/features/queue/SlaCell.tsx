import type { Sla } from '../../../shared/api/schemas';
import { formatDeadline, formatRelative } from '../../ui/format';
import { CLOCK_LABELS } from '../../ui/labels';
import { SlaBadge } from '../../ui/SlaBadge';

/** State, countdown, due time and the policy in force: everything a reviewer ranks by. */
export function SlaCell({ sla, now }: { readonly sla: Sla | null; readonly now: number }) {
  if (!sla) {
    return <span className="faint" title="No SLA clock runs in this status">—</span>;
  }
  return (
    <div className="sla-cell" title={`${CLOCK_LABELS[sla.clock]} due ${sla.dueAt}`}>
      <div className="sla-cell__line">
        <SlaBadge sla={sla} />
        <span className={`sla-cell__relative tabular sla-cell__relative--${sla.state}`}>
          {formatRelative(sla.dueAt, now)}
        </span>
      </div>
      <div className="sla-cell__meta tabular">
        {formatDeadline(sla.dueAt, now)} · policy {sla.policy}
      </div>
    </div>
  );
}
