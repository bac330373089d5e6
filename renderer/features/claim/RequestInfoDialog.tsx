import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { currentLanguage } from '../../i18n/i18n';
import { isTerminal, useClaimStore } from '../../state/claimStore';
import { deficiencyLabel, quoted, statusLabel } from '../../i18n/labels';
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
  const { t } = useTranslation();

  let problem: string | null = null;
  if (ticked.length === 0) problem = t('decisions.requestInfo.noneTicked');
  else if (!message.trim()) problem = t('decisions.writeMessage');
  else if (hasPlaceholder(message)) problem = t('decisions.brackets');

  return (
    <DecisionDialog
      action="request-info"
      title={t('decisions.requestInfo.title', { id: claim.id })}
      submitLabel={t('decisions.requestInfo.submit')}
      pendingLabel={t('decisions.sendingPending')}
      problem={problem}
      fields={() => ({ action: 'request-info', deficiencies: ticked, message: message.trim() })}
    >
      <p>
        <Trans
          i18nKey="decisions.requestInfo.body"
          values={{ status: statusLabel('partner-action-required'), window: responseWindowText(currentLanguage(), claim.policy), policy: claim.policy }}
          components={{ b: <strong /> }}
        />
      </p>
      <fieldset className="dialog-checks">
        <legend className="message-editor__label">
          {t('decisions.requestInfo.deficiencies')} <span className="faint">{t('decisions.requestInfo.deficienciesNote')}</span>
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
            <span>{deficiencyLabel(item.code)}</span>
          </label>
        ))}
      </fieldset>
      <MessageEditor
        label={t('decisions.messageToPartner')}
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
          {t('decisions.requestInfo.unnamed', { count: unnamed.length, names: unnamed.map((code) => quoted(deficiencyName(language, code))).join(', ') })}
        </p>
      )}
    </DecisionDialog>
  );
}
