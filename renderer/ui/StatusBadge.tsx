import type { Status } from '../../shared/domain/codes';
import { STATUS_LABELS } from '../../shared/domain/codes';
import { Badge } from './Badge';
import { STATUS_TONES } from './labels';

export function StatusBadge({ status, testId }: { readonly status: Status; readonly testId?: string }) {
  return (
    <Badge tone={STATUS_TONES[status]} testId={testId}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
