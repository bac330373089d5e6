import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { i18n } from '../../i18n/i18n';
import { keyLabel } from '../../keyboard/shortcuts';
import { Icon } from './icons';
import { ToolButton } from './ToolButton';
import type { DocumentFind, FindState } from './useDocumentFind';

/** Typing searches after this pause; Enter searches at once. */
const TYPING_PAUSE_MS = 180;

interface FindBarProps {
  readonly find: DocumentFind;
  /** Bumped by every "find" request (f, the toolbar): the field takes the focus again. */
  readonly focusRequest: number;
  readonly onClose: () => void;
}

function statusText(state: FindState): string {
  if (state.query === '') return '';
  const n = state.hits.length;
  if (!state.done) {
    return n > 0
      ? i18n.t('viewer.find.searching', { current: state.current + 1, total: n })
      : i18n.t('viewer.find.searchingPages', { searched: state.searchedPages, total: state.pageCount });
  }
  if (n === 0) return state.pagesWithText === 0 ? i18n.t('viewer.find.noText') : i18n.t('viewer.find.none');
  return i18n.t(state.capped ? 'viewer.find.positionMore' : 'viewer.find.position', { current: state.current + 1, total: n });
}

export function FindBar({ find, focusRequest, onClose }: FindBarProps) {
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const timerRef = useRef(0);
  const { state } = find;
  const { t } = useTranslation();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  useEffect(() => () => clearTimeout(timerRef.current), []);

  function onChange(value: string): void {
    setDraft(value);
    clearTimeout(timerRef.current);
    timerRef.current = window.setTimeout(() => find.search(value), TYPING_PAUSE_MS);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timerRef.current);
      if (state.query !== draft) find.search(draft);
      else find.step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  }

  const status = statusText(state);
  const none = state.done && state.query !== '' && state.hits.length === 0;
  return (
    <div className="find-bar" role="search" aria-label={t('viewer.find.label')} data-testid="find-bar">
      <Icon name="search" className="find-bar__icon" />
      <input
        ref={inputRef}
        className={none ? 'input find-bar__input find-bar__input--none' : 'input find-bar__input'}
        type="text"
        placeholder={t('viewer.find.label')}
        aria-label={t('viewer.find.label')}
        value={draft}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        spellCheck={false}
        data-testid="find-input"
      />
      <span
        className="find-bar__status tabular"
        aria-live="polite"
        data-testid="find-status"
        data-done={state.done && state.query !== '' ? 'true' : undefined}
        data-hits={state.hits.length}
      >
        {status}
      </span>
      <ToolButton label={t('viewer.find.previous')} shortcut={`${keyLabel('Shift')}+${keyLabel('Enter')}`} disabled={state.hits.length === 0} onClick={() => find.step(-1)}>
        <Icon name="up" />
      </ToolButton>
      <ToolButton label={t('viewer.find.next')} shortcut={keyLabel('Enter')} disabled={state.hits.length === 0} onClick={() => find.step(1)}>
        <Icon name="down" />
      </ToolButton>
      <ToolButton label={t('viewer.find.close')} shortcut={keyLabel('Esc')} onClick={onClose}>
        <Icon name="close" />
      </ToolButton>
    </div>
  );
}
