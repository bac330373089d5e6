import { useTranslation } from '../../i18n/useTranslation';
import { useTeamStore } from '../../state/teamStore';
import { Button } from '../../ui/Button';
import { AssignOutcomeText } from './AssignOutcomeText';
import { AssignPicker } from './AssignPicker';

/** What to do with the ticked claims: assign them all to one reviewer, or unassign them. */
export function BulkAssignBar({ reviewers, openClaims }: { readonly reviewers: readonly string[]; readonly openClaims: ReadonlyMap<string, number> }) {
  const { t } = useTranslation();
  const selected = useTeamStore((s) => s.selected);
  const assigning = useTeamStore((s) => s.assigning);
  const outcome = useTeamStore((s) => s.outcome);
  const { assign, clearSelection, dismissOutcome } = useTeamStore.getState();
  const ids = [...selected];
  const count = ids.length;
  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      {count === 0 ? (
        <span className="bulk-bar__hint faint">{t('team.bulk.hint')}</span>
      ) : (
        <>
          <span className="bulk-bar__count tabular" data-testid="selected-count">
            {t('team.bulk.selected', { count })}
          </span>
          <AssignPicker reviewers={reviewers} openClaims={openClaims} busy={assigning} submitLabel={t('team.bulk.assign', { count })} onAssign={(to) => void assign(ids, to)} testId="bulk-assign" />
          <Button size="small" onClick={() => void assign(ids, null)} disabled={assigning} data-testid="bulk-unassign">
            {t('team.bulk.unassign')}
          </Button>
          <Button size="small" variant="ghost" onClick={clearSelection} disabled={assigning}>
            {t('team.bulk.clear')}
          </Button>
        </>
      )}
      {outcome && (
        <span className={outcome.ok ? 'bulk-bar__outcome' : 'bulk-bar__outcome bulk-bar__outcome--refused'} role={outcome.ok ? 'status' : 'alert'} data-testid="assign-outcome">
          <span>
            <AssignOutcomeText outcome={outcome} />
          </span>
          <button type="button" className="bulk-bar__dismiss" onClick={dismissOutcome} aria-label={t('common.dismiss')}>
            ×
          </button>
        </span>
      )}
    </div>
  );
}
