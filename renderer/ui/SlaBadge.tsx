import { useTranslation } from '../i18n/useTranslation';
import type { Sla } from '../../shared/api/schemas';
import { Badge } from './Badge';
import { clockLabel, slaStateLabel } from '../i18n/labels';
import { SLA_STATE_TONES } from './tones';

export function SlaBadge({ sla }: { readonly sla: Sla }) {
  const { t } = useTranslation();
  return (
    <Badge tone={SLA_STATE_TONES[sla.state]} dot title={t('common.sla.badge', { clock: clockLabel(sla.clock), state: slaStateLabel(sla.state) })}>
      {slaStateLabel(sla.state)}
    </Badge>
  );
}
