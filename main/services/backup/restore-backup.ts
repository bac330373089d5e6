// Restore: the whole backup is checked in a staging folder (names, checksums, every PoE file's
// hash, SQLite integrity, every history chain) before it replaces anything. The store it replaces
// is kept, never deleted. `cpor restore` swaps the folder (here); a running app swaps the store
// inside its folder (restore-in-place.ts).
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { crc32 } from 'node:zlib';
import type { Entry, ZipFile } from 'yauzl';
import type { BackupProblem, RefusalParams } from '../../../shared/domain/refusal';
import { MIGRATIONS } from '../../store/migrations';
import { ForeignSchemaError, NotAStoreError, openStore, type Store } from '../../store/open';
import { renewWorkstationName } from '../../store/sync-state-table';
import { SECRETS_DIR } from '../sync/token-vault';
import { entryName } from '../import/zip-entry-checks';
import { describeZipError, listEntries, openZip } from '../import/zip-read';
import { verifyFailure, verifyStore } from '../verify';
import { WORKSTATION_SETTINGS_FILE } from '../settings/json-file-backend';
import { freeBytes } from '../disk-space';
import { type SizeProblem, sizeProblem } from './backup-limits';
import { DB_ENTRY, FILE_ENTRY, type Manifest, MANIFEST_NAME, ManifestSchema } from './manifest';

/** A backup not restored, in English (the command line's words) and as a problem code with its values (a screen's). */
export class BackupRefusedError extends Error {
  override name = 'BackupRefusedError';

  constructor(
    message: string,
    readonly problem: BackupProblem,
    readonly params: RefusalParams = {},
  ) {
    super(message);
  }
}

const mb = (bytes: number) => Math.ceil(bytes / 100_000) / 10;

/** The folder itself, or the closest of its parents that exists (where staging will be made). */
function nearestFolder(dir: string): string {
  let at = resolve(dir);
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}

/** A backup refused for what it would unpack to, before (or, on a disk that filled meanwhile, while) it was written. */
function sizeRefusal(p: SizeProblem, filledWhileWriting = false): BackupRefusedError {
  switch (p.kind) {
    case 'entry-too-large':
      return new BackupRefusedError(`the backup's entry "${p.entry}" declares ${p.size} bytes, over the limit of ${p.limit}`, 'entry-too-large', {
        entry: p.entry,
        size: p.size,
        limit: p.limit,
      });
    case 'expands-too-far':
      return new BackupRefusedError(
        `the backup's entry "${p.entry}" would expand ${p.ratio}:1; refused as a likely zip bomb before anything was written`,
        'zip-bomb',
        { entry: p.entry, ratio: p.ratio },
      );
    case 'no-space':
      return filledWhileWriting
        ? new BackupRefusedError(`the disk filled up while the backup was unpacked (${mb(p.free)} MB free now); the staged copy was removed`, 'disk-filled', {
            freeMb: mb(p.free),
          })
        : new BackupRefusedError(
            `the backup unpacks to ${mb(p.needed)} MB and the disk has ${mb(p.free)} MB free (with 64 MB to spare); nothing was written`,
            'no-space',
            { neededMb: mb(p.needed), freeMb: mb(p.free) },
          );
  }
}

