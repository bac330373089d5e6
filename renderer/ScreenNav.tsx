import { type Screen, useScreenStore } from './state/screenStore';

const LABELS: Readonly<Record<Screen, string>> = { desk: 'Desk', team: 'Team', reports: 'Reports', settings: 'Settings' };

/** The top-level screens, as tabs in the top bar. Only the screens this build has are listed. */
export function ScreenNav({ screens }: { readonly screens: readonly Screen[] }) {
  const screen = useScreenStore((s) => s.screen);
  const show = useScreenStore((s) => s.show);
  return (
    <nav className="screen-nav" aria-label="Screens">
      {screens.map((s) => (
        <button
          key={s}
          type="button"
          className={s === screen ? 'screen-nav__item screen-nav__item--active' : 'screen-nav__item'}
          aria-current={s === screen ? 'page' : undefined}
          onClick={() => show(s)}
          data-testid={`screen-${s}`}
        >
          {LABELS[s]}
        </button>
      ))}
    </nav>
  );
}
