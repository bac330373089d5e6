import type { ClaimDetail } from '../../../shared/api/schemas';
import { isTerminal, useClaimStore } from '../../state/claimStore';
import { DEFICIENCY_LABELS } from '../../ui/labels';
import { DecisionDialog, LanguagePicker, MessageEditor, useTemplatedMessage } from './DecisionDialog';
import {
  afterDeficiencyList,
  deficiencyName,
  hasPlaceholder,
  requestInfoMessage,
  responseWindowText,
  unnamedDeficiencies,
} from './messageTemplates';

/**
 * Request information: the ticked deficiencies (ticking here ticks the checklist) pre-filled into
 * a message to the partner, in English or French, naming the partner's response window.
 */
export function RequestInfoDialog({ claim }: { readonly claim: ClaimDetail }) {
  const setDeficiency = useClaimStore((s) => s.setDeficiency);
  const ticked = claim.checklist.filter((item) => item.open).map((item) => item.code);
  const { key, language, template, message } = useTemplatedMessage(claim, 'request-info', (lang, ctx) =>
    requestInfoMessage(lang, ctx, ticked),
  );
  const unnamed = unnamedDeficiencies(message, language, ticked);

  let problem: string | null = null;
  if (ticked.length === 0) problem = 'Tick at least one deficiency: the partner needs to know what to fix.';
  else if (!message.trim()) problem = 'Write a message to the partner.';
  else if (hasPlaceholder(message)) problem = 'Replace the text in [brackets] before sending.';

  return (
    <DecisionDialog
      action="request-info"
      title={`Request information on claim ${claim.id}`}
      submitLabel="Send request"
      pendingLabel="Sending…"
      problem={problem}
      fields={() => ({ action: 'request-info', deficiencies: ticked, message: message.trim() })}
    >
      <p>
        The claim goes to <strong>Partner action required</strong>. The partner has{' '}
        <strong>{responseWindowText('en', claim.policy)}</strong> to answer (policy {claim.policy}); your review clock
        pauses meanwhile.
      </p>
      <fieldset className="dialog-checks">
        <legend className="message-editor__label">
          Deficiencies to ask about <span className="faint">· saved to the checklist as you tick</span>
        </legend>
        {claim.checklist.map((item) => (
          <label key={item.code} className="dialog-checks__item">
            <input
              type="checkbox"
              checked={item.open}
              disabled={isTerminal(claim)}
              data-testid={`request-${item.code}`}
              onChange={(e) => setDeficiency(item.code, e.target.checked)}
            />
            <span>{DEFICIENCY_LABELS[item.code]}</span>
          </label>
        ))}
      </fieldset>
      <MessageEditor
        label="Message to the partner"
        draftKey={key}
        template={template}
        rows={12}
        autoFocus
        caretAt={afterDeficiencyList}
        testId="request-info-message"
      >
        <LanguagePicker />
      </MessageEditor>
      {unnamed.length > 0 && (
        <p className="dialog-note" data-testid="request-info-unnamed">
          Your message no longer names {unnamed.map((code) => `“${deficiencyName(language, code)}”`).join(', ')}.
          The partner may miss {unnamed.length === 1 ? 'it' : 'them'}.
        </p>
      )}
    </DecisionDialog>
  );
}
