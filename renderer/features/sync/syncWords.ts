// How a sync status reads: its state in words and the badge tone that goes with it.
import type { SyncState, SyncStatus } from '../../../shared/api/sync';
import { i18n } from '../../i18n/i18n';
import type { Tone } from '../../ui/Badge';
import { formatRelative } from '../../i18n/format';

export const SYNC_TONES: Record<SyncState, Tone> = {
  off: 'neutral',
  idle: 'ok',
  syncing: 'info',
  offline: 'warn',
  refused: 'danger',
};

export const syncStateLabel = (state: SyncState): string => i18n.t(`sync.state.${state}`);

/** "Synced 3 min ago" when idle with a last sync; the state's own word otherwise. */
export function syncHeadline(status: SyncStatus, now: number): string {
  if (status.state === 'idle' && status.lastSyncAt) return i18n.t('sync.indicator.syncedAgo', { time: formatRelative(status.lastSyncAt, now) });
  return syncStateLabel(status.state);
}

/** The tooltip: the state, the last error when the hub could not be reached or refused, and the changes it refused. */
export function syncTitle(status: SyncStatus): string {
  const state = syncStateLabel(status.state);
  const failing = status.state === 'offline' || status.state === 'refused';
  const title = failing && status.lastError ? i18n.t('sync.indicator.titleError', { state, error: status.lastError }) : i18n.t('sync.indicator.title', { state });
  return status.refused > 0 ? i18n.t('sync.indicator.titleRefused', { title, refused: refusedWords(status.refused) }) : title;
}

/** "2 changes refused by the hub": the pill's words in full. */
export const refusedWords = (count: number): string => i18n.t('sync.indicator.refusedLong', { count });
