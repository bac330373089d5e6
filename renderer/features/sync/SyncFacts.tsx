import { useTranslation } from '../../i18n/useTranslation';
import './sync.css';
import type { SyncStatus } from '../../../shared/api/sync';
import { formatCount, formatDateTime, formatRelative } from '../../i18n/format';
import { useNow } from '../../ui/useNow';
import { syncStateLabel } from './syncWords';

/** The status as a short list of facts, shared by the top bar's panel and the Team hub settings. */
export function SyncFacts({ status, withHub = true }: { readonly status: SyncStatus; readonly withHub?: boolean }) {
  const now = useNow();
  const { t } = useTranslation();
  const failing = (status.state === 'offline' || status.state === 'refused') && status.lastError;
  return (
    <dl className="sync-facts" data-testid="sync-facts">
      <dt>{t('sync.settings.status')}</dt>
      <dd data-testid="sync-facts-state">{syncStateLabel(status.state)}</dd>
      {withHub && status.hubUrl && (
        <>
          <dt>{t('sync.panel.hub')}</dt>
          <dd className="sync-facts__data" translate="no">
            {status.hubUrl}
          </dd>
        </>
      )}
      <dt>{t('sync.panel.workstation')}</dt>
      <dd className="sync-facts__data" translate="no">
        {status.workstation}
      </dd>
      <dt>{t('sync.panel.lastSync')}</dt>
      <dd title={status.lastSyncAt ?? undefined}>
        {status.lastSyncAt ? `${formatDateTime(status.lastSyncAt)} (${formatRelative(status.lastSyncAt, now)})` : t('sync.panel.never')}
      </dd>
      {status.lastSyncAt && (
        <>
          <dt>{t('sync.panel.pulled')}</dt>
          <dd className="tabular" data-testid="sync-facts-pulled">
            {formatCount(status.lastPulled)}
          </dd>
        </>
      )}
      <dt>{t('sync.panel.pending')}</dt>
      <dd className="tabular" data-testid="sync-facts-pending">
        {formatCount(status.pending)}
      </dd>
      <dt>{t('sync.panel.conflicts')}</dt>
      <dd className="tabular" data-testid="sync-facts-conflicts">
        {formatCount(status.conflicts)}
      </dd>
      {status.refused > 0 && (
        <>
          <dt>{t('sync.panel.refused')}</dt>
          <dd className="tabular" data-testid="sync-facts-refused">
            {formatCount(status.refused)}
          </dd>
        </>
      )}
      {failing && (
        <>
          <dt>{t('sync.panel.lastError')}</dt>
          <dd className="sync-facts__error" lang="en" data-testid="sync-facts-error">
            {status.lastError}
          </dd>
        </>
      )}
    </dl>
  );
}