/** The staged store, opened as every store is: a schema that is not the app's own refuses the backup. */
function openStaged(staging: string): Store {
  try {
    return openStore(staging);
  } catch (err) {
    if (err instanceof ForeignSchemaError) {
      throw new BackupRefusedError(`the backup's database is not the workstation's own: ${err.differences.join(', ')}`, 'foreign-schema', {
        detail: err.differences.join(', '),
      });
    }
    if (err instanceof NotAStoreError) throw new BackupRefusedError(`the backup's database is not a workstation store`, 'not-workstation-backup');
    throw err;
  }
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
  try {
    await pipeline(await zip.openReadStreamPromise(entry), check, createWriteStream(target));
  } catch (err) {
    // Writing the staged copy can fail on its own (a full disk): that is not the backup's fault.
    if (/^E[A-Z]+$/.test((err as NodeJS.ErrnoException).code ?? '')) throw err;
    // A damaged entry fails while it inflates (zlib), before its checksum can be compared.
    throw new BackupRefusedError(`the backup is damaged: "${entryName(entry)}" cannot be read (${describeZipError(err)})`, 'damaged-entry', {
      entry: entryName(entry),
    });
  }
  if (crc !== entry.crc32) throw new BackupRefusedError(`the backup is damaged: "${entryName(entry)}" fails its checksum`, 'damaged-entry', { entry: entryName(entry) });
  return hash.digest('hex');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export interface RestoreResult {
  readonly manifest: Manifest;
  readonly dataDir: string;
  /** Where the replaced store was moved, or null when there was none. */
  readonly previous: string | null;
}

export function restoreStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Checks a whole backup by unpacking it into `staging` (a folder that must not exist yet): names,
 * checksums, every PoE file's hash, the manifest, SQLite integrity and every history chain. On
 * success `staging` holds a store ready to take over; on any refusal it is removed.
 */
export async function stageBackup(backupFile: string, staging: string, label = `"${basename(backupFile)}"`): Promise<Manifest> {
  let zip: ZipFile;
  try {
    zip = await openZip(backupFile);
  } catch (err) {
    throw new BackupRefusedError(`${label} is not a usable backup: ${describeZipError(err)}`, 'not-a-backup');
  }
  try {
    const entries = await listEntries(zip).catch((err: unknown) => {
      throw new BackupRefusedError(`the backup is damaged: ${describeZipError(err)}`, 'damaged');
    });
    const byName = new Map(entries.map((e) => [entryName(e), e]));
    const manifestEntry = byName.get(MANIFEST_NAME);
    const dbEntry = byName.get(DB_ENTRY);
    if (!manifestEntry || !dbEntry) throw new BackupRefusedError('this is not a workstation backup (no cpor-backup.json or cpor.db)', 'not-workstation-backup');
    for (const name of byName.keys()) {
      if (name !== MANIFEST_NAME && name !== DB_ENTRY && !FILE_ENTRY.test(name)) {
        throw new BackupRefusedError(`the backup holds an unexpected entry "${name}"`, 'unexpected-entry', { entry: name });
      }
    }
    const size = sizeProblem(entries, nearestFolder(dirname(staging)));
    if (size) throw sizeRefusal(size);
    mkdirSync(staging, { recursive: true });
    await extract(zip, manifestEntry, join(staging, MANIFEST_NAME));
    const parsed = ManifestSchema.safeParse(parseJson(readFileSync(join(staging, MANIFEST_NAME), 'utf8')));
    if (!parsed.success) throw new BackupRefusedError('the backup manifest is not valid', 'manifest-invalid');
    const manifest = parsed.data;
    if (manifest.schemaVersion > MIGRATIONS.length) {
      throw new BackupRefusedError(
        `this backup was made by a newer version of the workstation (schema ${manifest.schemaVersion}, this build knows up to ${MIGRATIONS.length}); update the workstation first`,
        'newer-version',
        { schema: manifest.schemaVersion, known: MIGRATIONS.length },
      );
    }
    if ((await extract(zip, dbEntry, join(staging, DB_ENTRY))) !== manifest.dbSha256) {
      throw new BackupRefusedError('the backup is damaged: its database does not match the manifest', 'damaged');
    }
    let files = 0;
    for (const [name, entry] of byName) {
      const m = name.match(FILE_ENTRY);
      if (!m) continue;
      if ((await extract(zip, entry, join(staging, name))) !== m[2]) {
        throw new BackupRefusedError(`the backup is damaged: "${name}" does not match its hash`, 'damaged-entry', { entry: name });
      }
      files += 1;
    }
    if (files !== manifest.files) {
      throw new BackupRefusedError(`the backup is incomplete: ${files} PoE files of ${manifest.files}`, 'incomplete', { files, expected: manifest.files });
    }
    rmSync(join(staging, MANIFEST_NAME));

    const store = openStaged(staging);
    try {
      const failure = verifyFailure(verifyStore(store));
      if (failure) throw new BackupRefusedError(`the backup does not verify: ${failure}`, 'does-not-verify', { detail: failure });
      // The restored store goes back in time: to the team hub it is a new workstation, so no change
      // it makes from now on can carry the id of one it made after the backup (sync-state-table).
      renewWorkstationName(store.db);
    } finally {
      store.close();
    }
    return manifest;
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    if ((err as NodeJS.ErrnoException).code === 'ENOSPC') {
      throw sizeRefusal({ kind: 'no-space', needed: 0, free: freeBytes(nearestFolder(dirname(staging))) }, true);
    }
    throw err;
  } finally {
    zip.close();
  }
}

/** The restore's time in the names it leaves, with a count when a restore at that time left them already. */
function freeStamp(target: string, now: Date): string {
  const base = restoreStamp(now);
  const taken = (stamp: string) => existsSync(`${target}.restoring-${stamp}`) || existsSync(`${target}.before-restore-${stamp}`);
  let stamp = base;
  for (let n = 2; taken(stamp); n++) stamp = `${base}-${n}`;
  return stamp;
}

/** `cpor restore`: the whole data folder is swapped for the checked one; the old folder is kept beside it. */
export async function restoreBackup(backupFile: string, dataDir: string, now: Date = new Date()): Promise<RestoreResult> {
  const target = resolve(dataDir);
  const stamp = freeStamp(target, now);
  const staging = `${target}.restoring-${stamp}`;
  const manifest = await stageBackup(backupFile, staging);
  try {
    // The person's own settings and secrets (the hub token) are not the store's: they stay with the folder.
    const personal = join(target, WORKSTATION_SETTINGS_FILE);
    if (existsSync(personal)) copyFileSync(personal, join(staging, WORKSTATION_SETTINGS_FILE));
    const secrets = join(target, SECRETS_DIR);
    if (existsSync(secrets)) cpSync(secrets, join(staging, SECRETS_DIR), { recursive: true, preserveTimestamps: true });
    const previous = existsSync(target) ? `${target}.before-restore-${stamp}` : null;
    if (previous) renameSync(target, previous);
    renameSync(staging, target);
    return { manifest, dataDir: target, previous };
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}
