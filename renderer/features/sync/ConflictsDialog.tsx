import { useTranslation } from 'react-i18next';
import './sync.css';
import { useSessionStore } from '../../state/sessionStore';
import { useSyncStore } from '../../state/syncStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingBlock } from '../../ui/Spinner';
import { ConflictCard } from './ConflictCard';

/** Every conflict the hub keeps open, each with both sides; opened from the top bar or a claim. */
export function ConflictsDialog() {
  const open = useSyncStore((s) => s.conflictsOpen);
  const conflicts = useSyncStore((s) => s.conflicts);
  const loadError = useSyncStore((s) => s.conflictsError);
  const close = useSyncStore((s) => s.closeConflicts);
  const you = useSessionStore((s) => s.info?.user ?? null);
  const { t } = useTranslation();

  return (
    <Dialog
      open={open}
      title={t('sync.conflicts.title')}
      size="large"
      onClose={close}
      testId="conflicts-dialog"
      actions={
        <Button onClick={close} data-autofocus data-testid="conflicts-close">
          {t('sync.conflicts.close')}
        </Button>
      }
    >
      <p className="conflicts__intro small">{t('sync.conflicts.intro')}</p>
      {loadError && (
        <Banner testId="error-banner" title={t('sync.conflicts.loadFailed')}>
          <ErrorMessage error={loadError} />
        </Banner>
      )}
      {!conflicts && !loadError && <LoadingBlock label={t('sync.conflicts.loading')} />}
      {conflicts?.length === 0 && (
        <p className="conflicts__none" data-testid="conflicts-none">
          {t('sync.conflicts.none')}
        </p>
      )}
      {conflicts && conflicts.length > 0 && (
        <div className="conflicts__list">
          {conflicts.map((c) => (
            <ConflictCard key={c.id} conflict={c} you={you} onOpenClaim={close} />
          ))}
        </div>
      )}
    </Dialog>
  );
}
