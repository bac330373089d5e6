// PoE files, content-addressed by sha256 under <data>/files/ab/abcdef...; written once, atomically.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export function filePath(filesDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return join(filesDir, sha256.slice(0, 2), sha256);
}

/**
 * Stores bytes under their hash, durably (fsync, then rename); a file already there is left as it
 * is (same content). Asynchronous so an import can overlap many files' fsyncs.
 */
export async function putFile(filesDir: string, sha256: string, bytes: Uint8Array): Promise<void> {
  const target = filePath(filesDir, sha256);
  if (existsSync(target)) return;
  await mkdir(dirname(target), { recursive: true });
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, target);
}

export function readStoredFile(filesDir: string, sha256: string): Buffer {
  return readFileSync(filePath(filesDir, sha256));
}

const SHARD = /^[0-9a-f]{2}$/;
const STORED = /^[0-9a-f]{64}$/;

/** Every file under `files/` as [shard, name]: PoE files and anything else left there. */
export function listFilesDir(filesDir: string): { shard: string; name: string }[] {
  if (!existsSync(filesDir)) return [];
  const out: { shard: string; name: string }[] = [];
  for (const shard of readdirSync(filesDir)) {
    const dir = join(filesDir, shard);
    if (!statSync(dir).isDirectory()) {
      out.push({ shard: '', name: shard });
      continue;
    }
    for (const name of readdirSync(dir)) out.push({ shard, name });
  }
  return out;
}

/** True when `files/` holds at least one PoE file (stops at the first). */
export function anyStoredFile(filesDir: string): boolean {
  if (!existsSync(filesDir)) return false;
  for (const shard of readdirSync(filesDir)) {
    if (!SHARD.test(shard)) continue;
    const dir = join(filesDir, shard);
    if (statSync(dir).isDirectory() && readdirSync(dir).some((n) => STORED.test(n))) return true;
  }
  return false;
}

/**
 * Moves the PoE files staged under `staging` (laid out as `files/`, on the same disk) into
 * `filesDir`, each by one rename. Returns the hashes that were not there before, so a commit that
 * fails after the move can take back exactly those.
 */
export function moveStagedFiles(staging: string, filesDir: string): string[] {
  const added: string[] = [];
  for (const { shard, name } of listFilesDir(staging)) {
    if (!SHARD.test(shard) || !STORED.test(name)) continue;
    const target = join(filesDir, shard, name);
    if (existsSync(target)) continue;
    mkdirSync(join(filesDir, shard), { recursive: true });
    renameSync(join(staging, shard, name), target);
    added.push(name);
  }
  return added;
}

/** Removes stored PoE files by hash (ones no claim refers to: the caller checks). */
export function removeStoredFiles(filesDir: string, shas: readonly string[]): void {
  for (const sha of shas) {
    const file = filePath(filesDir, sha);
    rmSync(file, { force: true });
    // Its shard folder too when nothing else is in it, so the folder is as it was.
    if (readdirSync(dirname(file)).length === 0) rmdirSync(dirname(file));
  }
}
