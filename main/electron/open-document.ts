// "Open with system viewer": the PoE is written to this run's private temp folder under a tidy
// name and handed to the operating system. Only document and picture types (services/documents.ts).
//
// The folder is made by mkdtemp (a name no one can guess, mode 0700, created by this process), so
// another local user can neither plant a document there nor a link that turns the write into one
// through their path; each file is created exclusively. The folder goes when the app quits.
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, shell } from 'electron';
import { DomainError } from '../../shared/api/result';
import type { ServiceContext } from '../services/context';
import { systemViewerFile } from '../services/documents';

let privateDir: Promise<string> | null = null;

/** This run's folder for viewer copies: made on first use, removed when the app quits. */
function viewerFolder(): Promise<string> {
  privateDir ??= mkdtemp(join(app.getPath('temp'), 'cpor-poe-')).then((dir) => {
    app.on('will-quit', () => {
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // A viewer on Windows may still hold a copy open: the folder stays, private, in temp.
      }
    });
    return dir;
  });
  return privateDir;
}

export async function openWithSystemViewer(ctx: ServiceContext, id: string): Promise<{ opened: true }> {
  const file = systemViewerFile(ctx, id);
  const dir = join(await viewerFolder(), file.sha256);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, file.fileName);
  // Read-only: the other program reads a copy; the store's file is never handed out. Opened a
  // second time, the copy this run wrote is there already (EEXIST).
  await writeFile(path, file.bytes, { mode: 0o400, flag: 'wx' }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
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
