import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { Button } from './Button';

interface BannerProps {
  readonly tone?: 'error' | 'info';
  readonly title?: string;
  readonly children: ReactNode;
  readonly onDismiss?: () => void;
  readonly testId?: string;
}

export function Banner({ tone = 'error', title, children, onDismiss, testId }: BannerProps) {
  const { t } = useTranslation();
  return (
    <div className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <div className="banner__body">
        {title && <span className="banner__title">{t('common.colon', { text: title })} </span>}
        {children}
      </div>
      {onDismiss && (
        <Button variant="ghost" size="small" icon className="banner__dismiss" onClick={onDismiss} aria-label={t('common.dismiss')}>
          <CloseIcon />
        </Button>
      )}
    </div>
  );
}

function CloseIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <path d="M3 3l8 8M11 3l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
