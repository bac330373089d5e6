import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from './i18n/useTranslation';
import { isAuthLost, subscribeAuthLost } from './api/client';
import { AuthLostScreen } from './AuthLostScreen';
import { ClaimView } from './features/claim/ClaimView';
import { QueueView } from './features/queue/QueueView';
import { ReportsView } from './features/reports/ReportsView';
import { SettingsView } from './features/settings/SettingsView';
import { ConflictsDialog } from './features/sync/ConflictsDialog';
import { RefusalsDialog } from './features/sync/RefusalsDialog';
import { TeamView } from './features/team/TeamView';
import { useClaimStore } from './state/claimStore';
import { useQueueStore } from './state/queueStore';
import { startRoutes } from './state/routes';
import { useScreenStore } from './state/screenStore';
import { useSessionStore } from './state/sessionStore';
import { ShortcutHelp } from './keyboard/ShortcutHelp';
import { useDeskKeys } from './keyboard/useDeskKeys';
import { TopBar } from './TopBar';
import { Banner } from './ui/Banner';
import { ErrorMessage } from './ui/ErrorMessage';
import { applyTheme } from './ui/theme';
import { setTimeDisplay } from './i18n/format';
import { chooseLanguage } from './i18n/language-choice';
import { Toast } from './ui/Toast';

export function App() {
  const authLost = useSyncExternalStore(subscribeAuthLost, isAuthLost);
  const openId = useClaimStore((s) => s.openId);
  const screen = useScreenStore((s) => s.screen);
  const user = useSessionStore((s) => s.info?.user ?? null);
  const theme = useSessionStore((s) => s.info?.theme ?? null);
  const language = useSessionStore((s) => s.info?.language ?? null);
  const calendarZone = useSessionStore((s) => s.info?.calendar.timeZone ?? null);
  const timeDisplay = useSessionStore((s) => s.info?.timeZoneDisplay ?? 'calendar');
  const sessionError = useSessionStore((s) => s.error);
  const notice = useClaimStore((s) => s.notice);
  const dismissNotice = useClaimStore((s) => s.dismissNotice);
  const { t } = useTranslation();

  useDeskKeys(screen !== 'desk' ? 'off' : openId ? 'claim' : 'queue');

  useEffect(() => {
    void useSessionStore.getState().load();
  }, []);

  useEffect(() => startRoutes(), []);

  useEffect(() => {
    if (user) useQueueStore.getState().setUser(user);
  }, [user]);

  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  // The person's choice in Settings, once made, wins over the window's first guess.
  useEffect(() => {
    if (language) chooseLanguage(language);
  }, [language]);

  useEffect(() => {
    document.title = openId ? `${openId} · CPOR Workstation` : 'CPOR Workstation';
  }, [openId]);

  if (authLost) return <AuthLostScreen />;

  // Set before the screens render; keyed below so rows already drawn are drawn again in the new zone.
  setTimeDisplay(calendarZone, timeDisplay);

  return (
    <div className="app">
      <TopBar />
      {sessionError && (
        <div className="app__banner">
          <Banner testId="error-banner" title={t('common.session.unavailable')}>
            <ErrorMessage error={sessionError} />
          </Banner>
        </div>
      )}
      <main className="app__main" key={`${calendarZone ?? ''}|${timeDisplay}`}>
        {screen === 'desk' && (openId ? <ClaimView key={openId} claimId={openId} /> : <QueueView />)}
        {screen === 'reports' && <ReportsView />}
        {screen === 'settings' && <SettingsView />}
        {screen === 'team' && <TeamView />}
      </main>
      <ShortcutHelp />
      <ConflictsDialog />
      <RefusalsDialog />
      {notice && <Toast key={notice.id} id={notice.id} text={notice.text} onDone={dismissNotice} />}
    </div>
  );
}
