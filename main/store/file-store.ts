// PoE files, content-addressed by sha256 under <data>/files/ab/abcdef...; written once, atomically.
import { existsSync, readFileSync } from 'node:fs';
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
