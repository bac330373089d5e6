import { useRef, useState } from 'react';
import type { Settings } from '../../../shared/api/schemas';
import { BACKUP_EXTENSION } from '../../../shared/api/backup-file';
import { call } from '../../api/client';
import { toApiError } from '../../api/api-error';
import { useRefusal } from '../../state/permissions';
import { type StoreTask, useSettingsStore } from '../../state/settingsStore';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { RoleNote } from '../../ui/RoleNote';
import { Spinner } from '../../ui/Spinner';
import { Field, SettingsSection, useSection } from './SettingsSection';

/** Where the store lives, and its backups. */
export function DataSection({ settings, desktop }: { readonly settings: Settings; readonly desktop: boolean }) {
  return (
    <SettingsSection
      id="data"
      title="Data & backup"
      description="The store holds the team's claims, decisions, history and PoE files. A backup is one consistent copy of all of it, taken while you work."
    >
      <DataFolderField settings={settings} />
      <Field label="Your settings" name="personalStore" status={useSection('data')} hint="Name, role and appearance; the calendar and the policy are the team's and live in the store.">
        <code className="settings-path" data-testid="settings-personal-store">
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
  const [problem, setProblem] = useState<string | null>(null);

  async function choose() {
    setChoosing(true);
    setProblem(null);
    try {
      const { folder } = await call('settings.chooseDataFolder', {});
      if (folder) await save('data', { dataFolder: folder }, (r) => `Saved. The workstation opens ${r.settings.dataFolder.next ?? folder} from its next start.`);
    } catch (error) {
      setProblem(toApiError(error).message);
    } finally {
      setChoosing(false);
    }
  }

  // A refusal that names the folder sits under it (Field); anything else (the dialog failed) here.
  const stray = problem ?? (status.error && status.error.field !== 'dataFolder' ? status.error.message : null);
  const hint = changeable ? (
    'A new folder takes effect when the workstation restarts; an empty one starts an empty store.'
  ) : (
    <>
      The browser host serves the folder it was started with. To use another, start it with <code>npm start -- --data DIR</code> (or{' '}
      <code>cpor --data DIR serve</code>).
    </>
  );
  return (
    <Field label="Data folder" name="dataFolder" status={status} hint={hint}>
      <div className="settings-row">
        <code className="settings-path" data-testid="settings-data-folder">
          {current}
        </code>
        {changeable && (
          <Button size="small" onClick={() => void choose()} disabled={choosing || status.saving} data-testid="settings-choose-data-folder">
            Choose another…
          </Button>
        )}
      </div>
      {next && (
        <p className="settings-field__pending" data-testid="settings-data-folder-next">
          From the next start: <code className="settings-path">{next}</code>
        </p>
      )}
      {status.saved && <p className="settings-section__saved">{status.saved}</p>}
      {stray && (
        <p className="settings-field__error" role="alert">
          {stray}
        </p>
      )}
    </Field>
  );
}

function TaskLine({ task, testId }: { readonly task: StoreTask | null; readonly testId: string }) {
  if (!task) return null;
  return (
    <p className={`store-task store-task--${task.state}`} role={task.state === 'failed' ? 'alert' : 'status'} data-testid={testId}>
      {task.state === 'working' && <Spinner label="Working" />}
      {task.message}
    </p>
  );
}

function BackupField({ desktop }: { readonly desktop: boolean }) {
  const backup = useSettingsStore((s) => s.backup);
  const restore = useSettingsStore((s) => s.restore);
  const { backUp, restoreFrom } = useSettingsStore.getState();
  const restoreRefusal = useRefusal(desktop ? 'store.restoreFromFile' : 'store.restore');
  const fileInput = useRef<HTMLInputElement>(null);
  /** The file chosen in the browser host, or 'desktop' when the native dialog comes after the confirmation. */
  const [confirming, setConfirming] = useState<File | 'desktop' | null>(null);
  const busy = backup?.state === 'working' || restore?.state === 'working';

  function confirmed() {
    const chosen = confirming;
    setConfirming(null);
    if (chosen) void restoreFrom(chosen === 'desktop' ? null : chosen);
  }

  return (
    <Field label="Backup" name="backup" status={useSection('data')}>
      <div className="settings-row">
        <Button onClick={() => void backUp()} disabled={busy} data-testid="settings-backup">
          Back up now
        </Button>
        <Button
          onClick={() => (desktop ? setConfirming('desktop') : fileInput.current?.click())}
          disabled={busy || restoreRefusal !== null}
          data-testid="settings-restore"
        >
          Restore from a backup…
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
        The same backup as <code>cpor backup</code>: one .{BACKUP_EXTENSION} file with the store and every PoE file. A restore checks all of it
        first and refuses a damaged backup or one from a newer version.
      </p>
      {restoreRefusal && <RoleNote text={restoreRefusal} testId="settings-restore-role-note" />}
      <TaskLine task={backup} testId="settings-backup-status" />
      <TaskLine task={restore} testId="settings-restore-status" />
      <Dialog
        open={confirming !== null}
        title="Restore from a backup?"
        onClose={() => setConfirming(null)}
        testId="dialog-restore"
        actions={
          <>
            <Button onClick={() => setConfirming(null)} data-autofocus>
              Cancel
            </Button>
            <Button variant="danger" onClick={confirmed} data-testid="confirm-restore">
              {confirming === 'desktop' ? 'Choose the backup…' : 'Restore'}
            </Button>
          </>
        }
      >
        <p>
          Every claim, decision, comment and history entry in this store is replaced by the backup’s
          {confirming instanceof File ? (
            <>
              {' '}
              (<strong>{confirming.name}</strong>)
            </>
          ) : null}
          . The backup is checked completely first: if anything is wrong, nothing changes. The current database is kept in the data folder.
        </p>
      </Dialog>
    </Field>
  );
}
