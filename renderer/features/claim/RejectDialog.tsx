import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { type RejectionReason, REJECTION_REASONS } from '../../../shared/domain/codes';
import { POLICIES } from '../../../shared/domain/policy';
import { currentLanguage } from '../../i18n/i18n';
import { draftKey, useClaimStore } from '../../state/claimStore';
import { reasonLabel } from '../../i18n/labels';
import { DecisionDialog, LanguagePicker, MessageEditor, useTemplatedMessage } from './DecisionDialog';
import { disassociationMessage, durationText, hasPlaceholder, rejectionMessage } from './messageTemplates';

/** "Customer decline" is the customer's own action on an approved claim, never a reviewer's reason. */
export const REVIEWER_REASONS: readonly RejectionReason[] = REJECTION_REASONS.filter((r) => r !== 'customer-decline');

function isReason(value: string | null | undefined): value is RejectionReason {
  return REVIEWER_REASONS.includes(value as RejectionReason);
}

interface RejectDialogProps {
  readonly claim: ClaimDetail;
  /** Reject a claim under review, or (2023 policy) disassociate an approved one. */
  readonly action: 'reject' | 'disassociate';
}

/** A reason the reviewer chooses from the domain list and a message to the partner, both required. */
export function RejectDialog({ claim, action }: RejectDialogProps) {
  const setDraft = useClaimStore((s) => s.setDraft);
  const reasonKey = draftKey(claim.id, `${action}-reason`);
  const storedReason = useClaimStore((s) => s.drafts[reasonKey]?.text);
  const reasonId = useId();
  const { t } = useTranslation();
  // No reason is chosen for the reviewer: a pre-selected one gets sent unread.
  const reason: RejectionReason | null = isReason(storedReason) ? storedReason : null;
  const { key: messageKey, template, message } = useTemplatedMessage(claim, action, (lang, ctx) =>
    action === 'reject' ? rejectionMessage(lang, ctx, reason) : disassociationMessage(lang, ctx, reason),
  );
  const problem = !reason
    ? t('decisions.reject.chooseReason')
    : !message.trim()
      ? t('decisions.writeMessage')
      : hasPlaceholder(message)
        ? t('decisions.brackets')
        : null;

  return (
    <DecisionDialog
      action={action}
      title={t(`decisions.${action}.title`, { id: claim.id })}
      submitLabel={t(`decisions.${action}.submit`)}
      pendingLabel={t(`decisions.${action}.pending`)}
      tone="danger"
      problem={problem}
      fields={() => ({ action, reason: reason ?? undefined, message: message.trim() })}
    >
      <p>
        {action === 'reject'
          ? t('decisions.reject.body', { window: durationText(currentLanguage(), POLICIES[claim.policy].timings['dispute-window']) })
          : t('decisions.disassociate.body')}
      </p>
      <div className="dialog-field">
        <label htmlFor={reasonId} className="message-editor__label">
          {t('decisions.reject.reason')}
        </label>
        <select
          id={reasonId}
          className="select"
          value={reason ?? ''}
          required
          aria-invalid={reason ? undefined : true}
          data-autofocus
          data-testid={`${action}-reason`}
          onChange={(e) => setDraft(reasonKey, e.target.value)}
        >
          <option value="" disabled>
            {t('decisions.reject.choose')}
          </option>
          {REVIEWER_REASONS.map((code) => (
            <option key={code} value={code}>
              {reasonLabel(code)}
            </option>
          ))}
        </select>
      </div>
      <MessageEditor label={t('decisions.messageToPartner')} draftKey={messageKey} template={template} rows={9} testId={`${action}-message`}>
        <LanguagePicker />
      </MessageEditor>
    </DecisionDialog>
  );
}
