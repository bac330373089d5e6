// Restore while the app runs (Settings, "Restore…"): the backup is checked in a staging folder
// inside the data folder exactly as `cpor restore` checks it, then the store is closed and swapped
// inside its folder: the data folder itself stays (in the desktop app it is also Chromium's
// profile, and it holds the person's settings). PoE files are content-addressed and checked
// against their hashes, so each takes its place; the database goes last, in one atomic rename.
// The replaced database is kept in before-restore-<stamp>/, with the PoE files only it referred
// to: files/ then holds exactly the restored store's files, and `cpor verify` finds no stranger.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Restored } from '../../../shared/api/schemas';
import { UploadedFile } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/result';
import { listFilesDir } from '../../store/file-store';
import { FILES_DIR, STORE_FILE } from '../../store/open';
import type { ServiceContext } from '../context';
import type { LiveStore } from '../live-store';
import { BackupRefusedError, restoreStamp, stageBackup } from './restore-backup';

/** Largest backup accepted as bytes through the API; a bigger one goes through `cpor restore`. */
export const MAX_RESTORE_BYTES = 1024 * 1024 * 1024;

/** When the restore ran on this machine (not the services' clock), unique even twice in a millisecond. */
function uniqueStamp(): string {
  return `${restoreStamp(new Date())}-${randomBytes(3).toString('hex')}`;
}

function keepAside(dataDir: string, stamp: string): string {
  const previous = join(dataDir, `before-restore-${stamp}`);
  mkdirSync(previous);
  const db = join(dataDir, STORE_FILE);
  if (existsSync(db)) {
    // A second name for the old database: the rename below replaces the first, the file stays whole.
    try {
      linkSync(db, join(previous, STORE_FILE));
    } catch {
      copyFileSync(db, join(previous, STORE_FILE));
    }
  }
  return previous;
}

/** Moves what `files/` holds and the restored store does not into the kept folder, where the old database is. */
function moveAsideUnused(filesDir: string, stagedFiles: string, keptFiles: string): void {
  const restored = new Set(listFilesDir(stagedFiles).map(({ shard, name }) => `${shard}/${name}`));
  for (const { shard, name } of listFilesDir(filesDir)) {
    if (restored.has(`${shard}/${name}`)) continue;
    mkdirSync(join(keptFiles, shard), { recursive: true });
    renameSync(join(filesDir, shard, name), join(keptFiles, shard, name));
  }
}

/** Swaps the staged store into `dataDir`, whose database is closed. Returns where the old one is kept. */
function swapIn(staging: string, dataDir: string, stamp: string): string {
  const db = join(dataDir, STORE_FILE);
  // Our connection is closed and SQLite removes the log when the last one closes: a log still
  // there means another program (a `cpor` command) has the store open.
  if (existsSync(`${db}-wal`)) {
    throw new BackupRefusedError('another program has the store open (a cpor command?); let it finish, then restore again', 'store-busy');
  }
  const previous = keepAside(dataDir, stamp);
  const stagedFiles = join(staging, FILES_DIR);
  moveAsideUnused(join(dataDir, FILES_DIR), stagedFiles, join(previous, FILES_DIR));
  for (const shard of existsSync(stagedFiles) ? readdirSync(stagedFiles) : []) {
    mkdirSync(join(dataDir, FILES_DIR, shard), { recursive: true });
    for (const name of readdirSync(join(stagedFiles, shard))) {
      renameSync(join(stagedFiles, shard, name), join(dataDir, FILES_DIR, shard, name));
    }
  }
  renameSync(join(staging, STORE_FILE), db);
  return previous;
}

function restoreRefused(err: BackupRefusedError): DomainError {
  return new DomainError('invalid-input', `restore refused, nothing changed: ${err.message}`, {
    key: 'restore-refused',
    params: { problem: err.problem, ...err.params },
  });
}

function liveStoreOf(ctx: ServiceContext): LiveStore {
  if (!ctx.liveStore) throw new DomainError('unavailable', 'restoring needs the running workstation; from a terminal use "cpor restore FILE"');
  return ctx.liveStore;
}

/** Restores a backup file into the running app's store; `label` names the file in a refusal. */
export async function restoreInPlace(ctx: ServiceContext, backupFile: string, label?: string): Promise<Restored> {
  const live = liveStoreOf(ctx);
  const stamp = uniqueStamp();
  const staging = join(live.store.dataDir, `.restoring-${stamp}`);
  try {
    const manifest = await stageBackup(backupFile, staging, label);
    const previous = await live.replace((dataDir) => swapIn(staging, dataDir, stamp));
    return { createdAt: manifest.createdAt, claims: manifest.claims, historyEntries: manifest.historyEntries, files: manifest.files, previous };
  } catch (err) {
    throw err instanceof BackupRefusedError ? restoreRefused(err) : err;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Restores a backup that arrived as bytes (Electron's IPC) or as the file the browser host streamed its upload to. */
export async function restoreFromBytes(ctx: ServiceContext, upload: Uint8Array | UploadedFile): Promise<Restored> {
  const live = liveStoreOf(ctx);
  const size = upload instanceof UploadedFile ? upload.size : upload.byteLength;
  if (size > MAX_RESTORE_BYTES) {
    throw restoreRefused(new BackupRefusedError('the backup is larger than 1 GiB; use "cpor restore FILE"', 'too-large'));
  }
  // The host removes its own file once the call has answered.
  if (upload instanceof UploadedFile) return restoreInPlace(ctx, upload.path, 'the file');
  const file = join(live.store.dataDir, `.restore-upload-${uniqueStamp()}.cporbackup`);
  writeFileSync(file, upload, { flag: 'wx' });
  try {
    return await restoreInPlace(ctx, file, 'the file');
  } finally {
    rmSync(file, { force: true });
  }
}
