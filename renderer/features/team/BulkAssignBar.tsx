import { useTeamStore } from '../../state/teamStore';
import { Button } from '../../ui/Button';
import { AssignPicker } from './AssignPicker';

/** What to do with the ticked claims: assign them all to one reviewer, or unassign them. */
export function BulkAssignBar({ reviewers, openClaims }: { readonly reviewers: readonly string[]; readonly openClaims: ReadonlyMap<string, number> }) {
  const selected = useTeamStore((s) => s.selected);
  const assigning = useTeamStore((s) => s.assigning);
  const outcome = useTeamStore((s) => s.outcome);
  const { assign, clearSelection, dismissOutcome } = useTeamStore.getState();
  const ids = [...selected];
  const count = ids.length;
  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      {count === 0 ? (
        <span className="bulk-bar__hint faint">Tick claims to assign several at once</span>
      ) : (
        <>
          <span className="bulk-bar__count tabular" data-testid="selected-count">
            {count} selected
          </span>
          <AssignPicker reviewers={reviewers} openClaims={openClaims} busy={assigning} submitLabel={`Assign ${count}`} onAssign={(to) => void assign(ids, to)} testId="bulk-assign" />
          <Button size="small" onClick={() => void assign(ids, null)} disabled={assigning} data-testid="bulk-unassign">
            Unassign
          </Button>
          <Button size="small" variant="ghost" onClick={clearSelection} disabled={assigning}>
            Clear selection
          </Button>
        </>
      )}
      {outcome && (
        <span className={outcome.ok ? 'bulk-bar__outcome' : 'bulk-bar__outcome bulk-bar__outcome--refused'} role={outcome.ok ? 'status' : 'alert'} data-testid="assign-outcome">
          {outcome.text}
          <button type="button" className="bulk-bar__dismiss" onClick={dismissOutcome} aria-label="Dismiss">
            ×
          </button>
        </span>
      )}
    </div>
  );
}
