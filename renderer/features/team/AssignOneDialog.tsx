import type { QueueRow } from '../../../shared/api/schemas';
import { useTeamStore } from '../../state/teamStore';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { AssignPicker } from './AssignPicker';

interface AssignOneDialogProps {
  readonly claim: QueueRow | null;
  readonly reviewers: readonly string[];
  readonly openClaims: ReadonlyMap<string, number>;
  readonly onClose: () => void;
}

/** Assigns, reassigns or unassigns one claim. */
export function AssignOneDialog({ claim, reviewers, openClaims, onClose }: AssignOneDialogProps) {
  const assigning = useTeamStore((s) => s.assigning);
  const assign = useTeamStore((s) => s.assign);
  async function to(name: string | null) {
    if (claim && (await assign([claim.id], name))) onClose();
  }
  return (
    <Dialog
      open={claim !== null}
      title={claim ? `Assign ${claim.id}` : 'Assign'}
      onClose={onClose}
      size="wide"
      testId="assign-one-dialog"
      actions={
        <>
          {claim?.assignee && (
            <Button onClick={() => void to(null)} disabled={assigning} data-testid="assign-one-unassign">
              Unassign
            </Button>
          )}
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
        </>
      }
    >
      {claim && (
        <>
          <p className="assign-one__who">
            {claim.partner.name} for {claim.customer.name} · {claim.assignee ? `now with ${claim.assignee}` : 'unassigned'}
          </p>
          <AssignPicker reviewers={reviewers.filter((r) => r !== claim.assignee)} openClaims={openClaims} busy={assigning} submitLabel="Assign" onAssign={(name) => void to(name)} autoFocus />
        </>
      )}
    </Dialog>
  );
}
