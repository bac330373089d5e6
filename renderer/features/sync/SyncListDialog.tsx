import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import './sync.css';
import type { ConflictView, RefusalView } from '../../../shared/api/sync';
import { useSessionStore } from '../../state/sessionStore';
import { useSyncStore } from '../../state/syncStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingBlock } from '../../ui/Spinner';

/** The lists sync keeps, by their name in the catalog (sync.conflicts.*, sync.refusals.*) and the test ids. */
interface Lists {
  readonly conflicts: ConflictView;
  readonly refusals: RefusalView;
}

interface SyncListDialogProps<N extends keyof Lists> {
  readonly name: N;
  /** A card per item; `you` is the acting person, `close` closes the list (before a claim opens). */
  readonly children: (item: Lists[N], you: string | null, close: () => void) => ReactNode;
}

/** One of sync's lists (the open conflicts, the refused changes): loading, failure, none, or a card each. */
export function SyncListDialog<N extends keyof Lists>({ name, children }: SyncListDialogProps<N>) {
  const conflicts = name === 'conflicts';
  const open = useSyncStore((s) => (conflicts ? s.conflictsOpen : s.refusalsOpen));
  const items = useSyncStore((s) => (conflicts ? s.conflicts : s.refusals)) as readonly Lists[N][] | null;
  const error = useSyncStore((s) => (conflicts ? s.conflictsError : s.refusalsError));
  const close = useSyncStore((s) => (conflicts ? s.closeConflicts : s.closeRefusals));
  const you = useSessionStore((s) => s.info?.user ?? null);
  const { t } = useTranslation();

  return (
    <Dialog
      open={open}
      title={t(`sync.${name}.title`)}
      size="large"
      onClose={close}
      testId={`${name}-dialog`}
      actions={
        <Button onClick={close} data-autofocus data-testid={`${name}-close`}>
          {t(`sync.${name}.close`)}
        </Button>
      }
    >
      <p className="conflicts__intro small">{t(`sync.${name}.intro`)}</p>
      {error && (
        <Banner testId="error-banner" title={t(`sync.${name}.loadFailed`)}>
          <ErrorMessage error={error} />
        </Banner>
      )}
      {!items && !error && <LoadingBlock label={t(`sync.${name}.loading`)} />}
      {items?.length === 0 && (
        <p className="conflicts__none" data-testid={`${name}-none`}>
          {t(`sync.${name}.none`)}
        </p>
      )}
      {items && items.length > 0 && <div className="conflicts__list">{items.map((item) => children(item, you, close))}</div>}
    </Dialog>
  );
}
