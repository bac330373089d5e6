import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import './settings.css';
import { useSessionStore } from '../../state/sessionStore';
import { useSettingsStore } from '../../state/settingsStore';
import { useSyncStore } from '../../state/syncStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingBlock } from '../../ui/Spinner';
import { AppearanceSection } from './AppearanceSection';
import { CalendarSection } from './CalendarSection';
import { DataSection } from './DataSection';
import { HubSection } from './HubSection';
import { IdentitySection } from './IdentitySection';
import { PolicySection } from './PolicySection';

/** Settings: the person's own (identity, role, appearance), the team's (calendar, policy, hub), then the store. */
export function SettingsView() {
  const view = useSettingsStore((s) => s.view);
  const loadError = useSettingsStore((s) => s.loadError);
  const load = useSettingsStore((s) => s.load);
  const desktop = useSessionStore((s) => s.info?.transport === 'electron');
  const syncStatus = useSyncStore((s) => s.status);
  // Whether the team hub sets the calendar and the policy here changes with a sync round (it may
  // bring the hub's) and with joining or leaving a hub: read the settings again after each.
  const joinedTo = syncStatus ? `${syncStatus.hubUrl ?? ''}|${syncStatus.hasToken}|${syncStatus.lastSyncAt ?? ''}` : null;
  const { t } = useTranslation();

  useEffect(() => {
    void load();
  }, [load, joinedTo]);

  return (
    <div className="settings-view" data-testid="settings-view">
      <div className="settings-view__column">
        <h1 className="settings-view__title">{t('settings.title')}</h1>
        {loadError && (
          <Banner testId="error-banner" title={t('settings.loadFailed')}>
            <ErrorMessage error={loadError} />{' '}
            <Button size="small" onClick={() => void load()}>
              {t('common.tryAgain')}
            </Button>
          </Banner>
        )}
        {!view && !loadError && <LoadingBlock label={t('settings.loading')} />}
        {view && (
          <>
            {/* Keyed by what they show: a save or a restore that changes the values starts the form afresh. */}
            <IdentitySection key={`${view.settings.identity}|${view.settings.role}`} settings={view.settings} />
            <CalendarSection key={JSON.stringify(view.settings.calendar)} settings={view.settings} choices={view.choices} />
            <PolicySection key={JSON.stringify(view.settings.policy)} settings={view.settings} choices={view.choices} />
            <AppearanceSection settings={view.settings} />
            {syncStatus && <HubSection status={syncStatus} />}
            <DataSection settings={view.settings} desktop={desktop} />
          </>
        )}
      </div>
    </div>
  );
}
