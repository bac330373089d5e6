import { type KeyboardEvent, type RefObject, useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { call } from '../../api/client';
import { type ApiError, toApiError } from '../../api/api-error';
import { useClaimStore } from '../../state/claimStore';
import { useRefusal } from '../../state/permissions';
import { type QueueScope, useQueueStore } from '../../state/queueStore';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';

const TABS: readonly QueueScope[] = ['mine', 'all', 'unassigned'];

interface QueueToolbarProps {
  readonly searchRef: RefObject<HTMLInputElement | null>;
  /** Leave the search box for the table (ArrowDown / Enter). */
  readonly onLeaveSearch: () => void;
}

/** Takes the most urgent unassigned claim (the store assigns it to this reviewer) and opens it. */
function NextClaimButton() {
  const [busy, setBusy] = useState(false);
  /** Nothing waiting, or why the next claim could not be taken. */
  const [note, setNote] = useState<string | ApiError | null>(null);
  const open = useClaimStore((s) => s.open);
  const refusal = useRefusal('queue.next');
  const { t } = useTranslation();
  async function takeNext() {
    setBusy(true);
    setNote(null);
    try {
      const claim = await call('queue.next', {});
      if (claim) {
        void useQueueStore.getState().refresh();
        open(claim.id);
      } else setNote(t('queue.next.none'));
    } catch (error) {
      setNote(toApiError(error));
    } finally {
      setBusy(false);
    }
  }
  if (refusal) {
    return (
      <span className="queue-toolbar__note" title={refusal} data-testid="queue-read-only">
        {t('queue.next.readOnly')}
      </span>
    );
  }
  return (
    <>
      {note && (
        <span className="queue-toolbar__note" role="status">
          {typeof note === 'string' ? note : <ErrorMessage error={note} />}
        </span>
      )}
      <Button variant="primary" size="small" onClick={takeNext} disabled={busy} data-testid="next-claim" title={t('queue.next.title')}>
        {t('queue.next.label')} <kbd className="button__kbd">n</kbd>
      </Button>
    </>
  );
}

export function QueueToolbar({ searchRef, onLeaveSearch }: QueueToolbarProps) {
  const scope = useQueueStore((s) => s.scope);
  const searchInput = useQueueStore((s) => s.searchInput);
  const user = useQueueStore((s) => s.user);
  const { setScope, typeSearch, applySearch, refresh } = useQueueStore.getState();
  const searchId = useId();
  const { t } = useTranslation();

  function onSearchKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter' || e.key === 'ArrowDown') {
      e.preventDefault();
      applySearch();
      onLeaveSearch();
    } else if (e.key === 'Escape' && searchInput) {
      e.preventDefault();
      typeSearch('');
      applySearch();
    }
  }

  return (
    <div className="queue-toolbar">
      <div className="queue-tabs" role="tablist" aria-label={t('queue.tabs.label')}>
        {TABS.map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={scope === value}
            className={scope === value ? 'queue-tab queue-tab--active' : 'queue-tab'}
            disabled={value === 'mine' && !user}
            data-testid={`queue-tab-${value}`}
            onClick={() => setScope(value)}
          >
            {t(`queue.tabs.${value}`)}
          </button>
        ))}
      </div>
      <div className="queue-toolbar__search">
        <label htmlFor={searchId} className="visually-hidden">
          {t('queue.search.label')}
        </label>
        <svg className="queue-toolbar__search-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <circle cx="6" cy="6" r="4.2" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path d="M9.2 9.2L12.5 12.5" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
        </svg>
        <input
          ref={searchRef}
          id={searchId}
          className="input queue-toolbar__search-input"
          type="search"
          placeholder={t('queue.search.placeholder')}
          value={searchInput}
          onChange={(e) => typeSearch(e.target.value)}
          onKeyDown={onSearchKeyDown}
          spellCheck={false}
          autoComplete="off"
        />
        <kbd className="queue-toolbar__search-kbd" aria-hidden="true">
          /
        </kbd>
      </div>
      <div className="queue-toolbar__spacer" />
      <NextClaimButton />
      <Button variant="ghost" size="small" onClick={() => void refresh()} title={t('queue.refresh.title')} data-testid="queue-refresh">
        {t('queue.refresh.label')}
      </Button>
    </div>
  );
}
