import { useTranslation } from 'react-i18next';
import { type Screen, useScreenStore } from './state/screenStore';

/** The top-level screens, as tabs in the top bar. Only the screens this build has are listed. */
export function ScreenNav({ screens }: { readonly screens: readonly Screen[] }) {
  const screen = useScreenStore((s) => s.screen);
  const show = useScreenStore((s) => s.show);
  const { t } = useTranslation();
  return (
    <nav className="screen-nav" aria-label={t('common.screens.label')}>
      {screens.map((s) => (
        <button
          key={s}
          type="button"
          className={s === screen ? 'screen-nav__item screen-nav__item--active' : 'screen-nav__item'}
          aria-current={s === screen ? 'page' : undefined}
          onClick={() => show(s)}
          data-testid={`screen-${s}`}
        >
          {t(`common.screens.${s}`)}
        </button>
      ))}
    </nav>
  );
}
