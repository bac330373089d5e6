// A large request body (a backup to restore, up to 1 GiB) is written to a file as it arrives, never
// held in memory: a 400 MiB upload costs a chunk of memory, not 2.3 times its size. A body over
// the limit is read to its end and dropped, so the sender gets its 413 rather than a reset.
import { randomBytes } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { UploadedFile } from '../../shared/api/contract';

export type Received =
  | { readonly ok: true; readonly file: UploadedFile }
  | { readonly ok: false; readonly tooLarge: true }
  | { readonly ok: false; readonly tooLarge: false; readonly error: NodeJS.ErrnoException };

/** Streams the body into a new owner-only file in `dir`; the caller removes `file.path` when done. */
export async function receiveToFile(req: IncomingMessage, dir: string, maxBytes: number): Promise<Received> {
  const path = join(dir, `.restore-upload-${randomBytes(8).toString('hex')}.cporbackup`);
  let tooLarge = Number(req.headers['content-length'] ?? 0) > maxBytes;
  let failed: NodeJS.ErrnoException | null = null;
  let size = 0;
  const handle = tooLarge ? null : await open(path, 'wx', 0o600).catch((err: NodeJS.ErrnoException) => ((failed = err), null));
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      if (tooLarge || failed || !handle) continue;
      size += chunk.length;
      if (size > maxBytes) {
        tooLarge = true;
        continue;
      }
      // A full disk stops the writing, not the reading: the sender still gets an answer.
      await handle.write(chunk).catch((err: NodeJS.ErrnoException) => {
        failed = err;
      });
    }
  } finally {
    await handle?.close();
  }
  if (tooLarge || failed) {
    await rm(path, { force: true });
    return tooLarge ? { ok: false, tooLarge: true } : { ok: false, tooLarge: false, error: failed as unknown as NodeJS.ErrnoException };
  }
  return { ok: true, file: new UploadedFile(path, size) };
}
