// "Back up now" in the browser host: the same backup as `cpor backup`, written to a temporary file
// and handed back as bytes for the browser to save as a download.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../store/open';
import { createBackup } from './create-backup';

export async function backupBytes(store: Store, now: Date = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const folder = mkdtempSync(join(tmpdir(), 'cpor-backup-'));
  try {
    const file = join(folder, 'store.cporbackup');
    await createBackup(store, file, now);
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
