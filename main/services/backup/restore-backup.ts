// `cpor restore FILE`: checks the whole backup in a staging folder (names, checksums, every PoE
// file's hash, SQLite integrity, every history chain) before it replaces anything. The store it
// replaces is kept beside it, never deleted.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { crc32 } from 'node:zlib';
import type { Entry, ZipFile } from 'yauzl';
import { MIGRATIONS } from '../../store/migrations';
import { openStore } from '../../store/open';
import { entryName } from '../import/zip-entry-checks';
import { describeZipError, listEntries, openZip } from '../import/zip-read';
import { verifyFailure, verifyStore } from '../verify';
import { DB_ENTRY, FILE_ENTRY, type Manifest, MANIFEST_NAME, ManifestSchema } from './manifest';

export class BackupRefusedError extends Error {
  override name = 'BackupRefusedError';
}

/** Streams one entry to disk, checking its CRC-32 and returning its sha256. */
async function extract(zip: ZipFile, entry: Entry, target: string): Promise<string> {
  const hash = createHash('sha256');
  let crc = 0;
  const check = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      crc = crc32(chunk, crc);
      done(null, chunk);
    },
  });
  mkdirSync(dirname(target), { recursive: true });
  // A damaged header or compressed stream fails the read itself: that too is a damaged backup.
  try {
    await pipeline(await zip.openReadStreamPromise(entry), check, createWriteStream(target));
  } catch (err) {
    throw new BackupRefusedError(`the backup is damaged: "${entryName(entry)}" cannot be read: ${describeZipError(err)}`);
  }
  if (crc !== entry.crc32) throw new BackupRefusedError(`the backup is damaged: "${entryName(entry)}" fails its checksum`);
  return hash.digest('hex');
}

export interface RestoreResult {
  readonly manifest: Manifest;
  readonly dataDir: string;
  /** Where the replaced store was moved, or null when there was none. */
  readonly previous: string | null;
}

export async function restoreBackup(backupFile: string, dataDir: string, now: Date = new Date()): Promise<RestoreResult> {
  const target = resolve(dataDir);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const staging = `${target}.restoring-${stamp}`;
  let zip: ZipFile;
  try {
    zip = await openZip(backupFile);
  } catch (err) {
    throw new BackupRefusedError(`"${basename(backupFile)}" is not a usable backup: ${describeZipError(err)}`);
  }
  try {
    const entries = await listEntries(zip).catch((err: unknown) => {
      throw new BackupRefusedError(`the backup is damaged: ${describeZipError(err)}`);
    });
    const byName = new Map(entries.map((e) => [entryName(e), e]));
    const manifestEntry = byName.get(MANIFEST_NAME);
    const dbEntry = byName.get(DB_ENTRY);
    if (!manifestEntry || !dbEntry) throw new BackupRefusedError('this is not a workstation backup (no cpor-backup.json or cpor.db)');
    for (const name of byName.keys()) {
      if (name !== MANIFEST_NAME && name !== DB_ENTRY && !FILE_ENTRY.test(name)) {
        throw new BackupRefusedError(`the backup holds an unexpected entry "${name}"`);
      }
    }
    mkdirSync(staging, { recursive: true });
    await extract(zip, manifestEntry, join(staging, MANIFEST_NAME));
    const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(join(staging, MANIFEST_NAME), 'utf8')));
    if (!parsed.success) throw new BackupRefusedError('the backup manifest is not valid');
    const manifest = parsed.data;
    if (manifest.schemaVersion > MIGRATIONS.length) {
      throw new BackupRefusedError(
        `this backup was made by a newer version of the workstation (schema ${manifest.schemaVersion}, this build knows up to ${MIGRATIONS.length}); update the workstation first`,
      );
    }
    if ((await extract(zip, dbEntry, join(staging, DB_ENTRY))) !== manifest.dbSha256) {
      throw new BackupRefusedError('the backup is damaged: its database does not match the manifest');
    }
    let files = 0;
    for (const [name, entry] of byName) {
      const m = FILE_ENTRY.exec(name);
      if (!m) continue;
      if ((await extract(zip, entry, join(staging, name))) !== m[2]) {
        throw new BackupRefusedError(`the backup is damaged: "${name}" does not match its hash`);
      }
      files += 1;
    }
    if (files !== manifest.files) throw new BackupRefusedError(`the backup is incomplete: ${files} PoE files of ${manifest.files}`);
    rmSync(join(staging, MANIFEST_NAME));

    const store = openStore(staging);
    try {
      const failure = verifyFailure(verifyStore(store));
      if (failure) throw new BackupRefusedError(`the backup does not verify: ${failure}`);
    } finally {
      store.close();
    }

    const previous = existsSync(target) ? `${target}.before-restore-${stamp}` : null;
    if (previous) renameSync(target, previous);
    renameSync(staging, target);
    return { manifest, dataDir: target, previous };
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  } finally {
    zip.close();
  }
}
