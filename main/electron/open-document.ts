// "Open with system viewer": the PoE is written to a private temp folder under a tidy name and
// handed to the operating system. Only document and picture types (services/documents.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, shell } from 'electron';
import { DomainError } from '../../shared/api/result';
import type { ServiceContext } from '../services/context';
import { systemViewerFile } from '../services/documents';

export async function openWithSystemViewer(ctx: ServiceContext, id: string): Promise<{ opened: true }> {
  const file = systemViewerFile(ctx, id);
  const dir = join(app.getPath('temp'), 'cpor-poe', file.sha256);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, file.fileName);
  // Read-only: the other program reads a copy; the store's file is never handed out.
  await writeFile(path, file.bytes, { mode: 0o400 }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EACCES') throw error;
  });
  const failure = await shell.openPath(path);
  if (failure) {
    throw new DomainError('unavailable', `No program could open "${file.fileName}": ${failure}`, {
      key: 'document-no-program',
      params: { name: file.fileName, detail: failure },
    });
  }
  return { opened: true };
}
