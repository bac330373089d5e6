// Above a claim whose changes the team hub refused (features/claim/ClaimView.tsx): one notice that
// says the claim shows what the hub holds, then each refused change, newest first, with what it
// did, why, and the hub's own words. The list of every refused change is sync's
// (features/sync/RefusalsDialog.tsx), opened through the sync store.
import { useEffect, useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { useSessionStore } from '../../state/sessionStore';
import { useSyncStore } from '../../state/syncStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RefusedChange } from '../../ui/RefusedChange';
import { useNow } from '../../ui/useNow';

/** Refused changes shown above the claim; older ones are counted, and the list shows them. */
const SHOWN = 3;

export function RefusalNotices({ claimId }: { readonly claimId: string }) {
  const refused = useSyncStore((s) => s.status?.refused ?? 0);
  const mine = useSyncStore((s) => (s.claimRefusals?.claimId === claimId ? s.claimRefusals : null));
  const you = useSessionStore((s) => s.info?.user ?? null);
  const now = useNow();
  const titleId = useId();
  const { t } = useTranslation();

  // Asked when the claim opens and again whenever the count moves (a round's refusal may be this claim's).
  useEffect(() => {
    if (refused > 0) void useSyncStore.getState().loadClaimRefusals(claimId);
  }, [claimId, refused]);

  if (refused === 0 || !mine) return null;
  if (mine.error) {
    return (
      <div className="claim-view__banner">
        <Banner testId="refusals-error" title={t('sync.refusals.loadFailed')}>
          <ErrorMessage error={mine.error} />
        </Banner>
      </div>
    );
  }
  if (mine.list.length === 0) return null;
  const more = mine.list.length - SHOWN;
  return (
    <div className="claim-view__banner">
      <section className="refusal-notices" role="status" aria-labelledby={titleId} data-testid="refusal-notices">
        <header className="refusal-notices__header">
          <WarningIcon />
          <h3 className="refusal-notices__title" id={titleId}>
            {t('sync.refused.title')}
          </h3>
          <span className="refusal-notices__held" data-testid="refusal-held">
            {t('sync.refused.held')}
          </span>
        </header>
        <ol className="refusal-notices__list">
          {mine.list.slice(0, SHOWN).map((refusal) => (
            <li key={refusal.changeId} className="refusal-notice" data-testid="refusal-notice" data-code={refusal.code} data-change={refusal.changeId}>
              <RefusedChange refusal={refusal} you={you} compact />
              <span className="refusal-notice__at" title={formatRelative(refusal.refusedAt, now)}>
                {t('sync.refused.at', { time: formatDateTime(refusal.refusedAt) })}
              </span>
            </li>
          ))}
        </ol>
        {more > 0 && (
          <p className="refusal-notices__more" data-testid="refusal-notices-more">
            {t('sync.refused.more', { count: more })}
            <Button size="small" variant="ghost" onClick={() => useSyncStore.getState().openRefusals(claimId)} data-testid="refusal-notices-all">
              {t('sync.refused.seeAll')}
            </Button>
          </p>
        )}
      </section>
    </div>
  );
}

function WarningIcon() {
  return (
    <svg className="refusal-notices__icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <path d="M7 1.5l6 10.5H1z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
      <path d="M7 5.5v3" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
      <circle cx="7" cy="10.3" r="0.8" fill="currentColor" />
    </svg>
  );
}
