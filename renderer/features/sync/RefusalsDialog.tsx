import { useTranslation } from '../../i18n/useTranslation';
import type { RefusalView } from '../../../shared/api/sync';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { RefusedChange } from '../../ui/RefusedChange';
import { useNow } from '../../ui/useNow';
import { ClaimCardHeader } from './ClaimCardHeader';
import { SyncListDialog } from './SyncListDialog';

/** Every change the hub refused, newest first (or one claim's); opened from the top bar or a claim. */
export function RefusalsDialog() {
  return <SyncListDialog name="refusals">{(r, you, close) => <RefusalCard key={r.changeId} refusal={r} you={you} onOpenClaim={close} />}</SyncListDialog>;
}

/** One refused change in the list: its claim (a link to it), when, and what, why and the hub's words. */
function RefusalCard({ refusal, you, onOpenClaim }: { readonly refusal: RefusalView; readonly you: string | null; readonly onOpenClaim: () => void }) {
  const now = useNow();
  const { t } = useTranslation();
  return (
    <article className="conflict-card" data-testid="refusal-card" data-claim={refusal.claimId} data-code={refusal.code}>
      <ClaimCardHeader
        claimId={refusal.claimId}
        when={t('sync.refused.at', { time: formatDateTime(refusal.refusedAt) })}
        whenTitle={formatRelative(refusal.refusedAt, now)}
        onOpenClaim={onOpenClaim}
        testId="refusal-open-claim"
      />
      <RefusedChange refusal={refusal} you={you} />
    </article>
  );
}
