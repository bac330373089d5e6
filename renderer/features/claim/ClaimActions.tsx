import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { ClaimDetail } from '../../../shared/api/schemas';
import type { Action, Status } from '../../../shared/domain/codes';
import { REVIEWER_ACTIONS } from '../../../shared/api/schemas';
import { DIALOG_ACTIONS, type DialogAction, useClaimStore } from '../../state/claimStore';
import { useRefusal } from '../../state/permissions';
import { Button } from '../../ui/Button';
import { formatDeadline } from '../../i18n/format';
import { RoleNote } from '../../ui/RoleNote';
import { actionLabel, clockLabel, statusLabel } from '../../i18n/labels';
import { Spinner } from '../../ui/Spinner';
import { useNow } from '../../ui/useNow';
import { ApproveDialog } from './ApproveDialog';
import { OverturnDialog, UpholdDialog } from './DisputeDialogs';
import { keyForAction } from '../../keyboard/intents';
import { RejectDialog } from './RejectDialog';
import { RequestInfoDialog } from './RequestInfoDialog';

/** The buttons' order: the way forward first, the way out last. */
const ORDER: readonly Action[] = ['start-review', 'approve', 'overturn-rejection', 'request-info', 'reject', 'uphold-rejection', 'disassociate'];

const buttonLabels = (t: TFunction): Partial<Record<Action, string>> => ({
  'request-info': t('claim.actions.button.requestInfo'),
  'overturn-rejection': t('claim.actions.button.overturn'),
  'uphold-rejection': t('claim.actions.button.uphold'),
  disassociate: t('claim.actions.button.disassociate'),
});

const TONES: Partial<Record<Action, 'primary' | 'default' | 'danger'>> = {
  'start-review': 'primary',
  approve: 'primary',
  'overturn-rejection': 'primary',
};

const isDialogAction = (action: Action): action is DialogAction => (DIALOG_ACTIONS as readonly Action[]).includes(action);

/** Reviewer decisions the claim's status allows (availableActions), partner and customer actions left out. */
export function reviewerActions(claim: Pick<ClaimDetail, 'availableActions'>): Action[] {
  return ORDER.filter((a) => claim.availableActions.includes(a) && (REVIEWER_ACTIONS as readonly Action[]).includes(a));
}

/** Why there is nothing to decide, in the claim's own terms. */
const waitingText = (t: TFunction): Partial<Record<Status, string>> => ({
  draft: t('claim.actions.waiting.draft'),
  'partner-action-required': t('claim.actions.waiting.partner-action-required'),
  approved: t('claim.actions.waiting.approved'),
  rejected: t('claim.actions.waiting.rejected'),
  'rejected-final': t('claim.actions.waiting.rejected-final'),
  'sent-for-assessment': t('claim.actions.waiting.sent-for-assessment'),
});

function Waiting({ claim }: { readonly claim: ClaimDetail }) {
  const now = useNow();
  const { t } = useTranslation();
  const sla = claim.sla;
  return (
    <p className="claim-actions__none" data-testid="no-decision">
      {waitingText(t)[claim.status] ?? t('claim.actions.noDecision', { status: statusLabel(claim.status) })}
      {sla && (
        <>
          {' '}
          · <span className="tabular">{t('claim.actions.clockDue', { clock: clockLabel(sla.clock).toLowerCase(), deadline: formatDeadline(sla.dueAt, now) })}</span>
        </>
      )}
    </p>
  );
}

const doneLabels = (t: TFunction): Partial<Record<Action, string>> => ({
  approve: t('claim.actions.done.approve'),
  'request-info': t('claim.actions.done.requestInfo'),
  reject: t('claim.actions.done.reject'),
  'uphold-rejection': t('claim.actions.done.uphold'),
  'overturn-rejection': t('claim.actions.done.overturn'),
  disassociate: t('claim.actions.done.disassociate'),
});

/** After a decision: what was recorded, and the next claim one key away. */
function Decided({ action }: { readonly action: Action }) {
  const takeNext = useClaimStore((s) => s.takeNext);
  const takingNext = useClaimStore((s) => s.takingNext);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { t } = useTranslation();
  // The dialog that recorded the decision is gone: focus lands on the way forward.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) buttonRef.current?.focus();
  }, []);
  return (
    <div className="claim-actions__decided" role="status" data-testid="decision-recorded">
      <span>
        <strong>{doneLabels(t)[action] ?? actionLabel(action)}</strong> {t('claim.actions.recorded')}
      </span>
      <Button variant="primary" size="small" onClick={() => void takeNext()} disabled={takingNext} data-testid="next-claim" ref={buttonRef}>
        {takingNext && <Spinner label={t('common.working')} />}
        {t('claim.actions.next')} <kbd className="kbd-on-accent">n</kbd>
      </Button>
    </div>
  );
}

/** Only decisions the backend says are possible now, each with its key; dialogs for those that need words. */
export function ClaimActions({ claim }: { readonly claim: ClaimDetail }) {
  const pending = useClaimStore((s) => s.pending);
  const decided = useClaimStore((s) => (s.decided?.claimId === claim.id ? s.decided.action : null));
  const { startReview, openDialog } = useClaimStore.getState();
  const refusal = useRefusal('claim.decide');
  const { t } = useTranslation();
  const actions = reviewerActions(claim);
  // With a deficiency ticked, asking the partner is the likely next step: it becomes the main button.
  const ticked = claim.checklist.some((item) => item.open);
  const tone = (action: Action) =>
    ticked && action === 'request-info' ? 'primary' : ticked && action === 'approve' ? 'default' : (TONES[action] ?? 'default');

  return (
    <div className="claim-actions" data-testid="claim-actions">
      {decided && decided !== 'start-review' && <Decided action={decided} />}
      {actions.length === 0 ? (
        <Waiting claim={claim} />
      ) : refusal ? (
        <RoleNote text={refusal} />
      ) : (
        <div className="claim-actions__buttons">
          {actions.map((action) => {
            const key = keyForAction(action);
            const busy = pending === action;
            return (
              <Button
                key={action}
                variant={tone(action)}
                data-testid={`action-${action}`}
                disabled={pending !== null}
                aria-keyshortcuts={key ?? undefined}
                onClick={() => (isDialogAction(action) ? openDialog(action) : void startReview())}
              >
                {busy && <Spinner label={t('common.working')} />}
                {buttonLabels(t)[action] ?? actionLabel(action)}
                {key && <kbd className={tone(action) === 'primary' ? 'kbd-on-accent' : undefined}>{key}</kbd>}
              </Button>
            );
          })}
        </div>
      )}
      <ActiveDialog claim={claim} />
    </div>
  );
}

/**
 * The dialog the reviewer opened, kept on screen until it is closed or its decision recorded,
 * even if a refusal reloads a claim that no longer allows it: the words stay, with the reason.
 */
function ActiveDialog({ claim }: { readonly claim: ClaimDetail }) {
  const dialog = useClaimStore((s) => s.dialog);
  switch (dialog) {
    case 'approve':
      return <ApproveDialog claim={claim} />;
    case 'request-info':
      return <RequestInfoDialog claim={claim} />;
    case 'reject':
    case 'disassociate':
      return <RejectDialog claim={claim} action={dialog} />;
    case 'uphold-rejection':
      return <UpholdDialog claim={claim} />;
    case 'overturn-rejection':
      return <OverturnDialog claim={claim} />;
    case null:
      return null;
  }
}
