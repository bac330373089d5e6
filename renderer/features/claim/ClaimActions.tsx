import { useCallback, useState } from 'react';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { ACTION_LABELS } from '../../../shared/domain/codes';
import { POLICIES } from '../../../shared/domain/policy';
import { type DecideAction, isSupportedAction, useClaimStore } from '../../state/claimStore';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Spinner } from '../../ui/Spinner';

const PENDING_LABELS: Record<DecideAction, string> = {
  'start-review': 'Starting review…',
  approve: 'Approving…',
};

/** Only decisions the backend says are possible now AND this build can record are offered. */
export function ClaimActions({ claim }: { readonly claim: ClaimDetail }) {
  const pending = useClaimStore((s) => s.pending);
  const decide = useClaimStore((s) => s.decide);
  const [confirming, setConfirming] = useState(false);
  const closeDialog = useCallback(() => setConfirming(false), []);

  const actions = claim.availableActions.filter(isSupportedAction);
  const openDeficiencies = claim.checklist.filter((item) => item.open).length;
  const consent = POLICIES[claim.policy].timings.consent;
  const consentText = `${consent.amount} ${consent.unit === 'business-days' ? 'business days' : 'days'}`;

  async function confirmApprove() {
    setConfirming(false);
    await decide('approve');
  }

  if (actions.length === 0) {
    return (
      <div className="claim-actions">
        <p className="claim-actions__none">No decision to take in this status.</p>
      </div>
    );
  }

  return (
    <div className="claim-actions">
      <div className="claim-actions__buttons">
        {actions.includes('start-review') && (
          <Button
            variant="primary"
            data-testid="action-start-review"
            disabled={pending !== null}
            onClick={() => void decide('start-review')}
          >
            {pending === 'start-review' ? <Spinner label="Working" /> : null}
            {pending === 'start-review' ? PENDING_LABELS['start-review'] : ACTION_LABELS['start-review']}
          </Button>
        )}
        {actions.includes('approve') && (
          <Button
            variant="primary"
            data-testid="action-approve"
            disabled={pending !== null}
            onClick={() => setConfirming(true)}
          >
            {pending === 'approve' ? PENDING_LABELS.approve : ACTION_LABELS.approve}
          </Button>
        )}
      </div>
      <Dialog
        open={confirming}
        title={`Approve claim ${claim.id}?`}
        onClose={closeDialog}
        actions={
          <>
            <Button onClick={closeDialog}>Cancel</Button>
            <Button variant="primary" data-testid="confirm-approve" data-autofocus onClick={() => void confirmApprove()}>
              Approve
            </Button>
          </>
        }
      >
        <p>
          The association of <strong>{claim.partner.name}</strong> with <strong>{claim.customer.name}</strong> will be
          approved. The customer is notified and has {consentText} to opt out (policy {claim.policy}).
        </p>
        {openDeficiencies > 0 && (
          <p className="claim-actions__warning">
            {openDeficiencies === 1 ? '1 checklist item is' : `${openDeficiencies} checklist items are`} still marked as
            deficient.
          </p>
        )}
      </Dialog>
    </div>
  );
}
