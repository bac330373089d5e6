// What makes a single .zip entry unacceptable, decided from the central directory alone,
// before a byte of it is inflated.
import { type Entry, getFileNameLowLevel } from 'yauzl';
import { leavesBundle } from './bundle-source';
import { MAX_CLAIMS_FILE_BYTES, MAX_DOCUMENT_BYTES, MAX_ZIP_RATIO, ZIP_RATIO_CHECK_ABOVE_BYTES } from './limits';

const CLAIMS_FILES = ['claims.json', 'claims.csv'];

// Unix file type bits, stored in the high 16 bits of the external attributes by Unix zippers.
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/** The entry's name as text: UTF-8 when flagged (or via the Info-ZIP Unicode extra field), else CP437. */
export function entryName(entry: Entry): string {
  // strictFileNames: keep backslashes as they are, so the checks below see the real name.
  return getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
}

export function isFolderEntry(name: string): boolean {
  return name.endsWith('/') || name.endsWith('\\');
}

/** The largest uncompressed size this entry may declare: claims files get the larger limit. */
export function entryLimit(name: string): number {
  const base = name.split(/[\\/]/).pop() ?? '';
  return CLAIMS_FILES.includes(base) ? MAX_CLAIMS_FILE_BYTES : MAX_DOCUMENT_BYTES;
}

/** Every reason to refuse this entry, each a sentence naming it; empty when it is acceptable. */
export function entryProblems(entry: Entry, name: string): string[] {
  const label = `zip entry "${name}"`;
  const problems: string[] = [];
  if (name.includes('\0')) problems.push(`${label} has a NUL character in its name`);
  // Backslashes count as separators here, as Windows extractors treat them: "..\x" escapes too.
  if (leavesBundle(name)) problems.push(`${label} leaves the bundle (absolute path or "..")`);

  const fileType = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (fileType === S_IFLNK) problems.push(`${label} is a link; links are not accepted`);
  else if (fileType !== 0 && fileType !== S_IFREG && fileType !== S_IFDIR) problems.push(`${label} is not a regular file or folder`);

  if (entry.isEncrypted()) problems.push(`${label} is encrypted; encrypted bundles are not accepted`);
  if (isFolderEntry(name)) return problems;

  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    problems.push(`${label} uses compression method ${entry.compressionMethod}; only stored and deflated entries are supported`);
  }
  const limit = entryLimit(name);
  if (entry.uncompressedSize > limit) {
    problems.push(`${label} is ${entry.uncompressedSize} bytes uncompressed, over the limit of ${limit}`);
  }
  if (entry.uncompressedSize > ZIP_RATIO_CHECK_ABOVE_BYTES) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (ratio > MAX_ZIP_RATIO) {
      problems.push(
        `${label} expands ${Math.round(ratio)}:1 (${entry.compressedSize} bytes to ${entry.uncompressedSize}), ` +
          `over the ${MAX_ZIP_RATIO}:1 allowed for large entries; refused as a likely zip bomb`,
      );
    }
  }
  return problems;
}
