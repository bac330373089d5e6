import { Trans } from 'react-i18next';
import { useTranslation } from './i18n/useTranslation';

/** Full-window notice: without a valid token nothing else on screen could work. */
export function AuthLostScreen() {
  const { t } = useTranslation();
  return (
    <main className="auth-lost" role="alert" data-testid="auth-lost">
      <div className="auth-lost__card">
        <h1 className="auth-lost__title">{t('common.authLost.title')}</h1>
        <p>
          <Trans i18nKey="common.authLost.body" components={{ code: <code translate="no" /> }} />
        </p>
      </div>
    </main>
  );
}
