// How much a disk can still take, asked before writing what a bundle or a backup would unpack to.
import { statfsSync } from 'node:fs';

/** Room left on the disk after unpacking, so an import or a restore never fills it to the last byte. */
export const FREE_SPACE_MARGIN_BYTES = 64 * 1024 * 1024;

/** Bytes free to this user on the disk that holds `dir`. */
export function freeBytes(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}
