import { type ReactNode, useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { type SavedNote, type SectionId, useSettingsStore } from '../../state/settingsStore';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import type { FieldError } from './fieldError';
import { FieldErrorText, SavedText } from './Outcome';
import { saveErrors } from './outcomes';

interface SectionProps {
  readonly id: SectionId;
  readonly title: string;
  /** One sentence: what these settings change. */
  readonly description: ReactNode;
  readonly children: ReactNode;
  /** Shown under the fields: a save button (SaveBar), a note, or nothing. */
  readonly footer?: ReactNode;
}

/** One panel of the Settings screen. */
export function SettingsSection({ id, title, description, children, footer }: SectionProps) {
  const titleId = `settings-${id}-title`;
  return (
    <section className="settings-section" aria-labelledby={titleId} data-testid={`settings-${id}`}>
      <header className="settings-section__header">
        <h2 className="settings-section__title" id={titleId}>
          {title}
        </h2>
        <p className="settings-section__description">{description}</p>
      </header>
      <div className="settings-section__body">{children}</div>
      {footer && <div className="settings-section__footer">{footer}</div>}
    </section>
  );
}

/** A section's last save as the screen shows it: its refusal placed by the settings it names. */
export interface SectionStatus {
  readonly saving: boolean;
  /** One entry per setting the refusal names (none when it was saved). */
  readonly errors: readonly FieldError[];
  /** What the last save did ("Saved. 12 deadlines moved."), worded when shown. */
  readonly saved: SavedNote | null;
}

const NOTHING_YET: SectionStatus = { saving: false, errors: [], saved: null };

export function useSection(id: SectionId): SectionStatus {
  const status = useSettingsStore((s) => s.sections[id]);
  return useMemo(
    () => (status ? { saving: status.saving, errors: status.error ? saveErrors(status.error) : [], saved: status.saved } : NOTHING_YET),
    [status],
  );
}

interface FieldProps {
  readonly label: string;
  /** The input's id, so the label points at it; omit for a group that labels itself. */
  readonly htmlFor?: string;
  /** The setting this field edits, as a refusal names it ("calendar.closing"). */
  readonly name: string;
  readonly status: SectionStatus;
  readonly hint?: ReactNode;
  readonly children: ReactNode;
}

/** A label, the control, a hint, and the refusal that names this field, right under it. */
export function Field({ label, htmlFor, name, status, hint, children }: FieldProps) {
  const error = status.errors.find((e) => e.field === name);
  return (
    <div className={error ? 'settings-field settings-field--error' : 'settings-field'}>
      {htmlFor ? (
        <label className="settings-field__label" htmlFor={htmlFor}>
          {label}
        </label>
      ) : (
        <span className="settings-field__label">{label}</span>
      )}
      <div className="settings-field__control">
        {children}
        {hint && <p className="settings-field__hint">{hint}</p>}
        {error && (
          <p className="settings-field__error" role="alert" data-testid={`error-${name}`}>
            <FieldErrorText error={error} />
          </p>
        )}
      </div>
    </div>
  );
}

interface SaveBarProps {
  readonly section: SectionId;
  readonly status: SectionStatus;
  readonly dirty: boolean;
  readonly disabled?: boolean;
  readonly onSave: () => void;
  /** The fields this section shows, so a refusal naming none of them is shown here instead. */
  readonly fields: readonly string[];
  /** The button's words when not the plain "Save" (a change that goes to the team hub). */
  readonly label?: string;
}

/** Save for one section, and what the last save said (done, or refused without a field to sit under). */
export function SaveBar({ section, status, dirty, disabled = false, onSave, fields, label }: SaveBarProps) {
  const { t } = useTranslation();
  const stray = status.errors.filter((e) => e.field === null || !fields.includes(e.field));
  return (
    <>
      <div className="settings-section__status" aria-live="polite">
        {stray.length > 0 ? (
          <span className="settings-section__refusal" role="alert" data-testid={`error-${section}`}>
            {stray.map((e, i) => (
              <span key={i} className="settings-section__refusal-line">
                <FieldErrorText error={e} />
              </span>
            ))}
          </span>
        ) : status.saved && !dirty ? (
          <span className="settings-section__saved" data-testid={`saved-${section}`}>
            <SavedText note={status.saved} />
          </span>
        ) : dirty ? (
          <span className="settings-section__dirty">{t('settings.notSaved')}</span>
        ) : null}
      </div>
      <Button variant="primary" onClick={onSave} disabled={disabled || !dirty || status.saving} data-testid={`save-${section}`}>
        {status.saving && <Spinner label={t('common.saving')} />}
        {label ?? t('settings.save')}
      </Button>
    </>
  );
}
