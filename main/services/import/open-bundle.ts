// Decides what PATH is: a bundle folder, or a .zip (by name, or by its first bytes, so a zip
// saved as "bundle.download" still works). Anything else is refused before any reading.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { BundleFolder } from './bundle-folder';
import type { BundleSource } from './bundle-source';
import { BundleRefusedError } from './errors';
import { openBundleZip } from './bundle-zip';

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]); // "PK\3\4"

function startsLikeZip(path: string): boolean {
  const head = Buffer.alloc(ZIP_LOCAL_HEADER.length);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false; // unreadable: refused below as "not a bundle"
  }
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(ZIP_LOCAL_HEADER);
  } finally {
    closeSync(fd);
  }
}

export async function openBundle(path: string): Promise<BundleSource> {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new BundleRefusedError([{ row: null, problem: `"${path}" does not exist` }]);
    st = undefined;
  }
  if (st?.isDirectory()) return new BundleFolder(path);
  if (st?.isFile() && (/\.zip$/i.test(path) || startsLikeZip(path))) return openBundleZip(path);
  throw new BundleRefusedError([{ row: null, problem: `"${path}" is not a bundle folder or .zip file` }]);
}
