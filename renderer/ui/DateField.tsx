// A day field that follows the UI's language in both transports: a native date input shows the
// operating system's or browser's order (US order in a French UI), so this is a text field in the
// language's order ("jj/mm/aaaa"), which also takes ISO, with the native calendar one click away.
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { dayPattern, readDay, showDay } from '../i18n/dateInput';

interface DateFieldProps {
  /** An ISO day, or '' for none. */
  readonly value: string;
  readonly onChange: (iso: string) => void;
  readonly min?: string | undefined;
  readonly max?: string | undefined;
  readonly id?: string;
  readonly disabled?: boolean;
  readonly className?: string;
  readonly testId: string;
  /** What the field is, for the calendar button's name. */
  readonly label: string;
}

const inRange = (iso: string, min?: string, max?: string) => (!min || iso >= min) && (!max || iso <= max);

export function DateField({ value, onChange, min, max, id, disabled, className, testId, label }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const pattern = dayPattern();
  const [text, setText] = useState(() => showDay(value, pattern));
  const [invalid, setInvalid] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const hintId = useId();

  // A new value from outside (a reset, another language) is shown in the field, adjusted while
  // rendering rather than in an effect, so the field never shows the old text for a frame.
  const [shownFor, setShownFor] = useState({ value, language: i18n.language });
  if (shownFor.value !== value || shownFor.language !== i18n.language) {
    setShownFor({ value, language: i18n.language });
    if (shownFor.language !== i18n.language || readDay(text, pattern) !== value) setText(showDay(value, pattern));
    setInvalid(false);
  }

  // Any real day is passed on, as a native date field does: a day outside min/max is the form's
  // to refuse in words (the policy's start, a period that ends before it starts).
  function typed(next: string) {
    setText(next);
    const iso = readDay(next, pattern);
    if (iso) {
      setInvalid(false);
      if (iso !== value) onChange(iso);
    }
  }

  function settle() {
    const iso = readDay(text, pattern);
    const ok = text.trim() === '' || (iso !== null && inRange(iso, min, max));
    setInvalid(!ok);
    if (iso) setText(showDay(iso, pattern));
  }

  return (
    <span className="date-field">
      <input
        id={id}
        className={`input tabular date-field__text ${className ?? ''}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        placeholder={t('format.datePlaceholder')}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
        onChange={(e) => typed(e.target.value)}
        onBlur={settle}
        onKeyDown={(e) => e.key === 'Enter' && settle()}
        data-testid={testId}
        data-iso={value}
      />
      <button
        type="button"
        className="button button--ghost button--small button--icon date-field__open"
        disabled={disabled}
        aria-label={t('format.openCalendar', { field: label })}
        title={t('format.openCalendar', { field: label })}
        onClick={() => picker.current?.showPicker?.()}
      >
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <rect x="1.5" y="2.5" width="11" height="10" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
          <path d="M1.5 5.5h11M4.5 1v3M9.5 1v3" stroke="currentColor" strokeWidth="1.2" />
        </svg>
      </button>
      <input
        ref={picker}
        type="date"
        className="date-field__picker"
        tabIndex={-1}
        aria-hidden="true"
        value={value}
        min={min}
        max={max}
        onChange={(e) => e.target.value && onChange(e.target.value)}
      />
      {invalid && (
        <span id={hintId} className="visually-hidden">
          {t('format.dateInvalid')}
        </span>
      )}
    </span>
  );
}
