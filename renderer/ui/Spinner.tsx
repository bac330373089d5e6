import { useTranslation } from '../i18n/useTranslation';

interface SpinnerProps {
  readonly label?: string;
  readonly large?: boolean;
}

export function Spinner({ label, large = false }: SpinnerProps) {
  const { t } = useTranslation();
  return <span className={large ? 'spinner spinner--large' : 'spinner'} role="status" aria-label={label ?? t('common.loading')} />;
}

/** A spinner with visible text, centred in the space it is given. */
export function LoadingBlock({ label }: { readonly label: string }) {
  return (
    <div className="spinner-block">
      <span className="spinner" aria-hidden="true" />
      <span role="status">{label}</span>
    </div>
  );
}
