import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
import type { ClaimDetail, HistoryEntry } from '../../../shared/api/schemas';
import { transition } from '../../../shared/domain/lifecycle';
import { formatDateTime } from '../../i18n/format';
import { reasonLabel, statusLabel } from '../../i18n/labels';
import { DecisionDialog, LanguagePicker, MessageEditor, useTemplatedMessage } from './DecisionDialog';
import { disputeAnswerMessage, hasPlaceholder } from './messageTemplates';
import { rejectionReasonOf } from '../../i18n/historySummary';

function lastDecision(history: readonly HistoryEntry[], action: string): HistoryEntry | undefined {
  return [...history].reverse().find((h) => h.kind === 'decision' && h.detail.action === action);
}

/** What the reviewer answers: the rejection and the partner's dispute, quoted. */
function DisputeContext({ claim }: { readonly claim: ClaimDetail }) {
  const dispute = lastDecision(claim.history, 'dispute');
  const reason = rejectionReasonOf(claim.history);
  const message = typeof dispute?.detail.message === 'string' ? dispute.detail.message : null;
  const { t } = useTranslation();
  return (
    <div className="dispute-context" data-testid="dispute-context">
      <p>
        <Trans
          i18nKey="decisions.dispute.rejectedFor"
          values={{ reason: reason ? reasonLabel(reason) : t('decisions.dispute.reasonUnknown') }}
          components={{ b: <strong /> }}
        />{' '}
        {dispute ? (
          <Trans
            i18nKey="decisions.dispute.disputedOn"
            values={{ date: formatDateTime(dispute.at) }}
            components={{ actor: <span translate="no">{dispute.actor}</span> }}
          />
        ) : (
          t('decisions.dispute.partnerDisputes')
        )}
      </p>
      {message ? (
        <blockquote className="dispute-context__quote" translate="no">
          {message}
        </blockquote>
      ) : (
        <p className="faint">{t('decisions.dispute.noJustification')}</p>
      )}
    </div>
  );
}

/** Uphold the rejection: an answer to the partner is required. */
export function UpholdDialog({ claim }: { readonly claim: ClaimDetail }) {
  const { key, template, message } = useTemplatedMessage(claim, 'uphold-rejection', (lang, ctx) =>
    disputeAnswerMessage(lang, ctx, 'uphold-rejection'),
  );
  // Where upholding leads is the state machine's to say (2023: final), not this dialog's.
  const outcome = transition(claim.status, 'uphold-rejection', claim.policy);
  const finalStatus = outcome.ok ? outcome.to : 'rejected';
  const { t } = useTranslation();
  const problem = !message.trim() ? t('decisions.uphold.noAnswer') : hasPlaceholder(message) ? t('decisions.uphold.bracketsExplain') : null;
  return (
    <DecisionDialog
      action="uphold-rejection"
      title={t('decisions.uphold.title', { id: claim.id })}
      submitLabel={t('decisions.uphold.submit')}
      pendingLabel={t('decisions.sendingPending')}
      tone="danger"
      problem={problem}
      fields={() => ({ action: 'uphold-rejection', message: message.trim() })}
    >
      <DisputeContext claim={claim} />
      <p>
        <Trans
          i18nKey={finalStatus === 'rejected-final' ? 'decisions.uphold.goesBackFinal' : 'decisions.uphold.goesBack'}
          values={{ status: statusLabel(finalStatus), policy: claim.policy }}
          components={{ b: <strong /> }}
        />
      </p>
      <MessageEditor label={t('decisions.uphold.answer')} draftKey={key} template={template} rows={8} autoFocus testId="uphold-rejection-message">
        <LanguagePicker />
      </MessageEditor>
    </DecisionDialog>
  );
}

/** Overturn the rejection: the claim is approved; a note to the partner is optional. */
export function OverturnDialog({ claim }: { readonly claim: ClaimDetail }) {
  const { key, template, message } = useTemplatedMessage(claim, 'overturn-rejection', (lang, ctx) =>
    disputeAnswerMessage(lang, ctx, 'overturn-rejection'),
  );
  const { t } = useTranslation();
  return (
    <DecisionDialog
      action="overturn-rejection"
      title={t('decisions.overturn.title', { id: claim.id })}
      submitLabel={t('decisions.overturn.submit')}
      pendingLabel={t('decisions.approvingPending')}
      problem={hasPlaceholder(message) ? t('decisions.brackets') : null}
      focusSubmit
      fields={() => ({ action: 'overturn-rejection', ...(message.trim() ? { message: message.trim() } : {}) })}
    >
      <DisputeContext claim={claim} />
      <p>
        <Trans i18nKey="decisions.overturn.body" values={{ status: statusLabel('approved') }} components={{ b: <strong /> }} />
      </p>
      <MessageEditor label={t('decisions.overturn.answer')} draftKey={key} template={template} rows={6} testId="overturn-rejection-message">
        <LanguagePicker />
      </MessageEditor>
    </DecisionDialog>
  );
}
