// A bundle inside a .zip. Opening it reads the whole central directory and refuses the archive
// outright if any entry is unsafe (escaping name, link, encrypted, oversized, bomb-like), so
// no entry is ever inflated from an archive we would not accept. Entries are then inflated one
// at a time, on demand, capped at the size the caller allows.
import { basename } from 'node:path';
import type { Entry, ZipFile } from 'yauzl';
import { type BundleSource, leavesBundle, pathParts, type ReadOutcome } from './bundle-source';
import { type BundleProblem, BundleRefusedError } from './errors';
import { MAX_ZIP_ENTRIES, MAX_ZIP_TOTAL_BYTES } from './limits';
import { entryName, entryProblems, isFolderEntry } from './zip-entry-checks';
import { describeZipError, listEntries, openZip, readEntry } from './zip-read';

const CLAIMS_FILES = ['claims.json', 'claims.csv'];
/** Clutter that zippers add beside the real content; it does not count as a second top-level folder. */
const IGNORED_TOP_LEVEL = ['__MACOSX', '.DS_Store', 'Thumbs.db'];

interface ZipContents {
  readonly files: Map<string, Entry>; // normalised path ("poe/a.pdf") -> entry
  readonly folders: Set<string>; // every folder path, named or implied by a file inside it
}

class ZipBundle implements BundleSource {
  private closed = false;

  constructor(
    readonly name: string,
    private readonly zip: ZipFile,
    private readonly contents: ZipContents,
    /** "" when claims.json/csv sit at the top of the zip, "folder/" when the zip holds one folder. */
    private readonly root: string,
  ) {}

  private key(relPath: string): string {
    return this.root + pathParts(relPath).join('/');
  }

  exists(relPath: string): boolean {
    return !leavesBundle(relPath) && this.contents.files.has(this.key(relPath));
  }

  async read(relPath: string, maxBytes: number): Promise<ReadOutcome> {
    if (leavesBundle(relPath)) return { ok: false, problem: `"${relPath}" leaves the bundle` };
    const key = this.key(relPath);
    const entry = this.contents.files.get(key);
    if (!entry) {
      if (this.contents.folders.has(key)) return { ok: false, problem: `"${relPath}" is not a regular file` };
      return { ok: false, problem: `"${relPath}" does not exist in the bundle` };
    }
    if (entry.uncompressedSize > maxBytes) {
      return { ok: false, problem: `"${relPath}" is ${entry.uncompressedSize} bytes, over the limit of ${maxBytes}` };
    }
    try {
      return { ok: true, bytes: await readEntry(this.zip, entry, maxBytes) };
    } catch (err) {
      return { ok: false, problem: `"${relPath}" could not be read from the zip: ${describeZipError(err)}` };
    }
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.zip.close();
    }
    return Promise.resolve();
  }
}

/** Sorts checked entries into files and folders; a name used twice is a problem (which one is meant?). */
function indexEntries(entries: readonly Entry[], problems: BundleProblem[]): ZipContents {
  const files = new Map<string, Entry>();
  const folders = new Set<string>();
  const entryIssues: BundleProblem[] = [];
  let total = 0;
  for (const entry of entries) {
    const name = entryName(entry);
    for (const problem of entryProblems(entry, name)) entryIssues.push({ row: null, problem });
    const parts = pathParts(name);
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
    const key = parts.join('/');
    if (isFolderEntry(name)) {
      folders.add(key);
      continue;
    }
    total += entry.uncompressedSize;
    if (files.has(key)) entryIssues.push({ row: null, problem: `zip entry "${name}" appears more than once` });
    files.set(key, entry);
  }
  // The archive-wide problem first: the refusal message shows only the first 20 lines.
  if (total > MAX_ZIP_TOTAL_BYTES) {
    problems.push({ row: null, problem: `the zip holds ${total} bytes uncompressed, over the limit of ${MAX_ZIP_TOTAL_BYTES}` });
  }
  problems.push(...entryIssues);
  return { files, folders };
}

/**
 * Where the bundle starts: the top of the zip when it has a claims file there, else the single
 * top-level folder (what "Compress folder" produces) when that folder has one.
 */
function bundleRoot(contents: ZipContents): string {
  if (CLAIMS_FILES.some((f) => contents.files.has(f))) return '';
  const tops = new Set<string>();
  for (const key of [...contents.files.keys(), ...contents.folders]) {
    const top = key.split('/')[0] ?? '';
    if (top !== '' && !IGNORED_TOP_LEVEL.includes(top)) tops.add(top);
  }
  const [only] = tops;
  if (tops.size === 1 && only !== undefined && contents.folders.has(only)) {
    if (CLAIMS_FILES.some((f) => contents.files.has(`${only}/${f}`))) return `${only}/`;
  }
  return '';
}

/** Opens and vets a .zip bundle; throws BundleRefusedError listing every unsafe entry. */
export async function openBundleZip(path: string): Promise<BundleSource> {
  const name = basename(path);
  const refuse = (problems: BundleProblem[]) => new BundleRefusedError(problems);
  let zip: ZipFile;
  try {
    zip = await openZip(path);
  } catch (err) {
    throw refuse([{ row: null, problem: `"${name}" cannot be opened as a zip: ${describeZipError(err)}` }]);
  }
  try {
    // Checked before reading a single entry: a directory of millions of entries is itself an attack.
    if (zip.entryCount > MAX_ZIP_ENTRIES) {
      throw refuse([{ row: null, problem: `the zip has ${zip.entryCount} entries, over the limit of ${MAX_ZIP_ENTRIES}` }]);
    }
    let entries: Entry[];
    try {
      entries = await listEntries(zip);
    } catch (err) {
      throw refuse([{ row: null, problem: `"${name}" cannot be read as a zip: ${describeZipError(err)}` }]);
    }
    const problems: BundleProblem[] = [];
    const contents = indexEntries(entries, problems);
    if (problems.length) throw refuse(problems);
    return new ZipBundle(name, zip, contents, bundleRoot(contents));
  } catch (err) {
    zip.close();
    throw err;
  }
}
