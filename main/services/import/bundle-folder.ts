// Reading files out of a bundle folder without ever leaving it: no "..", no links, no specials.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { type BundleSource, leavesBundle, pathParts, type ReadOutcome } from './bundle-source';

// Re-exported so older imports of the limits and the outcome type from here keep working.
export { MAX_CLAIMS_FILE_BYTES, MAX_DOCUMENT_BYTES } from './limits';
export type { ReadOutcome } from './bundle-source';

export class BundleFolder implements BundleSource {
  readonly root: string;
  readonly name: string;

  constructor(path: string) {
    this.root = realpathSync(resolve(path));
    this.name = basename(this.root);
  }

  read(relPath: string, maxBytes: number): Promise<ReadOutcome> {
    return Promise.resolve(this.readNow(relPath, maxBytes));
  }

  /** Reads a file named by a bundle-relative path, refusing anything that escapes or is not a plain file. */
  readNow(relPath: string, maxBytes: number): ReadOutcome {
    if (leavesBundle(relPath)) return { ok: false, problem: `"${relPath}" leaves the bundle` };
    // Check every component, so a linked folder on the way is refused too.
    let current = this.root;
    for (const part of pathParts(relPath)) {
      current = join(current, part);
      let st;
      try {
        st = lstatSync(current);
      } catch {
        return { ok: false, problem: `"${relPath}" does not exist in the bundle` };
      }
      if (st.isSymbolicLink()) return { ok: false, problem: `"${relPath}" is a link; links are not accepted` };
    }
    const st = lstatSync(current);
    if (!st.isFile()) return { ok: false, problem: `"${relPath}" is not a regular file` };
    if (st.size > maxBytes) {
      return { ok: false, problem: `"${relPath}" is ${st.size} bytes, over the limit of ${maxBytes}` };
    }
    const rel = relative(this.root, realpathSync(current));
    if (rel.startsWith('..') || rel.split(sep).includes('..')) return { ok: false, problem: `"${relPath}" leaves the bundle` };
    return { ok: true, bytes: readFileSync(current) };
  }

  exists(relPath: string): boolean {
    try {
      return lstatSync(join(this.root, relPath)).isFile();
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return Promise.resolve(); // nothing held open between reads
  }
}
