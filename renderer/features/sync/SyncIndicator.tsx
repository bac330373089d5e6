import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import './sync.css';
import { useScreenStore } from '../../state/screenStore';
import { pollSyncStatus, useSyncStore } from '../../state/syncStore';
import { useNow } from '../../ui/useNow';
import { SyncPanel } from './SyncPanel';
import { refusedWords, SYNC_TONES, syncHeadline, syncTitle } from './syncWords';

/** Always in the top bar: the sync state, what waits to be sent, open conflicts, refused changes; a click opens the panel. */
export function SyncIndicator() {
  const status = useSyncStore((s) => s.status);
  const statusError = useSyncStore((s) => s.statusError);
  const [open, setOpen] = useState(false);
  const holder = useRef<HTMLDivElement>(null);
  const now = useNow();
  const { t } = useTranslation();

  useEffect(() => pollSyncStatus(), []);

  // The panel closes as a menu does: a click elsewhere, Escape, or going to another screen.
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!holder.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    const unsubscribe = useScreenStore.subscribe(() => setOpen(false));
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [open]);

  if (!status) {
    return statusError ? (
      <span className="sync-indicator sync-indicator--unknown" data-testid="sync-indicator" data-state="unknown">
        {t('sync.indicator.unknown')}
      </span>
    ) : null;
  }
  const title = syncTitle(status);
  return (
    <div className="sync-indicator__holder" ref={holder}>
      <button
        type="button"
        className={`sync-indicator sync-indicator--${status.state}`}
        title={title}
        aria-label={title}
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen(!open)}
        data-testid="sync-indicator"
        data-state={status.state}
        data-pending={status.pending}
        data-conflicts={status.conflicts}
        data-refused={status.refused}
      >
        <span className={`sync-indicator__dot sync-indicator__dot--${SYNC_TONES[status.state]}`} aria-hidden="true" />
        <span className="sync-indicator__state" data-testid="sync-state">
          {syncHeadline(status, now)}
        </span>
        {status.state !== 'off' && status.pending > 0 && (
          <span className="sync-indicator__pending tabular" data-testid="sync-pending">
            {t('sync.indicator.pending', { count: status.pending })}
          </span>
        )}
        {status.conflicts > 0 && (
          <span className="sync-indicator__conflicts tabular" data-testid="sync-conflicts">
            {t('sync.indicator.conflicts', { count: status.conflicts })}
          </span>
        )}
        {status.refused > 0 && (
          <span className="sync-indicator__refused tabular" title={refusedWords(status.refused)} data-testid="sync-refused">
            {t('sync.indicator.refused', { count: status.refused })}
          </span>
        )}
      </button>
      {open && <SyncPanel status={status} onClose={() => setOpen(false)} />}
    </div>
  );
}
