// Above a claim with an open sync conflict (features/claim/ClaimView.tsx): the conflicts dialog
// itself is sync's (features/sync/ConflictsDialog.tsx), opened through the sync store.
import { useTranslation } from '../../i18n/useTranslation';
import { useSyncStore } from '../../state/syncStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';

/** Above a claim that has an open sync conflict: what happened, and the way to settle it. */
export function ConflictBanner({ claimId }: { readonly claimId: string }) {
  const has = useSyncStore((s) => (s.status?.conflicts ?? 0) > 0 && (s.conflicts ?? []).some((c) => c.claimId === claimId));
  const { t } = useTranslation();
  if (!has) return null;
  return (
    <div className="claim-view__banner">
      <Banner tone="info" title={t('sync.banner.title')} testId="conflict-banner">
        {t('sync.banner.text')}{' '}
        <Button size="small" onClick={() => useSyncStore.getState().openConflicts()} data-testid="conflict-banner-open">
          {t('sync.banner.open')}
        </Button>
      </Banner>
    </div>
  );
}
