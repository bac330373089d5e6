import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import './queue.css';
import { useClaimStore } from '../../state/claimStore';
import { hasActiveFilters, useQueueStore } from '../../state/queueStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingBlock, Spinner } from '../../ui/Spinner';
import { preloadPdfViewer } from '../viewer/DocumentViewer';
import { QueueFilters } from './QueueFilters';
import { QueueTable } from './QueueTable';
import { QueueToolbar } from './QueueToolbar';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')
  );
}

/** What the last refresh changed, said once (screen readers hear it; the rows carry the mark). */
function ChangedNote() {
  const changed = useQueueStore((s) => s.changed.size);
  const stamp = useQueueStore((s) => s.changeStamp);
  const { t } = useTranslation();
  return (
    <span className="queue-footer__changed small" aria-live="polite" data-testid="queue-changed-note" data-stamp={stamp}>
      {changed > 0 ? t('queue.refresh.changed', { count: changed }) : ''}
    </span>
  );
}

/** As often as the background tick runs its time transitions. */
const QUEUE_REFRESH_MS = 60_000;

export function QueueView() {
  const total = useQueueStore((s) => s.total);
  const loading = useQueueStore((s) => s.loading);
  const error = useQueueStore((s) => s.error);
  const hasFilters = useQueueStore(hasActiveFilters);
  const { ensureRange, dismissError, reload, refresh, clearFilters } = useQueueStore.getState();
  const openClaim = useClaimStore((s) => s.open);
  const searchRef = useRef<HTMLInputElement>(null);
  const { t } = useTranslation();

  useEffect(() => {
    if (useQueueStore.getState().total === null) ensureRange(0, 0);
    else void refresh();
    // Time moves claims too (a clock turns at risk, a tick closes a window), and other
    // workstations and the command line write to the store: the rows on screen are read again
    // now and then while the window shows.
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, QUEUE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [ensureRange, refresh]);

  useEffect(() => {
    const idle = window.requestIdleCallback(() => preloadPdfViewer());
    return () => window.cancelIdleCallback(idle);
  }, []);

  // "/" jumps to search from anywhere in the queue, as in most keyboard-first tools.
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const focusTable = useCallback(() => {
    document.querySelector<HTMLElement>('[data-testid="queue-table"]')?.focus();
  }, []);

  return (
    <section className="queue-view" aria-label={t('queue.label')}>
      <QueueToolbar searchRef={searchRef} onLeaveSearch={focusTable} />
      <QueueFilters />
      {error && (
        <div className="queue-view__banner">
          <Banner testId="error-banner" title={t('queue.view.loadError')} onDismiss={dismissError}>
            <ErrorMessage error={error} />{' '}
            <Button size="small" onClick={reload}>
              {t('common.tryAgain')}
            </Button>
          </Banner>
        </div>
      )}
      <div className="queue-view__table">
        {total === null && loading && <LoadingBlock label={t('queue.view.loading')} />}
        {total === 0 && (
          <div className="queue-empty">
            <p className="queue-empty__title">{hasFilters ? t('queue.view.noMatch') : t('queue.view.empty')}</p>
            {hasFilters && <Button onClick={clearFilters}>{t('queue.filters.clear')}</Button>}
          </div>
        )}
        {total !== null && total > 0 && <QueueTable onOpen={openClaim} />}
      </div>
      <footer className="queue-footer">
        <span className="tabular" aria-live="polite">
          {total === null ? '' : t(hasFilters ? 'queue.view.matching' : 'queue.view.count', { count: total })}
        </span>
        {loading && total !== null && <Spinner label={t('common.loading')} />}
        <ChangedNote />
        <span className="queue-footer__spacer" />
        <span className="queue-footer__keys">
          <kbd>j</kbd> <kbd>k</kbd> {t('queue.keys.move')} <span className="queue-footer__sep" /> <kbd>{t('keyboard.keys.Enter')}</kbd>{' '}
          {t('queue.keys.open')} <span className="queue-footer__sep" /> <kbd>/</kbd> {t('queue.keys.search')}
        </span>
      </footer>
    </section>
  );
}
