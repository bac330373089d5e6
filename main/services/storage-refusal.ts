// A change the disk would not take is the person's to fix, not a bug: a full disk and a folder they
// cannot write are said in words (and as a keyed refusal) instead of "failed unexpectedly".
import { DomainError } from '../../shared/api/result';

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM', 'SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_READONLY_CANTINIT', 'SQLITE_READONLY_DBMOVED']);

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** The refusal for a write the disk refused, or null when `err` is something else. */
export function storageRefusal(method: string, err: unknown): DomainError | null {
  const code = codeOf(err);
  if (DISK_FULL.has(code)) {
    return new DomainError('unavailable', `${method}: the disk that holds the data folder is full; nothing was saved: free some space, then try again`, {
      key: 'disk-full',
      params: { method },
    });
  }
  if (READ_ONLY.has(code)) {
    return new DomainError(
      'unavailable',
      `${method}: the data folder cannot be written (read-only, or another user's); reading works, but nothing can be changed here`,
      { key: 'store-read-only', params: { method } },
    );
  }
  return null;
}
