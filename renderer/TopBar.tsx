import { useShortcutHelp } from './keyboard/useDeskKeys';
import { ScreenNav } from './ScreenNav';
import type { Screen } from './state/screenStore';
import { useSessionStore } from './state/sessionStore';
import { Button } from './ui/Button';
import { formatCount } from './ui/format';

function initials(name: string): string {
  const parts = name.split(/[\s._@-]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}

/** Screens built so far; a screen joins the list when it is real. */
const SCREENS_BUILT: readonly Screen[] = ['desk', 'team'];

export function TopBar() {
  const info = useSessionStore((s) => s.info);
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <svg className="topbar__logo" width="20" height="20" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="currentColor" />
          <path d="M10 8.5h8.5L23 13v10.5H10z" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinejoin="round" />
          <path d="M13 17.5l2.3 2.3 4.2-4.6" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="topbar__name">CPOR Workstation</span>
      </div>
      {info && (
        <span className="topbar__count tabular" data-testid="claim-count">
          {formatCount(info.claimCount)} {info.claimCount === 1 ? 'claim' : 'claims'}
        </span>
      )}
      {SCREENS_BUILT.length > 1 && <ScreenNav screens={SCREENS_BUILT} />}
      <div className="topbar__spacer" />
      <Button
        variant="ghost"
        size="small"
        onClick={() => useShortcutHelp.getState().setHelpOpen(true)}
        aria-keyshortcuts="?"
        data-testid="show-shortcuts"
      >
        Keyboard shortcuts <kbd>?</kbd>
      </Button>
      {info && (
        <div className="topbar__user" title={`Version ${info.appVersion} · data: ${info.dataDir}`} data-testid="current-user">
          <span className="topbar__avatar" aria-hidden="true">
            {initials(info.user)}
          </span>
          <span>{info.user}</span>
        </div>
      )}
    </header>
  );
}
