import { useId } from 'react';
import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { POLICIES } from '../../../shared/domain/policy';
import { draftKey, useClaimStore } from '../../state/claimStore';
import { currentLanguage } from '../../i18n/i18n';
import { deficiencyLabel } from '../../i18n/labels';
import { DecisionDialog } from './DecisionDialog';
import { durationText } from './messageTemplates';

/** Approve; with a deficiency still ticked, only with a written override reason. */
export function ApproveDialog({ claim }: { readonly claim: ClaimDetail }) {
  const key = draftKey(claim.id, 'override');
  const override = useClaimStore((s) => s.drafts[key]?.text ?? '');
  const setDraft = useClaimStore((s) => s.setDraft);
  const overrideId = useId();
  const { t } = useTranslation();
  const open = claim.checklist.filter((item) => item.open);
  const consent = durationText(currentLanguage(), POLICIES[claim.policy].timings.consent);
  const problem = open.length > 0 && !override.trim() ? t('decisions.approve.problem', { count: open.length }) : null;

  return (
    <DecisionDialog
      action="approve"
      title={t('decisions.approve.title', { id: claim.id })}
      submitLabel={open.length > 0 ? t('decisions.approve.submitOverride') : t('decisions.approve.submit')}
      pendingLabel={t('decisions.approvingPending')}
      problem={problem}
      focusSubmit={open.length === 0}
      fields={() => ({ action: 'approve', ...(open.length > 0 ? { override: override.trim() } : {}) })}
    >
      <p>
        <Trans
          i18nKey="decisions.approve.body"
          values={{ consent, policy: claim.policy }}
          components={{ partner: <strong translate="no">{claim.partner.name}</strong>, customer: <strong translate="no">{claim.customer.name}</strong> }}
        />
      </p>
      {open.length > 0 && (
        <div className="dialog-warning" data-testid="approve-open-deficiencies">
          <p>{t('decisions.approve.stillTicked', { count: open.length })}</p>
          <ul className="dialog-warning__list">
            {open.map((item) => (
              <li key={item.code}>{deficiencyLabel(item.code)}</li>
            ))}
          </ul>
        </div>
      )}
      {open.length > 0 && (
        <div className="message-editor">
          <div className="message-editor__head">
            <label htmlFor={overrideId} className="message-editor__label">
              {t('decisions.approve.override')} <span className="faint">{t('decisions.approve.overrideNote')}</span>
            </label>
          </div>
          <textarea
            id={overrideId}
            className="textarea"
            rows={3}
            value={override}
            data-autofocus
            data-testid="override-reason"
            placeholder={t('decisions.approve.overridePlaceholder')}
            onChange={(e) => setDraft(key, e.target.value)}
          />
        </div>
      )}
    </DecisionDialog>
  );
}
