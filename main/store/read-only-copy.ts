// A store in a folder this user cannot write (another user's, a read-only mount) cannot be opened
// in place: a WAL database needs its shared-memory file beside it. It is read from a private copy
// instead (a snapshot as of opening: the database and its log), which is removed at close.
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_CANTOPEN', 'SQLITE_READONLY_CANTINIT']);

/** Did opening fail because the folder or the file cannot be written? */
export function isReadOnlyFailure(err: unknown): boolean {
  return READ_ONLY_CODES.has((err as { code?: string } | null)?.code ?? '');
}

export function copyForReading(file: string): { file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'cpor-read-only-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const copy = join(dir, basename(file));
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    chmodSync(dir, 0o700);
    return { file: copy, remove };
  } catch (err) {
    remove();
    throw err;
  }
}
