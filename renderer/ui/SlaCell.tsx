import type { Sla } from '../../shared/api/schemas';
import { formatCountdown, liveState, useCountdownCalendar } from './countdown';
import { formatDeadline } from './format';
import { CLOCK_LABELS } from './labels';
import { SlaBadge } from './SlaBadge';

/** State, live countdown, due time and the policy in force: everything a reviewer ranks by. */
export function SlaCell({ sla, now }: { readonly sla: Sla | null; readonly now: number }) {
  const calendar = useCountdownCalendar();
  if (!sla) {
    return <span className="faint" title="No SLA clock runs in this status">—</span>;
  }
  const state = liveState(sla, now);
  return (
    <div className="sla-cell" title={`${CLOCK_LABELS[sla.clock]} due ${sla.dueAt}`}>
      <div className="sla-cell__line">
        <SlaBadge sla={{ ...sla, state }} />
        <span className={`sla-cell__relative tabular sla-cell__relative--${state}`} data-testid="sla-countdown">
          {formatCountdown(sla, now, calendar)}
        </span>
      </div>
      <div className="sla-cell__meta tabular">
        {CLOCK_LABELS[sla.clock]} · {formatDeadline(sla.dueAt, now)} · policy {sla.policy}
      </div>
    </div>
  );
}
