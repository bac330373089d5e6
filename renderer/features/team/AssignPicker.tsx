import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Button } from '../../ui/Button';

const SOMEONE_ELSE = '\u0000someone-else';

interface AssignPickerProps {
  /** Names offered; anyone else can be typed. */
  readonly reviewers: readonly string[];
  /** Each reviewer's open claims, shown beside the name so the load is in view while choosing. */
  readonly openClaims: ReadonlyMap<string, number>;
  readonly busy: boolean;
  /** What the button says, e.g. "Assign 3". */
  readonly submitLabel: string;
  readonly onAssign: (to: string) => void;
  readonly autoFocus?: boolean;
  readonly testId?: string;
}

/** "Assign to" a known reviewer, or to someone typed in (a new member of the team). */
export function AssignPicker({ reviewers, openClaims, busy, submitLabel, onAssign, autoFocus = false, testId }: AssignPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState('');
  const [typed, setTyped] = useState('');
  const to = (choice === SOMEONE_ELSE ? typed : choice).trim();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (to && !busy) onAssign(to);
  }

  return (
    <form className="assign-picker" onSubmit={submit} data-testid={testId}>
      <label htmlFor={`${id}-to`}>{t('team.picker.to')}</label>
      <select id={`${id}-to`} className="select" value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="assign-to" data-autofocus={autoFocus || undefined}>
        <option value="">{t('team.picker.choose')}</option>
        {reviewers.map((r) => (
          <option key={r} value={r}>
            {t('team.picker.reviewer', { name: r, count: openClaims.get(r) ?? 0 })}
          </option>
        ))}
        <option value={SOMEONE_ELSE}>{t('team.picker.someoneElse')}</option>
      </select>
      {choice === SOMEONE_ELSE && (
        <input
          className="input"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          placeholder={t('team.picker.name')}
          aria-label={t('team.picker.name')}
          maxLength={120}
          autoFocus
          data-testid="assign-to-name"
        />
      )}
      <Button type="submit" variant="primary" size="small" disabled={!to || busy} data-testid="assign-submit">
        {submitLabel}
      </Button>
    </form>
  );
}
