import { useTranslation } from '../i18n/useTranslation';
import { useScreenStore } from '../state/screenStore';

/**
 * Where the acting role may not act: the reason (i18n/roleRefusal.ts, in the UI's language), and the
 * way to the setting that changes it.
 */
export function RoleNote({ text, testId = 'role-note' }: { readonly text: string; readonly testId?: string }) {
  const show = useScreenStore((s) => s.show);
  const onSettings = useScreenStore((s) => s.screen === 'settings');
  const { t } = useTranslation();
  return (
    <p className="role-note" data-testid={testId}>
      <svg className="role-note__icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
        <rect x="2" y="5.2" width="8" height="5.8" rx="1.2" fill="currentColor" />
        <path d="M4 5.2V3.8a2 2 0 0 1 4 0v1.4" fill="none" stroke="currentColor" strokeWidth="1.3" />
      </svg>
      <span>
        {text}
        {!onSettings && (
          <>
            {' '}
            <button type="button" className="role-note__link" onClick={() => show('settings')}>
              {t('roles.settingsLink')}
            </button>
          </>
        )}
      </span>
    </p>
  );
}
