// The name a backup is offered under (the desktop app's save dialog, the browser host's download):
// the minute it was made, so a folder of backups sorts by date.
export const BACKUP_EXTENSION = 'cporbackup';

export function backupFileName(now: Date): string {
  return `cpor-backup-${now.toISOString().slice(0, 16).replace(/[T:]/g, '-')}.${BACKUP_EXTENSION}`;
}
