// `cpor backup FILE`: a consistent online copy of the store (SQLite's backup API, safe while the
// app writes) and every PoE file it references, in one zip, written atomically.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ZipFile } from 'yazl';
import { APP_VERSION } from '../../config/version';
import { storedFileHashes } from '../../store/documents-table';
import { filePath } from '../../store/file-store';
import { compactCopy } from '../../store/compact-copy';
import { eraseLegacyHubTokenFromCopy } from '../../store/legacy-token';
import { schemaVersion } from '../../store/migrate';
import { openSnapshot, type Store } from '../../store/open';
import { claimCount, historyEntryCount } from '../../store/store-facts';
import { BACKUP_FORMAT, DB_ENTRY, type Manifest, MANIFEST_NAME } from './manifest';

function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

export async function createBackup(store: Store, outFile: string, now: Date = new Date()): Promise<Manifest> {
  const staging = mkdtempSync(join(dirname(outFile), '.cpor-backup-'));
  const partial = `${outFile}.partial`;
  try {
    const snapshot = join(staging, DB_ENTRY);
    await store.db.backup(snapshot);
    // A store from before the token vault may still hold the hub token: never in a backup.
    eraseLegacyHubTokenFromCopy(snapshot);
    compactCopy(snapshot);
    const copy = openSnapshot(snapshot);
    let shas: string[];
    let manifest: Manifest;
    try {
      shas = storedFileHashes(copy);
      manifest = {
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: now.toISOString(),
        appVersion: APP_VERSION,
        schemaVersion: schemaVersion(copy),
        claims: claimCount(copy),
        historyEntries: historyEntryCount(copy),
        files: shas.length,
        dbSha256: '',
      };
    } finally {
      copy.close();
    }
    manifest.dbSha256 = await sha256OfFile(snapshot);

    const zip = new ZipFile();
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST_NAME);
    zip.addFile(snapshot, DB_ENTRY);
    // PoE files are PDFs and images, already compressed: store them as they are.
    for (const sha of shas) zip.addFile(filePath(store.filesDir, sha), `files/${sha.slice(0, 2)}/${sha}`, { compress: false });
    zip.end();
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(partial);
      zip.outputStream.on('error', reject).pipe(out).on('finish', resolve).on('error', reject);
    });
    renameSync(partial, outFile);
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(partial, { force: true });
  }
}
