import { useTranslation } from '../../i18n/useTranslation';
import { openAtDesk } from '../../state/openAtDesk';

/** A claim id that opens the claim at the desk. */
export function ClaimLink({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="team-link tabular" onClick={() => openAtDesk(id)} title={t('team.openAtDesk', { id })} data-testid="team-claim-link">
      <span translate="no">{id}</span>
    </button>
  );
}
