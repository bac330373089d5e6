import type { Sla } from '../../shared/api/schemas';
import { Badge } from './Badge';
import { CLOCK_LABELS, SLA_STATE_LABELS, SLA_STATE_TONES } from './labels';

export function SlaBadge({ sla }: { readonly sla: Sla }) {
  return (
    <Badge tone={SLA_STATE_TONES[sla.state]} dot title={`${CLOCK_LABELS[sla.clock]} clock: ${SLA_STATE_LABELS[sla.state]}`}>
      {SLA_STATE_LABELS[sla.state]}
    </Badge>
  );
}
