import { useTranslation } from 'react-i18next';
import type { Sla } from '../../shared/api/schemas';
import { Badge } from './Badge';
import { clockLabel, SLA_STATE_TONES, slaStateLabel } from './labels';

export function SlaBadge({ sla }: { readonly sla: Sla }) {
  const { t } = useTranslation();
  return (
    <Badge tone={SLA_STATE_TONES[sla.state]} dot title={t('common.sla.badge', { clock: clockLabel(sla.clock), state: slaStateLabel(sla.state) })}>
      {slaStateLabel(sla.state)}
    </Badge>
  );
}
