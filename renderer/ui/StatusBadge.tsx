import { useTranslation } from '../i18n/useTranslation';
import type { Status } from '../../shared/domain/codes';
import { Badge } from './Badge';
import { statusLabel } from '../i18n/labels';
import { STATUS_TONES } from './tones';

export function StatusBadge({ status, testId }: { readonly status: Status; readonly testId?: string }) {
  useTranslation();
  return (
    <Badge tone={STATUS_TONES[status]} testId={testId}>
      {statusLabel(status)}
    </Badge>
  );
}
