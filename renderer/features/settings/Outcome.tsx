// What a save, a refusal, a backup or a restore says, worded in the UI's language as it is shown.
// Names, paths and what was typed are data (translate="no"); the service's English, when the
// screen cannot tell which refusal it is, comes after a lead-in and is marked lang="en".
import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/useTranslation';
import { type ApiError, fromService } from '../../api/api-error';
import { keyedErrorText } from '../../api/error-text';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDateTime, formatDay } from '../../i18n/format';
import { teamSettingRefusalText } from '../../i18n/roleRefusal';
import type { FieldError } from './fieldError';
import type { SavedNote, StoreTask } from '../../state/settingsStore';


const data = (text: string) => <span translate="no">{text}</span>;
const path = (text: string) => <code className="settings-path settings-path--inline" translate="no">{text}</code>;

export function SavedText({ note }: { readonly note: SavedNote }) {
  const { t } = useTranslation();
  switch (note.kind) {
    case 'saved':
      return t('settings.saved');
    case 'identity':
      return <Trans i18nKey="settings.identity.saved" values={{ role: t(`roles.inSentence.${note.role}`) }} components={{ name: data(note.identity) }} />;
    case 'calendar': {
      const { deadlines } = note;
      if (!deadlines) return t('settings.saved');
      if (deadlines.changed === 0) return t('settings.calendar.unchanged', { count: deadlines.claims });
      return t('settings.calendar.moved', { count: deadlines.changed, claims: t('settings.calendar.claims', { count: deadlines.claims }) });
    }
    case 'policy':
      return t('settings.policy.saved', { date: formatDay(note.from), policy: note.policy });
    case 'team':
      return t('settings.teamHub.saved', { version: note.version });
    case 'theme':
      return t(`settings.appearance.themeSaved.${note.theme}`);
    case 'language':
      return t('settings.appearance.languageSaved', { language: t(`settings.appearance.languages.${note.language}`) });
    case 'times':
      return t(`settings.appearance.timesSaved.${note.display}`);
    case 'dataFolder':
      return <Trans i18nKey="settings.data.folderSaved" components={{ path: path(note.folder) }} />;
  }
}

/** The service's words, after a lead-in in the UI's language. */
function Quoted({ lead, message, service }: { readonly lead: string; readonly message: string; readonly service: boolean }) {
  return (
    <>
      {lead} <span lang={service ? 'en' : undefined}>{message}</span>
    </>
  );
}

export function FieldErrorText({ error }: { readonly error: FieldError }) {
  const { t } = useTranslation();
  const refusal = error.refusal;
  if (!refusal) return <Quoted lead={t('settings.refusal.refused')} message={error.message} service={error.service} />;
  switch (refusal.kind) {
    case 'identityTooLong':
      return t('settings.refusal.identityTooLong', { max: refusal.max });
    case 'regionUnknown':
    case 'zoneUnknown':
    case 'folderFile':
    case 'folderReadOnly':
    case 'folderMissing':
      return <Trans i18nKey={`settings.refusal.${refusal.kind}`} components={{ value: data(refusal.value) }} />;
    case 'folderRelative':
      return (
        <Trans
          i18nKey="settings.refusal.folderRelative"
          values={{ unix: '/home/alex/cpor-data', windows: 'C:\\cpor-data' }}
          components={{ value: data(refusal.value) }}
        />
      );
    case 'folderFixed':
      return <Trans i18nKey="settings.refusal.folderFixed" components={{ code: <code translate="no" /> }} />;
    case 'policyTooEarly':
      return t('settings.refusal.policyTooEarly', { policy: refusal.policy, effective: formatDay(refusal.effective), from: formatDay(refusal.from) });
    case 'teamSetting':
      return teamSettingRefusalText(refusal.role, refusal.part) ?? error.message;
    case 'keyed':
      return <ErrorMessage error={refusal.error} />;
    default:
      return t(`settings.refusal.${refusal.kind}`);
  }
}

const RESTORE_REFUSED = /^restore refused, nothing changed: /;

/** A backup or restore that failed: a refused restore says so itself; anything else after a lead-in. */
function FailedTask({ kind, error }: { readonly kind: 'backup' | 'restore'; readonly error: ApiError }) {
  const { t } = useTranslation();
  if (error.refusal?.key === 'restore-refused' && keyedErrorText(error)) return <ErrorMessage error={error} />;
  // A refused restore this window cannot word: the lead-in in the UI's language, the reason in English.
  if (kind === 'restore' && fromService(error) && RESTORE_REFUSED.test(error.message)) {
    return <Quoted lead={t('settings.data.restoreRefused')} message={error.message.replace(RESTORE_REFUSED, '')} service />;
  }
  return (
    <>
      {t(kind === 'backup' ? 'settings.data.backupFailed' : 'settings.data.restoreFailed')} <ErrorMessage error={error} />
    </>
  );
}

export function TaskText({ task }: { readonly task: StoreTask }) {
  const { t } = useTranslation();
  switch (task.state) {
    case 'working':
      return t(task.kind === 'backup' ? 'settings.data.backingUp' : 'settings.data.checking');
    case 'failed':
      return <FailedTask kind={task.kind} error={task.error} />;
    case 'done':
      break;
  }
  const counts = (claims: number, files: number) => ({
    claims: t('settings.data.claims', { count: claims }),
    files: t('settings.data.files', { count: files }),
  });
  switch (task.kind) {
    case 'backedUp':
      return <Trans i18nKey="settings.data.backedUp" values={counts(task.claims, task.files)} components={{ file: path(task.file) }} />;
    case 'downloading':
      return <Trans i18nKey="settings.data.downloading" components={{ file: data(task.file) }} />;
    case 'restored': {
      const { restored } = task;
      return (
        <Trans
          i18nKey="settings.data.restored"
          values={{ ...counts(restored.claims, restored.files), date: formatDateTime(restored.createdAt) }}
          components={{ path: path(restored.previous) }}
        />
      );
    }
  }
}
