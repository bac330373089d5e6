// PoE files, content-addressed by sha256 under <data>/files/ab/abcdef...; written once, atomically.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export function filePath(filesDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return join(filesDir, sha256.slice(0, 2), sha256);
}

/** Stores bytes under their hash; a file already there is left as it is (same content). */
export function putFile(filesDir: string, sha256: string, bytes: Uint8Array): void {
  const target = filePath(filesDir, sha256);
  if (existsSync(target)) return;
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, target);
}

export function readStoredFile(filesDir: string, sha256: string): Buffer {
  return readFileSync(filePath(filesDir, sha256));
}
