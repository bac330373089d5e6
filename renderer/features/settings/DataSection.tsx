import { useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
import type { Settings } from '../../../shared/api/schemas';
import { BACKUP_EXTENSION } from '../../../shared/api/backup-file';
import { call } from '../../api/client';
import { type ApiError, toApiError } from '../../api/api-error';
import { useRefusal } from '../../state/permissions';
import { type StoreTask, useSettingsStore } from '../../state/settingsStore';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RoleNote } from '../../ui/RoleNote';
import { Spinner } from '../../ui/Spinner';
import { FieldErrorText, SavedText, TaskText } from './Outcome';
import { Field, SettingsSection, useSection } from './SettingsSection';

const CODE = { code: <code translate="no" /> };

/** Where the store lives, and its backups. */
export function DataSection({ settings, desktop }: { readonly settings: Settings; readonly desktop: boolean }) {
  const { t } = useTranslation();
  return (
    <SettingsSection id="data" title={t('settings.data.title')} description={t('settings.data.description')}>
      <DataFolderField settings={settings} />
      <Field label={t('settings.data.personal')} name="personalStore" status={useSection('data')} hint={t('settings.data.personalHint')}>
        <code className="settings-path" translate="no" data-testid="settings-personal-store">
          {settings.personalStore}
        </code>
      </Field>
      <BackupField desktop={desktop} />
    </SettingsSection>
  );
}

function DataFolderField({ settings }: { readonly settings: Settings }) {
  const status = useSection('data');
  const save = useSettingsStore((s) => s.save);
  const { current, next, changeable } = settings.dataFolder;
  const [choosing, setChoosing] = useState(false);
  /** Why the native dialog failed. */
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { t } = useTranslation();

  async function choose() {
    setChoosing(true);
    setProblem(null);
    try {
      const { folder } = await call('settings.chooseDataFolder', {});
      if (folder) await save('data', { dataFolder: folder }, (r) => ({ kind: 'dataFolder', folder: r.settings.dataFolder.next ?? folder }));
    } catch (error) {
      setProblem(toApiError(error));
    } finally {
      setChoosing(false);
    }
  }

  // A refusal that names the folder sits under it (Field); anything else here.
  const strays = status.errors.filter((e) => e.field !== 'dataFolder');
  const hint = changeable ? t('settings.data.folderHint') : <Trans i18nKey="settings.data.folderHintHost" components={CODE} />;
  return (
    <Field label={t('settings.data.folder')} name="dataFolder" status={status} hint={hint}>
      <div className="settings-row">
        <code className="settings-path" translate="no" data-testid="settings-data-folder">
          {current}
        </code>
        {changeable && (
          <Button size="small" onClick={() => void choose()} disabled={choosing || status.saving} data-testid="settings-choose-data-folder">
            {t('settings.data.choose')}
          </Button>
        )}
      </div>
      {next && (
        <p className="settings-field__pending" data-testid="settings-data-folder-next">
          <Trans i18nKey="settings.data.next" components={{ path: <code className="settings-path" translate="no">{next}</code> }} />
        </p>
      )}
      {status.saved && (
        <p className="settings-section__saved">
          <SavedText note={status.saved} />
        </p>
      )}
      {problem && (
        <p className="settings-field__error" role="alert">
          {t('settings.data.chooseFailed')} <ErrorMessage error={problem} />
        </p>
      )}
      {strays.map((e, i) => (
        <p key={i} className="settings-field__error" role="alert">
          <FieldErrorText error={e} />
        </p>
      ))}
    </Field>
  );
}

function TaskLine({ task, testId }: { readonly task: StoreTask | null; readonly testId: string }) {
  const { t } = useTranslation();
  if (!task) return null;
  return (
    <p className={`store-task store-task--${task.state}`} role={task.state === 'failed' ? 'alert' : 'status'} data-testid={testId}>
      {task.state === 'working' && <Spinner label={t('common.working')} />}
      <span>
        <TaskText task={task} />
      </span>
    </p>
  );
}

function BackupField({ desktop }: { readonly desktop: boolean }) {
  const backup = useSettingsStore((s) => s.backup);
  const restore = useSettingsStore((s) => s.restore);
  const { backUp, restoreFrom } = useSettingsStore.getState();
  const backupRefusal = useRefusal(desktop ? 'store.backupToFile' : 'store.backup');
  const restoreRefusal = useRefusal(desktop ? 'store.restoreFromFile' : 'store.restore');
  const fileInput = useRef<HTMLInputElement>(null);
  /** The file chosen in the browser host, or 'desktop' when the native dialog comes after the confirmation. */
  const [confirming, setConfirming] = useState<File | 'desktop' | null>(null);
  const busy = backup?.state === 'working' || restore?.state === 'working';
  const { t } = useTranslation();

  function confirmed() {
    const chosen = confirming;
    setConfirming(null);
    if (chosen) void restoreFrom(chosen === 'desktop' ? null : chosen);
  }

  return (
    <Field label={t('settings.data.backup')} name="backup" status={useSection('data')}>
      <div className="settings-row">
        <Button onClick={() => void backUp()} disabled={busy || backupRefusal !== null} data-testid="settings-backup">
          {t('settings.data.backUp')}
        </Button>
        <Button
          onClick={() => (desktop ? setConfirming('desktop') : fileInput.current?.click())}
          disabled={busy || restoreRefusal !== null}
          data-testid="settings-restore"
        >
          {t('settings.data.restore')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept={`.${BACKUP_EXTENSION},.zip`}
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="settings-restore-file"
          onChange={(e) => {
            const file = e.target.files?.[0] ?? null;
            e.target.value = '';
            if (file) setConfirming(file);
          }}
        />
      </div>
      <p className="settings-field__hint">
        <Trans i18nKey="settings.data.backupHint" values={{ extension: BACKUP_EXTENSION }} components={CODE} />
      </p>
      {backupRefusal && <RoleNote text={backupRefusal} testId="settings-backup-role-note" />}
      {restoreRefusal && <RoleNote text={restoreRefusal} testId="settings-restore-role-note" />}
      <TaskLine task={backup} testId="settings-backup-status" />
      <TaskLine task={restore} testId="settings-restore-status" />
      <Dialog
        open={confirming !== null}
        title={t('settings.data.confirm.title')}
        onClose={() => setConfirming(null)}
        testId="dialog-restore"
        actions={
          <>
            <Button onClick={() => setConfirming(null)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button variant="danger" onClick={confirmed} data-testid="confirm-restore">
              {confirming === 'desktop' ? t('settings.data.confirm.choose') : t('settings.data.confirm.restore')}
            </Button>
          </>
        }
      >
        <p>
          {confirming instanceof File ? (
            <Trans i18nKey="settings.data.confirm.bodyFile" components={{ file: <strong translate="no">{confirming.name}</strong> }} />
          ) : (
            t('settings.data.confirm.body')
          )}
        </p>
      </Dialog>
    </Field>
  );
}
