// What a backup may unpack to, decided from its zip directory before a byte is written: each
// entry's declared size (yauzl refuses an entry that inflates past it), how far it expands, and
// whether the disk can take the whole. A 300 KB file that would expand to 300 MB in staging is a
// bomb, refused here, not on a full disk.
import type { Entry } from 'yauzl';
import { MAX_DOCUMENT_BYTES, MAX_ZIP_RATIO, ZIP_RATIO_CHECK_ABOVE_BYTES } from '../import/limits';
import { entryName } from '../import/zip-entry-checks';
import { FREE_SPACE_MARGIN_BYTES, freeBytes } from '../disk-space';
import { DB_ENTRY, MANIFEST_NAME } from './manifest';

/** The manifest is a few hundred bytes of JSON. */
const MAX_MANIFEST_BYTES = 64 * 1024;

export type SizeProblem =
  | { readonly kind: 'entry-too-large'; readonly entry: string; readonly size: number; readonly limit: number }
  | { readonly kind: 'expands-too-far'; readonly entry: string; readonly ratio: number }
  | { readonly kind: 'no-space'; readonly needed: number; readonly free: number };

function limitOf(name: string): number {
  if (name === MANIFEST_NAME) return MAX_MANIFEST_BYTES;
  // The database has no size limit of its own: the free-space check below bounds it.
  if (name === DB_ENTRY) return Number.MAX_SAFE_INTEGER;
  return MAX_DOCUMENT_BYTES;
}

/** The first reason the entries may not be unpacked under `dir`, or null. */
export function sizeProblem(entries: readonly Entry[], dir: string): SizeProblem | null {
  let total = 0;
  for (const entry of entries) {
    const name = entryName(entry);
    const limit = limitOf(name);
    if (entry.uncompressedSize > limit) return { kind: 'entry-too-large', entry: name, size: entry.uncompressedSize, limit };
    if (entry.uncompressedSize > ZIP_RATIO_CHECK_ABOVE_BYTES) {
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (ratio > MAX_ZIP_RATIO) return { kind: 'expands-too-far', entry: name, ratio: Math.round(ratio) };
    }
    total += entry.uncompressedSize;
  }
  const free = freeBytes(dir);
  if (total + FREE_SPACE_MARGIN_BYTES > free) return { kind: 'no-space', needed: total, free };
  return null;
}
