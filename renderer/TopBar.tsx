import { useTranslation } from './i18n/useTranslation';
import { useShortcutHelp } from './keyboard/useDeskKeys';
import { SyncIndicator } from './features/sync/SyncIndicator';
import { ScreenNav } from './ScreenNav';
import type { Screen } from './state/screenStore';
import { useSessionStore } from './state/sessionStore';
import { Button } from './ui/Button';

function initials(name: string): string {
  const parts = name.split(/[\s._@-]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}

/** Screens built so far; a screen joins the list when it is real. */
const SCREENS_BUILT: readonly Screen[] = ['desk', 'team', 'reports', 'settings'];

export function TopBar() {
  const info = useSessionStore((s) => s.info);
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <svg className="topbar__logo" width="20" height="20" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="currentColor" />
          <path d="M10 8.5h8.5L23 13v10.5H10z" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinejoin="round" />
          <path d="M13 17.5l2.3 2.3 4.2-4.6" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="topbar__name" translate="no">
          CPOR Workstation
        </span>
      </div>
      {info && (
        <span className="topbar__count tabular" data-testid="claim-count">
          {t('common.topBar.claims', { count: info.claimCount })}
        </span>
      )}
      {SCREENS_BUILT.length > 1 && <ScreenNav screens={SCREENS_BUILT} />}
      <div className="topbar__spacer" />
      <SyncIndicator />
      <Button
        variant="ghost"
        size="small"
        onClick={() => useShortcutHelp.getState().setHelpOpen(true)}
        aria-keyshortcuts="?"
        data-testid="show-shortcuts"
      >
        {t('common.topBar.shortcuts')} <kbd>?</kbd>
      </Button>
      {info && (
        <div className="topbar__user" title={t('common.topBar.user', { version: info.appVersion, dataDir: info.dataDir })} data-testid="current-user">
          <span className="topbar__avatar" aria-hidden="true" translate="no">
            {initials(info.user)}
          </span>
          <span translate="no">{info.user}</span>
          <span className="topbar__role" data-testid="current-role">
            {t(`common.roles.${info.role}`)}
          </span>
        </div>
      )}
    </header>
  );
}
