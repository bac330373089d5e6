import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { ConflictView } from '../../../shared/api/sync';
import { useRefusal } from '../../state/permissions';
import { useSyncStore } from '../../state/syncStore';
import { Button } from '../../ui/Button';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RoleNote } from '../../ui/RoleNote';
import { Spinner } from '../../ui/Spinner';
import { useNow } from '../../ui/useNow';
import { ClaimCardHeader } from './ClaimCardHeader';
import { ConflictSide } from './ConflictSide';

interface ConflictCardProps {
  readonly conflict: ConflictView;
  /** The acting person's name, to mark their own change. */
  readonly you: string | null;
  readonly onOpenClaim: () => void;
}

/** One open conflict: the claim, both sides side by side, and the two ways to settle it. */
export function ConflictCard({ conflict, you, onOpenClaim }: ConflictCardProps) {
  const resolving = useSyncStore((s) => s.resolving);
  const resolveError = useSyncStore((s) => (s.resolveError?.conflictId === conflict.id ? s.resolveError.error : null));
  const refusal = useRefusal('sync.resolve');
  const [note, setNote] = useState('');
  const noteId = useId();
  const now = useNow();
  const { t } = useTranslation();
  const busy = resolving !== null;
  const resolve = (keep: 'applied' | 'ours') => void useSyncStore.getState().resolve(conflict, keep, note);

  return (
    <article className="conflict-card" data-testid="conflict-card" data-claim={conflict.claimId}>
      <ClaimCardHeader
        claimId={conflict.claimId}
        when={t('sync.conflicts.opened', { time: formatRelative(conflict.openedAt, now) })}
        whenTitle={formatDateTime(conflict.openedAt)}
        onOpenClaim={onOpenClaim}
        testId="conflict-open-claim"
      />
      <div className="conflict-card__sides">
        <ConflictSide kind="ours" side={conflict.ours} you={you} />
        <ConflictSide kind="theirs" side={conflict.theirs} you={you} />
      </div>
      {refusal ? (
        <RoleNote text={refusal} testId="conflict-role-note" />
      ) : (
        <div className="conflict-card__resolve">
          <label className="conflict-card__note-label small" htmlFor={noteId}>
            {t('sync.conflicts.note')}
          </label>
          <textarea
            id={noteId}
            className="textarea conflict-card__note"
            rows={2}
            maxLength={2000}
            value={note}
            placeholder={t('sync.conflicts.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
            data-testid="conflict-note"
          />
          {resolveError && (
            <p className="conflict-card__error" role="alert" data-testid="conflict-error">
              <ErrorMessage error={resolveError} />
            </p>
          )}
          <div className="conflict-card__actions">
            {resolving === conflict.id && <Spinner label={t('common.saving')} />}
            <Button onClick={() => resolve('applied')} disabled={busy} data-testid="conflict-keep-applied">
              {t('sync.conflicts.keepApplied')}
            </Button>
            <Button variant="primary" onClick={() => resolve('ours')} disabled={busy} data-testid="conflict-apply-ours">
              {t('sync.conflicts.applyOurs')}
            </Button>
          </div>
        </div>
      )}
    </article>
  );
}
