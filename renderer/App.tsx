import { useEffect, useSyncExternalStore } from 'react';
import { isAuthLost, subscribeAuthLost } from './api/client';
import { AuthLostScreen } from './AuthLostScreen';
import { ClaimView } from './features/claim/ClaimView';
import { QueueView } from './features/queue/QueueView';
import { TeamView } from './features/team/TeamView';
import { useClaimStore } from './state/claimStore';
import { useQueueStore } from './state/queueStore';
import { useScreenStore } from './state/screenStore';
import { useSessionStore } from './state/sessionStore';
import { ShortcutHelp } from './keyboard/ShortcutHelp';
import { useDeskKeys } from './keyboard/useDeskKeys';
import { TopBar } from './TopBar';
import { Banner } from './ui/Banner';
import { Toast } from './ui/Toast';

export function App() {
  const authLost = useSyncExternalStore(subscribeAuthLost, isAuthLost);
  const openId = useClaimStore((s) => s.openId);
  const screen = useScreenStore((s) => s.screen);
  const user = useSessionStore((s) => s.info?.user ?? null);
  const sessionError = useSessionStore((s) => s.error);
  const notice = useClaimStore((s) => s.notice);
  const dismissNotice = useClaimStore((s) => s.dismissNotice);

  useDeskKeys(screen !== 'desk' ? 'off' : openId ? 'claim' : 'queue');

  useEffect(() => {
    void useSessionStore.getState().load();
  }, []);

  useEffect(() => {
    if (user) useQueueStore.getState().setUser(user);
  }, [user]);

  useEffect(() => {
    document.title = openId ? `${openId} · CPOR Workstation` : 'CPOR Workstation';
  }, [openId]);

  if (authLost) return <AuthLostScreen />;

  return (
    <div className="app">
      <TopBar />
      {sessionError && (
        <div className="app__banner">
          <Banner testId="error-banner" title="Session information is unavailable">
            {sessionError.message}
          </Banner>
        </div>
      )}
      <main className="app__main">
        {screen === 'desk' && (openId ? <ClaimView key={openId} claimId={openId} /> : <QueueView />)}
        {screen === 'team' && <TeamView />}
      </main>
      <ShortcutHelp />
      {notice && <Toast key={notice.id} id={notice.id} text={notice.text} onDone={dismissNotice} />}
    </div>
  );
}
