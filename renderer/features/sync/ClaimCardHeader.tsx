import { useTranslation } from '../../i18n/useTranslation';
import { openAtDesk } from '../../state/openAtDesk';

interface ClaimCardHeaderProps {
  readonly claimId: string;
  /** When it happened, in words ("Opened 3 min ago", "Refused Dec 7, 09:00"). */
  readonly when: string;
  /** The same time the other way (absolute or relative), as the tooltip. */
  readonly whenTitle: string;
  /** Closes the list before the claim opens at the desk. */
  readonly onOpenClaim: () => void;
  /** The claim link's test id. */
  readonly testId: string;
}

/** A card's top line in the conflicts and refused-changes lists: the claim, a link to it, and when. */
export function ClaimCardHeader({ claimId, when, whenTitle, onOpenClaim, testId }: ClaimCardHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="conflict-card__header">
      <span className="conflict-card__claim">
        {t('sync.conflicts.claim')}{' '}
        <button
          type="button"
          className="conflict-card__link tabular"
          title={t('sync.conflicts.openClaim')}
          onClick={() => {
            onOpenClaim();
            openAtDesk(claimId);
          }}
          data-testid={testId}
        >
          <span translate="no">{claimId}</span>
        </button>
      </span>
      <span className="conflict-card__opened faint small" title={whenTitle}>
        {when}
      </span>
    </header>
  );
}
