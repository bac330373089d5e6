import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { SyncStatus } from '../../../shared/api/sync';
import { useScreenStore } from '../../state/screenStore';
import { useSyncStore } from '../../state/syncStore';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { SyncFacts } from './SyncFacts';

/** What the indicator opens: the facts of the last round, Sync now, the conflicts, the refused changes, the settings. */
export function SyncPanel({ status, onClose }: { readonly status: SyncStatus; readonly onClose: () => void }) {
  const running = useSyncStore((s) => s.running);
  const { runNow, openConflicts, openRefusals } = useSyncStore.getState();
  const { t } = useTranslation();
  const off = status.state === 'off';
  return (
    <div className="sync-panel" role="dialog" aria-label={t('sync.panel.title')} data-testid="sync-panel">
      <h2 className="sync-panel__title">{t('sync.panel.title')}</h2>
      {off ? <p className="sync-panel__off">{t('sync.panel.off')}</p> : <SyncFacts status={status} />}
      <div className="sync-panel__actions">
        {!off && (
          <Button variant="primary" size="small" onClick={() => void runNow()} disabled={running} data-testid="sync-now">
            {running && <Spinner label={t('sync.state.syncing')} />}
            {t('sync.panel.syncNow')}
          </Button>
        )}
        {status.conflicts > 0 && (
          <ListButton onClose={onClose} open={openConflicts} testId="sync-show-conflicts">
            {t('sync.panel.showConflicts')}
          </ListButton>
        )}
        {status.refused > 0 && (
          <ListButton onClose={onClose} open={openRefusals} testId="sync-show-refusals">
            {t('sync.panel.showRefusals')}
          </ListButton>
        )}
        <Button
          size="small"
          variant="ghost"
          onClick={() => {
            onClose();
            useScreenStore.getState().show('settings');
          }}
          data-testid="sync-settings"
        >
          {t('sync.panel.settings')}
        </Button>
      </div>
    </div>
  );
}

/** Closes the panel and opens one of sync's lists. */
function ListButton({ onClose, open, testId, children }: { readonly onClose: () => void; readonly open: () => void; readonly testId: string; readonly children: ReactNode }) {
  return (
    <Button
      size="small"
      onClick={() => {
        onClose();
        open();
      }}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}
