import { useEffect } from 'react';
import { useTranslation } from './i18n/useTranslation';
import { useRefusal } from './state/permissions';
import { type Screen, useScreenStore } from './state/screenStore';

/** The API method a screen is built on: a role refused it cannot open the screen (shared/domain/roles). */
const SCREEN_METHODS: Readonly<Record<Screen, string | null>> = { desk: null, team: 'team.dashboard', reports: 'report.preview', settings: null };

/** The top-level screens, as tabs in the top bar. Only the screens this build has are listed. */
export function ScreenNav({ screens }: { readonly screens: readonly Screen[] }) {
  const { t } = useTranslation();
  return (
    <nav className="screen-nav" aria-label={t('common.screens.label')}>
      {screens.map((s) => (
        <ScreenTab key={s} screen={s} />
      ))}
    </nav>
  );
}

function ScreenTab({ screen }: { readonly screen: Screen }) {
  const current = useScreenStore((s) => s.screen);
  const show = useScreenStore((s) => s.show);
  const refusal = useRefusal(SCREEN_METHODS[screen] ?? '');
  const active = screen === current;
  const { t } = useTranslation();
  // A role changed in Settings may close the screen on show: back to the desk.
  useEffect(() => {
    if (active && refusal) show('desk');
  }, [active, refusal, show]);
  return (
    <button
      type="button"
      className={active ? 'screen-nav__item screen-nav__item--active' : 'screen-nav__item'}
      aria-current={active ? 'page' : undefined}
      onClick={() => show(screen)}
      disabled={refusal !== null}
      title={refusal ?? undefined}
      data-testid={`screen-${screen}`}
    >
      {t(`common.screens.${screen}`)}
    </button>
  );
}
