import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
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

const data = (text: string) => <span translate="no">{text}</span>;

/** Assigns, reassigns or unassigns one claim. */
export function AssignOneDialog({ claim, reviewers, openClaims, onClose }: AssignOneDialogProps) {
  const { t } = useTranslation();
  const assigning = useTeamStore((s) => s.assigning);
  const assign = useTeamStore((s) => s.assign);
  async function to(name: string | null) {
    if (claim && (await assign([claim.id], name))) onClose();
  }
  return (
    <Dialog
      open={claim !== null}
      title={claim ? t('team.assignOne.title', { id: claim.id }) : t('team.assignOne.untitled')}
      onClose={onClose}
      size="wide"
      testId="assign-one-dialog"
      actions={
        <>
          {claim?.assignee && (
            <Button onClick={() => void to(null)} disabled={assigning} data-testid="assign-one-unassign">
              {t('team.assignOne.unassign')}
            </Button>
          )}
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </>
      }
    >
      {claim && (
        <>
          <p className="assign-one__who">
            <Trans
              i18nKey={claim.assignee ? 'team.assignOne.withAssignee' : 'team.assignOne.unassigned'}
              components={{ partner: data(claim.partner.name), customer: data(claim.customer.name), assignee: data(claim.assignee ?? '') }}
            />
          </p>
          <AssignPicker reviewers={reviewers.filter((r) => r !== claim.assignee)} openClaims={openClaims} busy={assigning} submitLabel={t('team.urgent.assign')} onAssign={(name) => void to(name)} autoFocus />
        </>
      )}
    </Dialog>
  );
}
