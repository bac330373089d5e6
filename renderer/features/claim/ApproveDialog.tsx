import { useId } from 'react';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { POLICIES } from '../../../shared/domain/policy';
import { draftKey, useClaimStore } from '../../state/claimStore';
import { DEFICIENCY_LABELS } from '../../ui/labels';
import { DecisionDialog } from './DecisionDialog';
import { durationText } from './messageTemplates';

/** Approve; with a deficiency still ticked, only with a written override reason. */
export function ApproveDialog({ claim }: { readonly claim: ClaimDetail }) {
  const key = draftKey(claim.id, 'override');
  const override = useClaimStore((s) => s.drafts[key]?.text ?? '');
  const setDraft = useClaimStore((s) => s.setDraft);
  const overrideId = useId();
  const open = claim.checklist.filter((item) => item.open);
  const consent = durationText('en', POLICIES[claim.policy].timings.consent);
  const problem =
    open.length > 0 && !override.trim()
      ? `Write why you approve although ${open.length === 1 ? 'a deficiency is' : `${open.length} deficiencies are`} ticked.`
      : null;

  return (
    <DecisionDialog
      action="approve"
      title={`Approve claim ${claim.id}`}
      submitLabel={open.length > 0 ? 'Approve with override' : 'Approve'}
      pendingLabel="Approving…"
      problem={problem}
      focusSubmit={open.length === 0}
      fields={() => ({ action: 'approve', ...(open.length > 0 ? { override: override.trim() } : {}) })}
    >
      <p>
        The association of <strong>{claim.partner.name}</strong> with <strong>{claim.customer.name}</strong> will be
        approved. The customer is notified and has {consent} to opt out (policy {claim.policy}).
      </p>
      {open.length > 0 && (
        <div className="dialog-warning" data-testid="approve-open-deficiencies">
          <p>
            {open.length === 1 ? 'This deficiency is' : `These ${open.length} deficiencies are`} still ticked on the
            checklist:
          </p>
          <ul className="dialog-warning__list">
            {open.map((item) => (
              <li key={item.code}>{DEFICIENCY_LABELS[item.code]}</li>
            ))}
          </ul>
        </div>
      )}
      {open.length > 0 && (
        <div className="message-editor">
          <div className="message-editor__head">
            <label htmlFor={overrideId} className="message-editor__label">
              Override reason <span className="faint">(required, kept in the history)</span>
            </label>
          </div>
          <textarea
            id={overrideId}
            className="textarea"
            rows={3}
            value={override}
            data-autofocus
            data-testid="override-reason"
            placeholder="Why the PoE is sufficient despite the ticked items"
            onChange={(e) => setDraft(key, e.target.value)}
          />
        </div>
      )}
    </DecisionDialog>
  );
}
