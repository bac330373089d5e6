import { useTranslation } from '../i18n/useTranslation';
import type { Sla } from '../../shared/api/schemas';
import { countdownExplained, formatCountdown, liveState, useCountdownCalendar } from './countdown';
import { formatDeadline } from '../i18n/format';
import { clockLabel } from '../i18n/labels';
import { SlaBadge } from './SlaBadge';

/** State, live countdown, due time and the policy in force: everything a reviewer ranks by. */
export function SlaCell({ sla, now }: { readonly sla: Sla | null; readonly now: number }) {
  const calendar = useCountdownCalendar();
  const { t } = useTranslation();
  if (!sla) {
    return (
      <span className="faint" title={t('queue.sla.none')}>
        —
      </span>
    );
  }
  const state = liveState(sla, now);
  const meta = t('queue.sla.meta', { clock: clockLabel(sla.clock), deadline: formatDeadline(sla.dueAt, now), policy: sla.policy });
  return (
    <div className="sla-cell" title={t('queue.sla.title', { clock: clockLabel(sla.clock), due: sla.dueAt })}>
      <div className="sla-cell__line">
        <SlaBadge sla={{ ...sla, state }} />
        <span className={`sla-cell__relative tabular sla-cell__relative--${state}`} data-testid="sla-countdown" title={countdownExplained()}>
          {formatCountdown(sla, now, calendar)}
        </span>
      </div>
      <div className="sla-cell__meta tabular" title={meta}>
        {meta}
      </div>
    </div>
  );
}
