// Export files appear whole or not at all: the bytes go to a temp file beside the target, are
// fsynced, then renamed over it. A failed or refused export leaves neither a file nor a partial one.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { DomainError } from '../../../shared/api/result';

const WHY: Readonly<Record<string, string>> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'its folder is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
};

function cannotWrite(target: string, err: unknown): DomainError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  return new DomainError('unavailable', `cannot write ${target}: ${WHY[code] ?? (err as Error).message}`);
}

/** Runs `write`, which must end the stream it is given, then makes the file durable and visible. */
export async function writeFileAtomically(target: string, write: (out: Writable) => Promise<void>): Promise<number> {
  const path = resolve(target);
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  // flush: the stream fsyncs the file before it closes it. A 1 MiB buffer lets the writer go on
  // making rows while earlier ones are written on libuv's threads.
  const out = createWriteStream(partial, { flags: 'wx', flush: true, highWaterMark: 1 << 20 });
  try {
    await once(out, 'open');
  } catch (err) {
    throw cannotWrite(target, err);
  }
  try {
    await Promise.all([write(out), finished(out)]);
    const { size } = await stat(partial);
    try {
      await rename(partial, path);
    } catch (err) {
      throw cannotWrite(target, err);
    }
    await syncFolder(dirname(path));
    return size;
  } catch (err) {
    out.destroy();
    await rm(partial, { force: true });
    throw err;
  }
}

/** The rename itself survives a crash only once the folder is synced (not possible on Windows). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const dir = await open(folder, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
