// The frame every decision dialog shares: the claim's dialog state, sending with Ctrl+Enter, the
// pending button, and one line for why the decision was not recorded (the words stay).
import { type ReactNode, useCallback, useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { ClaimDetail } from '../../../shared/api/schemas';
import { type DecisionFields, type DialogAction, draftKey, useClaimStore } from '../../state/claimStore';
import { useSessionStore } from '../../state/sessionStore';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorWords } from '../../ui/ErrorMessage';
import { Spinner } from '../../ui/Spinner';
import { dialogRefusal } from './refusal';
import { LANGUAGE_LABELS, MESSAGE_LANGUAGES, type MessageContext, type MessageLanguage, messageContext } from './messageTemplates';

interface DecisionDialogProps {
  readonly action: DialogAction;
  readonly title: string;
  readonly submitLabel: string;
  readonly pendingLabel: string;
  readonly tone?: 'primary' | 'danger';
  /** Why the decision cannot be sent as it stands, checked before the backend is asked. */
  readonly problem: string | null;
  readonly fields: () => DecisionFields;
  readonly children: ReactNode;
  /** Focus the send button on open (nothing to write); otherwise the first field marked data-autofocus. */
  readonly focusSubmit?: boolean;
}

export function DecisionDialog(props: DecisionDialogProps) {
  const { action, title, submitLabel, pendingLabel, tone = 'primary', problem, fields, children, focusSubmit = false } = props;
  const open = useClaimStore((s) => s.dialog === action);
  const pending = useClaimStore((s) => s.pending === action);
  const refusal = useClaimStore((s) => (s.dialog === action ? s.dialogError : null));
  const { closeDialog, decide } = useClaimStore.getState();
  const [showProblem, setShowProblem] = useState(false);
  const { t } = useTranslation();
  const close = useCallback(() => {
    setShowProblem(false);
    closeDialog(action);
  }, [closeDialog, action]);

  function submit() {
    if (pending) return;
    if (problem) {
      setShowProblem(true);
      return;
    }
    setShowProblem(false);
    void decide(fields());
  }

  const refused = refusal && dialogRefusal(refusal);
  const line = showProblem && problem ? problem : refused ? <ErrorWords words={refused} /> : null;

  return (
    <Dialog
      open={open}
      title={title}
      size="wide"
      onClose={close}
      onSubmit={submit}
      testId={`dialog-${action}`}
      actions={
        <>
          <span className="dialog__hint small">
            <kbd>{t('keyboard.keys.Ctrl')}</kbd>+<kbd>{t('keyboard.keys.Enter')}</kbd> {t('decisions.sends')} · <kbd>{t('keyboard.keys.Esc')}</kbd>{' '}
            {t('decisions.closesKept')}
          </span>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button variant={tone} data-testid={`confirm-${action}`} data-autofocus={focusSubmit || undefined} disabled={pending} onClick={submit}>
            {pending && <Spinner label={t('common.working')} />}
            {pending ? pendingLabel : submitLabel}
          </Button>
        </>
      }
    >
      {children}
      {line && (
        <p className="dialog-error" role="alert" data-testid="dialog-error" title={refused?.lang === 'en' ? refusal?.message : undefined}>
          {line}
        </p>
      )}
    </Dialog>
  );
}

/**
 * A dialog's message: what the reviewer wrote (kept under the claim and field), or else the
 * template in the chosen language, signed by the reviewer at the desk.
 */
export function useTemplatedMessage(claim: ClaimDetail, field: string, template: (lang: MessageLanguage, context: MessageContext) => string) {
  const language = useClaimStore((s) => s.language);
  const key = draftKey(claim.id, field);
  const draft = useClaimStore((s) => s.drafts[key]?.text ?? null);
  const reviewer = useSessionStore((s) => s.info?.user ?? null);
  const text = template(language, messageContext(claim, reviewer));
  return { key, language, template: text, message: draft ?? text };
}

export function LanguagePicker() {
  const language = useClaimStore((s) => s.language);
  const setLanguage = useClaimStore((s) => s.setLanguage);
  const { t } = useTranslation();
  return (
    <div className="segmented" role="radiogroup" aria-label={t('decisions.messageLanguage')}>
      {MESSAGE_LANGUAGES.map((lang) => (
        <label key={lang} className={lang === language ? 'segmented__item segmented__item--on' : 'segmented__item'} lang={lang}>
          <input type="radio" name="message-language" value={lang} checked={lang === language} onChange={() => setLanguage(lang)} />
          {LANGUAGE_LABELS[lang]}
        </label>
      ))}
    </div>
  );
}

interface MessageEditorProps {
  readonly label: string;
  /** Key of the draft in the claim store. */
  readonly draftKey: string;
  /** The template in the chosen language; the field follows it until the reviewer types. */
  readonly template: string;
  readonly rows?: number;
  readonly autoFocus?: boolean;
  /** Where the caret goes when the dialog opens on the template; the browser's default otherwise. */
  readonly caretAt?: (text: string) => number;
  readonly testId?: string;
  readonly children?: ReactNode;
}

/** A message field filled from a template, editable, with a way back to the template. */
export function MessageEditor({ label, draftKey, template, rows = 10, autoFocus = false, caretAt, testId, children }: MessageEditorProps) {
  const draft = useClaimStore((s) => s.drafts[draftKey]);
  const setDraft = useClaimStore((s) => s.setDraft);
  const language = useClaimStore((s) => s.language);
  const id = useId();
  const { t } = useTranslation();
  const value = draft?.text ?? template;
  const edited = draft !== undefined && draft.text !== template;

  return (
    <div className="message-editor">
      <div className="message-editor__head">
        <label htmlFor={id} className="message-editor__label">
          {label}
        </label>
        {children}
        {edited && (
          <Button size="small" variant="ghost" onClick={() => setDraft(draftKey, null)} title={t('decisions.useTemplateTitle')}>
            {t('decisions.useTemplate')}
          </Button>
        )}
      </div>
      <textarea
        id={id}
        className="textarea"
        rows={rows}
        value={value}
        spellCheck
        lang={language}
        translate="no"
        data-autofocus={autoFocus || undefined}
        data-caret={autoFocus && draft === undefined && caretAt ? caretAt(value) : undefined}
        data-testid={testId}
        onChange={(e) => setDraft(draftKey, e.target.value)}
      />
    </div>
  );
}
