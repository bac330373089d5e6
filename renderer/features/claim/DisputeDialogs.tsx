import type { ClaimDetail, HistoryEntry } from '../../../shared/api/schemas';
import { STATUS_LABELS } from '../../../shared/domain/codes';
import { transition } from '../../../shared/domain/lifecycle';
import { formatDateTime } from '../../ui/format';
import { REJECTION_REASON_LABELS } from '../../ui/labels';
import { DecisionDialog, LanguagePicker, MessageEditor, useTemplatedMessage } from './DecisionDialog';
import { disputeAnswerMessage, hasPlaceholder } from './messageTemplates';
import { rejectionReasonOf } from './historySummary';

function lastDecision(history: readonly HistoryEntry[], action: string): HistoryEntry | undefined {
  return [...history].reverse().find((h) => h.kind === 'decision' && h.detail.action === action);
}

/** What the reviewer answers: the rejection and the partner's dispute, quoted. */
function DisputeContext({ claim }: { readonly claim: ClaimDetail }) {
  const dispute = lastDecision(claim.history, 'dispute');
  const reason = rejectionReasonOf(claim.history);
  const message = typeof dispute?.detail.message === 'string' ? dispute.detail.message : null;
  return (
    <div className="dispute-context" data-testid="dispute-context">
      <p>
        Rejected for <strong>{reason ? REJECTION_REASON_LABELS[reason] : 'a reason not recorded'}</strong>.{' '}
        {dispute ? `${dispute.actor} disputed it on ${formatDateTime(dispute.at)}:` : 'The partner disputes it:'}
      </p>
      {message ? <blockquote className="dispute-context__quote">{message}</blockquote> : <p className="faint">No justification was written.</p>}
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
  const problem = !message.trim()
    ? 'Write an answer to the dispute.'
    : hasPlaceholder(message)
      ? 'Replace the text in [brackets] with your explanation before sending.'
      : null;
  return (
    <DecisionDialog
      action="uphold-rejection"
      title={`Uphold the rejection of claim ${claim.id}`}
      submitLabel="Uphold rejection"
      pendingLabel="Sending…"
      tone="danger"
      problem={problem}
      fields={() => ({ action: 'uphold-rejection', message: message.trim() })}
    >
      <DisputeContext claim={claim} />
      <p>
        The claim goes back to <strong>{STATUS_LABELS[finalStatus]}</strong>
        {finalStatus === 'rejected-final' ? `: under the ${claim.policy} policy this is final.` : '.'}
      </p>
      <MessageEditor label="Answer to the partner" draftKey={key} template={template} rows={8} autoFocus testId="uphold-rejection-message">
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
  return (
    <DecisionDialog
      action="overturn-rejection"
      title={`Overturn the rejection of claim ${claim.id}`}
      submitLabel="Overturn and approve"
      pendingLabel="Approving…"
      problem={hasPlaceholder(message) ? 'Replace the text in [brackets] before sending.' : null}
      focusSubmit
      fields={() => ({ action: 'overturn-rejection', ...(message.trim() ? { message: message.trim() } : {}) })}
    >
      <DisputeContext claim={claim} />
      <p>
        The claim is <strong>Approved</strong>; the customer is notified and may opt out.
      </p>
      <MessageEditor label="Answer to the partner (optional)" draftKey={key} template={template} rows={6} testId="overturn-rejection-message">
        <LanguagePicker />
      </MessageEditor>
    </DecisionDialog>
  );
}
