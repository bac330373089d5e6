import { useCallback, useEffect, useRef } from 'react';
import './queue.css';
import { useClaimStore } from '../../state/claimStore';
import { hasActiveFilters, useQueueStore } from '../../state/queueStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { formatCount } from '../../ui/format';
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

export function QueueView() {
  const total = useQueueStore((s) => s.total);
  const loading = useQueueStore((s) => s.loading);
  const error = useQueueStore((s) => s.error);
  const hasFilters = useQueueStore(hasActiveFilters);
  const { ensureRange, dismissError, reload, clearFilters } = useQueueStore.getState();
  const openClaim = useClaimStore((s) => s.open);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (useQueueStore.getState().total === null) ensureRange(0, 0);
  }, [ensureRange]);

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
    <section className="queue-view" aria-label="Queue">
      <QueueToolbar searchRef={searchRef} onLeaveSearch={focusTable} />
      <QueueFilters />
      {error && (
        <div className="queue-view__banner">
          <Banner testId="error-banner" title="The queue could not be loaded" onDismiss={dismissError}>
            {error.message}{' '}
            <Button size="small" onClick={reload}>
              Try again
            </Button>
          </Banner>
        </div>
      )}
      <div className="queue-view__table">
        {total === null && loading && <LoadingBlock label="Loading claims…" />}
        {total === 0 && (
          <div className="queue-empty">
            <p className="queue-empty__title">{hasFilters ? 'No claims match these filters' : 'The queue is empty'}</p>
            {hasFilters && <Button onClick={clearFilters}>Clear filters</Button>}
          </div>
        )}
        {total !== null && total > 0 && <QueueTable onOpen={openClaim} />}
      </div>
      <footer className="queue-footer">
        <span className="tabular" aria-live="polite">
          {total === null ? '' : `${formatCount(total)} ${total === 1 ? 'claim' : 'claims'}`}
          {hasFilters && total !== null ? (total === 1 ? ' matches' : ' match') : ''}
        </span>
        {loading && total !== null && <Spinner label="Loading" />}
        <span className="queue-footer__spacer" />
        <span className="queue-footer__keys">
          <kbd>j</kbd> <kbd>k</kbd> move <span className="queue-footer__sep" /> <kbd>Enter</kbd> open{' '}
          <span className="queue-footer__sep" /> <kbd>/</kbd> search
        </span>
      </footer>
    </section>
  );
}
